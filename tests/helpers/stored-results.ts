import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

// Reads what a stopped server stored in its embedded database. The server has no HTTP
// route for results, so tests open DATA_DIR/pgdata directly (only while the server is
// down: PGlite has no locking and two openers corrupt it).

export interface StoredSession {
  id: string;
  mode: string;
  code: string;
  endedAt: string | null;
  rounds: { roundIndex: number; gameId: string; level: number; results: { playerId: string; nickname: string; score: number; detail: Record<string, unknown> }[] }[];
}

/** The sessions with the given join code, with their rounds and results. */
export async function readStoredSessions(dataDir: string, code: string): Promise<StoredSession[]> {
  const path = join(dataDir, 'pgdata');
  if (!existsSync(path)) throw new Error(`No database at ${path}: did the server use PGlite in this data dir?`);
  if (existsSync(join(dataDir, '.lock'))) throw new Error(`${dataDir}/.lock exists: stop the server before reading its database.`);
  const db = await PGlite.create(path);
  try {
    const sessions = await db.query<{ id: string; mode: string; code: string; ended_at: Date | null }>(
      'select id, mode, code, ended_at from sessions where code = $1 order by created_at',
      [code],
    );
    const out: StoredSession[] = [];
    for (const s of sessions.rows) {
      const rows = await db.query<{ id: string; round_index: number; game_id: string; level: number; player_id: string | null; nickname: string | null; score: number | null; detail: Record<string, unknown> | null }>(
        `select r.id::text as id, r.round_index, r.game_id, r.level, x.player_id, x.nickname, x.score, x.detail
         from rounds r left join results x on x.round_id = r.id
         where r.session_id = $1 order by r.round_index, x.nickname`,
        [s.id],
      );
      const rounds = new Map<string, StoredSession['rounds'][number]>();
      for (const row of rows.rows) {
        let round = rounds.get(row.id);
        if (!round) {
          round = { roundIndex: row.round_index, gameId: row.game_id, level: row.level, results: [] };
          rounds.set(row.id, round);
        }
        if (row.player_id !== null) round.results.push({ playerId: row.player_id, nickname: row.nickname ?? '', score: row.score ?? 0, detail: row.detail ?? {} });
      }
      out.push({ id: s.id, mode: s.mode, code: s.code, endedAt: s.ended_at ? new Date(s.ended_at).toISOString() : null, rounds: [...rounds.values()] });
    }
    return out;
  } finally {
    await db.close();
  }
}
