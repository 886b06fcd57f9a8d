import type { Db } from './database.ts';

/**
 * Tables that hold apprentices' names or ids (profiles; results keep the nickname a card
 * holder or guest played under; board_points the apprentice id, which earlier backups map to a
 * name — review N9); sessions keep a seats snapshot (nicknames) while open; an erased company
 * leaves its trainers' names and logins, its name and its task sets behind in dead tuples.
 */
export const PERSONAL_TABLES = ['apprentices', 'results', 'board_points', 'sessions', 'trainers', 'auth_sessions', 'companies', 'task_sets', 'task_set_versions'];

/**
 * Makes deleted rows physically unreadable in the data files. A DELETE only marks tuples
 * dead: their bytes stay in the table pages and in the write-ahead log (and so in every
 * backup). VACUUM FULL rewrites the tables into new files; on PGlite a WAL switch and a
 * checkpoint with recycling off then drop the old WAL segments instead of reusing them
 * (verified by a byte scan of DATA_DIR in tests/integration/deletion.test.ts). On PostgreSQL
 * the same runs where the role may (CHECKPOINT and pg_switch_wal need extra rights; WAL
 * archives and backups are the operator's to expire).
 */
export async function purgeDeleted(db: Db): Promise<void> {
  await db.exec(`vacuum full ${PERSONAL_TABLES.join(', ')}`);
  // Best effort beyond the tables: a managed PostgreSQL may refuse these to our role.
  for (const sql of ['set wal_recycle = off', 'select pg_switch_wal()', 'checkpoint', 'select pg_switch_wal()', 'checkpoint']) {
    await db.exec(sql).catch(() => {});
  }
}
