import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';

// A new embedded database costs ~5 s of initdb (CPU-bound, ~15 s under load) and every test
// server used to make one. The integration projects' globalSetup (tests/helpers/global-setup.ts)
// makes one migrated data directory per run; each server copies it (~40 MB, well under a second)
// into its own fresh directory, so persistence and lock tests still own theirs.

declare module 'vitest' {
  interface ProvidedContext {
    /** The migrated template's `pgdata` directory (empty string: none, e.g. in browser tests). */
    pgliteTemplate: string;
  }
}

/** Creates the template in a new temporary directory; returns that directory (remove it afterwards). */
export async function createTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'arcade-template-'));
  const db = await openDatabase({ databaseUrl: null, dataDir: dir });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  return dir;
}

/** The template's pgdata from the globalSetup, or null when this run has none. */
function templatePgdata(): string | null {
  let dir: string | undefined;
  try {
    dir = inject('pgliteTemplate');
  } catch {
    return null; // not inside a vitest worker with a provider
  }
  return dir && existsSync(join(dir, 'PG_VERSION')) ? dir : null;
}

/**
 * Fills a new data directory with a copy of the migrated template, unless it already holds a
 * database (a restart test reusing its directory) or the run has no template (then the server
 * creates its database itself, as before).
 */
export function seedDataDir(dataDir: string): void {
  const template = templatePgdata();
  const pgdata = join(dataDir, 'pgdata');
  if (!template || existsSync(join(pgdata, 'PG_VERSION'))) return;
  cpSync(template, pgdata, { recursive: true });
}

/** Removes a template made by createTemplate. */
export function removeTemplate(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
