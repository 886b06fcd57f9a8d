import { logError } from '../log.ts';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { makePrivate } from './data-dir-mode.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one database interface: PGlite and pg both answer `query` with `{ rows }`. */
export interface Db {
  kind: 'pglite' | 'postgres';
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Runs one statement without parameters outside any transaction (VACUUM, CHECKPOINT). */
  exec(sql: string): Promise<void>;
  /** Runs fn inside one transaction on one connection. */
  transaction<T>(fn: (tx: Pick<Db, 'query'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens PostgreSQL when a URL is given, else the embedded PGlite in dataDir. */
export async function openDatabase(opts: { databaseUrl: string | null; dataDir: string }): Promise<Db> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}

/**
 * PostgreSQL settings for the embedded database (on top of PGlite's own start parameters).
 * The defaults are sized for a server: 128 MB of shared buffers alone are ~110 MB of
 * resident memory in PGlite. A trainer's laptop holds a few MB of data: 16 MB of buffers
 * is plenty (measured: open ~230 MB instead of ~345 MB resident; issue 13).
 */
export const PGLITE_SETTINGS = ['shared_buffers=16MB', 'wal_buffers=1MB', 'work_mem=2MB', 'maintenance_work_mem=16MB', 'temp_buffers=2MB'];

/** Creates a new data directory in a child process (initdb's memory then leaves with it). */
function initInChild(pgdata: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./pglite-init.mjs', import.meta.url)), [pgdata], { execArgv: [], stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`creating the embedded database failed (exit code ${code})`))));
  });
}

async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(dataDir, { recursive: true });
  const pgdata = join(dataDir, 'pgdata');
  if (!existsSync(join(pgdata, 'PG_VERSION'))) await initInChild(pgdata);
  makePrivate(dataDir); // initdb leaves world-writable catalog files (review N11)
  const startParams = [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((s) => ['-c', s])];
  const pg = await PGlite.create(pgdata, { startParams });
  // PGlite's file system creates files 0666 whatever the umask (pg_internal.init at start,
  // new relation files after migrations): sweep again now, and once more when closing.
  makePrivate(dataDir);
  return {
    kind: 'pglite',
    query: async <R>(sql: string, params: unknown[] = []) => ({ rows: (await pg.query<R>(sql, params)).rows }),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    transaction: (fn) => pg.transaction((tx) => fn({ query: async <R>(sql: string, params: unknown[] = []) => ({ rows: (await tx.query<R>(sql, params)).rows }) })),
    close: async () => {
      await pg.close();
      makePrivate(dataDir);
    },
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // PostgreSQL may end an idle connection (restart, failover, administrator): node-postgres
  // reports it here and drops that client; unheard, it is an uncaught exception and the server stops.
  pool.on('error', (err) => logError('postgres idle connection', err));
  // Fail at start with a clear message rather than on the first round.
  await pool.query('select 1');
  return {
    kind: 'postgres',
    query: async <R>(sql: string, params: unknown[] = []) => ({ rows: (await pool.query(sql, params)).rows as R[] }),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (fn) => {
      const conn = await pool.connect();
      try {
        await conn.query('begin');
        const result = await fn({ query: async <R>(sql: string, params: unknown[] = []) => ({ rows: (await conn.query(sql, params)).rows as R[] }) });
        await conn.query('commit');
        return result;
      } catch (err) {
        await conn.query('rollback').catch(() => {});
        throw err;
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}
