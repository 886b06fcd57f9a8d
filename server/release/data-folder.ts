import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Where a release keeps its embedded database. Default: the user's application-data
// folder, because (1) a newer release unpacked anywhere finds the results of the older
// one by itself, (2) it is always writable (a release unpacked into Program Files or run
// straight out of the zip viewer is not, or is thrown away), (3) deleting an old release
// folder never deletes results. A folder `daten` beside the starters wins (portable use,
// e.g. from a USB stick); DATA_DIR wins over both.

export type DataDirReason = 'env' | 'portable' | 'user';

export interface DataDirChoice {
  dir: string;
  reason: DataDirReason;
}

/** Name of the portable data folder beside the starters. */
export const PORTABLE_DIR_NAME = 'daten';

/** The user's application-data folder of Azubi Arcade on this platform. */
export function userDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'Azubi-Arcade');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Azubi-Arcade');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'azubi-arcade');
}

/** Picks the data folder: DATA_DIR, else `daten` beside the starters if present, else the user's app-data folder. */
export function chooseDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string, releaseDir: string, exists: (p: string) => boolean = existsSync): DataDirChoice {
  if (env.DATA_DIR) return { dir: env.DATA_DIR, reason: 'env' };
  const portable = join(releaseDir, PORTABLE_DIR_NAME);
  if (exists(portable)) return { dir: portable, reason: 'portable' };
  return { dir: userDataDir(env, platform, home), reason: 'user' };
}
