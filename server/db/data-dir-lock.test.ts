import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, ownLockText } from './data-dir-lock.ts';

/** The PID recorded in the lock file. */
const lockPid = (): number => JSON.parse(readFileSync(lockFile, 'utf8')).pid;
/** Lock text as `pid` would have written it, from this process's own (start, boot). */
const lockOf = (pid: number, patch: Record<string, unknown> = {}): string => JSON.stringify({ ...JSON.parse(ownLockText()), pid, ...patch });
const onLinux = existsSync('/proc/self/stat');

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
  it('writes this process id (with its start time and boot on Linux) into DATA_DIR/.lock, and release removes it', () => {
    const release = lockDataDir(dir);
    expect(lockPid()).toBe(process.pid);
    if (onLinux) expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ start: expect.stringMatching(/^\d+$/), boot: expect.any(String) });
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
    expect(lockPid()).toBe(process.pid);
    release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it.runIf(onLinux)('refuses a live owner recorded with its own start time', async () => {
    const other = await otherProcess();
    const start = readFileSync(`/proc/${other.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19];
    writeFileSync(lockFile, lockOf(other.pid!, { start }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it.runIf(onLinux)('takes over a lock whose PID now belongs to another process (PID reuse), or that was written before a reboot', async () => {
    const other = await otherProcess();
    // The crashed server had this PID; it started at another time than the process that has it now.
    writeFileSync(lockFile, lockOf(other.pid!, { start: '1' }));
    const release = lockDataDir(dir);
    expect(lockPid()).toBe(process.pid);
    release();
    writeFileSync(lockFile, lockOf(other.pid!, { boot: 'another-boot' }));
    lockDataDir(dir)();
    // An older bare-PID lock, written long before the process that has this PID now started.
    writeFileSync(lockFile, String(other.pid));
    const longAgo = new Date(Date.now() - 3_600_000);
    utimesSync(lockFile, longAgo, longAgo);
    lockDataDir(dir)();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock with garbage in it, or with our own pid (a container restarted with the same pid)', () => {
    for (const content of ['', 'hello', '-5', '0', '1.5', String(process.pid)]) {
      writeFileSync(lockFile, content);
      const release = lockDataDir(dir);
      expect(lockPid(), JSON.stringify(content)).toBe(process.pid);
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
