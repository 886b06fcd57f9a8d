import { mkdirSync } from 'node:fs';

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

async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(`${dataDir}/pgdata`);
  return {
    kind: 'pglite',
    query: async <R>(sql: string, params: unknown[] = []) => ({ rows: (await pg.query<R>(sql, params)).rows }),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    transaction: (fn) => pg.transaction((tx) => fn({ query: async <R>(sql: string, params: unknown[] = []) => ({ rows: (await tx.query<R>(sql, params)).rows }) })),
    close: () => pg.close(),
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
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
