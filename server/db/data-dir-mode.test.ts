import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePrivate, sharedEntries } from './data-dir-mode.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('N11: DATA_DIR belongs to the server user alone', () => {
  it('takes group and other bits off every file and folder, as initdb left them (0666 / 0755)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arcade-mode-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'pgdata', 'base', '5'), { recursive: true });
    for (const f of ['pgdata/PG_VERSION', 'pgdata/base/5/1259', 'pgdata/global']) {
      writeFileSync(join(dir, f), 'x');
      chmodSync(join(dir, f), 0o666);
    }
    chmodSync(join(dir, 'pgdata', 'base'), 0o755);
    expect(sharedEntries(dir).length).toBeGreaterThan(3);
    expect(makePrivate(dir)).toBeGreaterThan(3);
    expect(sharedEntries(dir)).toEqual([]);
    expect(statSync(join(dir, 'pgdata', 'PG_VERSION')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'pgdata', 'base')).mode & 0o777).toBe(0o700);
  });
});
