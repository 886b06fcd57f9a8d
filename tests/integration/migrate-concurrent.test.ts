import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';

// Several server processes started at once against a new PostgreSQL database (scale-out) all
// migrate it. Without one lock for the migrations they raced: "column ... already exists", and
// a process failed to start (seen on CI when two test files started servers at once).

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) console.info('[skip] concurrent migrations: needs DATABASE_URL (CI sets it).');

const MIGRATIONS = readdirSync(join(import.meta.dirname, '../../server/db/migrations')).filter((f) => f.endsWith('.sql')).length;

const admin = () => new Client({ connectionString: databaseUrl });
/** DATABASE_URL with another database name. */
function urlOf(db: string): string {
  const u = new URL(databaseUrl as string);
  u.pathname = `/${db}`;
  return u.toString();
}

describe.skipIf(!databaseUrl)('migrations of processes starting at once', () => {
  const name = `arcade_migrate_${randomBytes(4).toString('hex')}`;

  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });

  it('four processes migrate one new database: every start succeeds, each migration applied once', async () => {
    const c = admin();
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    const dbs: Db[] = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ databaseUrl: urlOf(name), dataDir: '' })));
    try {
      const results = await Promise.allSettled(dbs.map((db) => migrate(db)));
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
      // Each file was applied by exactly one of them.
      const applied = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
      expect(applied).toHaveLength(MIGRATIONS);
      expect(new Set(applied).size).toBe(MIGRATIONS);
      const { rows } = await dbs[0]!.query<{ n: number }>('select count(*)::int as n from schema_migrations');
      expect(rows[0]!.n).toBe(MIGRATIONS);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });
});
