import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

let dir: string;
let lockFile: string;
const children: ChildProcess[] = [];

/** Starts a Node process that just waits: "another Azubi Arcade process". */
async function otherProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { stdio: 'ignore' });
  children.push(child);
  await once(child, 'spawn');
  return child;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'arcade-lock-'));
  lockFile = join(dir, '.lock');
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('writes this process id into DATA_DIR/.lock, and release removes it', () => {
    const release = lockDataDir(dir);
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('creates a missing data directory', () => {
    const nested = join(dir, 'a', 'b');
    const release = lockDataDir(nested);
    expect(existsSync(join(nested, '.lock'))).toBe(true);
    release();
  });

  it('refuses a directory locked by another live process, with a clear message, and leaves its lock alone', async () => {
    const other = await otherProcess();
    writeFileSync(lockFile, String(other.pid));
    let error: unknown;
    try {
      lockDataDir(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain(`pid ${other.pid}`);
    expect((error as Error).message).toMatch(/DATA_DIR/);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(other.pid));
  });

  it('can be locked once the other process has ended (stale lock taken over)', async () => {
    const other = await otherProcess();
    writeFileSync(lockFile, String(other.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    other.kill();
    await once(other, 'exit');
    const release = lockDataDir(dir);
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock with garbage in it, or with our own pid (a container restarted with the same pid)', () => {
    for (const content of ['', 'hello', '-5', '0', '1.5', String(process.pid)]) {
      writeFileSync(lockFile, content);
      const release = lockDataDir(dir);
      expect(readFileSync(lockFile, 'utf8').trim(), JSON.stringify(content)).toBe(String(process.pid));
      release();
    }
  });

  it('a second lock after release works, and release does not throw when the file is already gone', () => {
    const release = lockDataDir(dir);
    release();
    expect(() => release()).not.toThrow();
    const again = lockDataDir(dir);
    expect(existsSync(lockFile)).toBe(true);
    again();
  });
});
