import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './database.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * One key for the platform's migrations (any constant: pg_advisory_xact_lock's namespace is the
 * database). Several processes starting at once against a new PostgreSQL database (scale-out)
 * take turns; PGlite has one connection, where the lock is free.
 */
const MIGRATION_LOCK = 7_246_017;

/**
 * Applies every migrations/NNN_name.sql not yet recorded, in order, each in a transaction that
 * holds the migration lock and checks the record again inside it, so of several processes
 * starting at once exactly one applies each file. Returns the files this call applied.
 */
export async function migrate(db: Db): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.query('create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())');
  });
  const done = new Set((await db.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name));
  const applied: string[] = [];
  for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort()) {
    if (done.has(file)) continue;
    const sql = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
    const ran = await db.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      // Another process may have applied it while this one waited for the lock.
      if ((await tx.query('select 1 from schema_migrations where name = $1', [file])).rows.length > 0) return false;
      for (const statement of sql.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('insert into schema_migrations (name) values ($1)', [file]);
      return true;
    });
    if (ran) applied.push(file);
  }
  return applied;
}
