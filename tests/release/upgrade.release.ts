import { execSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allResults, playHostedRound } from './docs-bot.ts';
import { bareEnv, ROOT, startAndWait, stop, unpackLinux } from './release-env.ts';

/** The code of the previous release: main before the release archives existed. */
const PREVIOUS_COMMIT = 'f178ee5';

/** The previous release's sources from git, sharing this checkout's node_modules (the same lockfile). */
function previousRelease(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arcade-previous-'));
  try {
    execSync(`git -C "${ROOT}" archive ${PREVIOUS_COMMIT} | tar -x -C "${dir}"`, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    throw new Error(`Cannot read commit ${PREVIOUS_COMMIT} from git (a shallow clone?)`, { cause: err });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('a new release on the data folder of the previous one', () => {
  it('opens it, migrates it and finds every result', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'arcade-upgrade-')), 'daten');
    const old = previousRelease();
    const before = await startAndWait(process.execPath, ['--import', 'tsx', 'server/main.ts'], old, {
      ...(process.env as Record<string, string>), DATA_DIR: data, CLIENT_DIR: join(old, 'no-client'), DATABASE_URL: '', REDIS_URL: '',
    });
    let stored: unknown[];
    try {
      await playHostedRound(before.url);
      await playHostedRound(before.url);
      stored = await allResults(before.url);
    } finally {
      expect(await stop(before)).toBe(0);
    }
    expect(stored).toHaveLength(2);
    expect(JSON.stringify(stored)).toContain('Doku-Bot');

    const dir = unpackLinux();
    const after = await startAndWait(join(dir, 'azubi-arcade.sh'), [], dir, bareEnv({ DATA_DIR: data, ARCADE_NO_BROWSER: '1' }));
    try {
      expect(after.output()).toContain(data);
      // Every stored figure comes back unchanged; newer releases may add fields (e.g. a round's
      // endedEarly, false for every round of the previous release).
      expect(await allResults(after.url)).toMatchObject(stored);
      // And it keeps working on the old data: one more round is stored beside them.
      await playHostedRound(after.url);
      expect(await allResults(after.url)).toHaveLength(3);
    } finally {
      expect(await stop(after)).toBe(0);
    }
  });
});
