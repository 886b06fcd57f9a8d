import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database.ts';

// PostgreSQL may end an idle connection at any time (a restart, a failover, an administrator,
// `drop database … with (force)` in CI). node-postgres then emits 'error' on the pool; with no
// listener that is an uncaught exception, and the server process stopped.

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) console.info('[skip] PostgreSQL connection loss: needs DATABASE_URL (CI sets it).');

describe.skipIf(!databaseUrl)('an idle database connection ended by PostgreSQL', () => {
  it('is logged and replaced: no uncaught error, the next query answers', async () => {
    const db = await openDatabase({ databaseUrl: databaseUrl as string, dataDir: '' });
    const admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const { rows } = await db.query<{ pid: number }>('select pg_backend_pid() as pid');
      const pid = rows[0]!.pid;
      await admin.query('select pg_terminate_backend($1)', [pid]);
      // The pool's idle client hears the termination; wait until it has been dropped.
      await expect.poll(async () => (await admin.query('select count(*)::int as n from pg_stat_activity where pid = $1', [pid])).rows[0].n, { timeout: 10_000 }).toBe(0);
      await new Promise((r) => setTimeout(r, 200)); // the 'error' event reaches the pool after the socket closes
      expect((await db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await admin.end();
      await db.close();
    }
  });
});
