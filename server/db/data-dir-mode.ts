import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The embedded database's files belong to the server's user alone (review N11: after
// initdb, 967 of 1023 files under DATA_DIR were world-writable, 0666, the system catalogs
// among them; any other account on a shared school machine could corrupt or read them).

/** Group and other permission bits. */
const SHARED_BITS = 0o077;

/**
 * Creates `dir` if needed and takes group and other permissions off it and everything in it
 * (symbolic links are left alone). Returns how many entries it changed.
 */
export function makePrivate(dir: string): number {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let changed = 0;
  const walk = (path: string) => {
    try {
      const st = lstatSync(path);
      if (st.isSymbolicLink()) return;
      if (st.mode & SHARED_BITS) {
        chmodSync(path, st.mode & 0o7777 & ~SHARED_BITS);
        changed++;
      }
      if (st.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    } catch (err) {
      // The database may remove a temporary file while we walk: skip it.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  };
  walk(dir);
  return changed;
}

/** Paths under `dir` that group or others may read, write or enter (for tests and checks). */
export function sharedEntries(dir: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return;
    if (st.mode & SHARED_BITS) found.push(path);
    if (st.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(dir);
  return found;
}
