// On PostgreSQL, integration files that run side by side need their own databases: several
// tests assume one company's accounts, the first-run state or an empty table in theirs. The
// globalSetup makes one database per vitest worker (`<name>_w<VITEST_POOL_ID>`) and drops
// them at the end; backends() in test-server.ts points each worker at its own.

/** Workers of the parallel group (vitest.config.ts): one database each. */
export const INTEGRATION_WORKERS = 4;

/** True when the URL's database name says it is for tests (contains "test" or "ci"). */
export function isTestDatabase(url: string): boolean {
  try {
    return /test|ci/i.test(new URL(url).pathname.slice(1));
  } catch {
    return false;
  }
}

/** The same server, the worker's own database. */
export function workerDatabaseUrl(url: string, poolId: string | number): string {
  const u = new URL(url);
  u.pathname = `/${u.pathname.slice(1)}_w${poolId}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (query: (sql: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn((sql) => client.query(sql));
  } finally {
    await client.end();
  }
}

/** Creates (fresh) one database per worker next to the one in `url`; returns their names. */
export async function createWorkerDatabases(url: string | undefined): Promise<string[]> {
  if (!url || !isTestDatabase(url)) return [];
  const names = Array.from({ length: INTEGRATION_WORKERS }, (_, i) => new URL(workerDatabaseUrl(url, i + 1)).pathname.slice(1));
  await admin(url, async (query) => {
    for (const name of names) {
      // Names come from our own test URL (checked above), quoted as identifiers.
      await query(`drop database if exists "${name}" with (force)`);
      await query(`create database "${name}"`);
    }
  });
  return names;
}

/** Drops the worker databases again. */
export async function dropWorkerDatabases(url: string | undefined, names: readonly string[]): Promise<void> {
  if (!url || names.length === 0) return;
  await admin(url, async (query) => {
    for (const name of names) await query(`drop database if exists "${name}" with (force)`);
  });
}
