import type { LevelPlay } from '../../shared/coverage/rules.ts';
import type { Db } from '../db/database.ts';

/**
 * Counted plays per apprentice and level, for coverage by curriculum item (the rule itself is
 * shared/coverage/rules.ts). The only place this SQL lives. Counted: results with a card
 * (apprentice_id) in the company's own hosted sessions, in rounds not ended early and not of a
 * company's own Werkstatt task set (a level's curriculum tags describe its built-in content);
 * guests and solo practice have no apprentice_id, so they never appear. A deleted apprentice's rows are
 * gone with the profile (on delete cascade).
 */
export class CoverageRepository {
  constructor(private readonly db: Db) {}

  /**
   * The whole company, from the per-level summary that saveRound keeps (coverage_plays,
   * migration 006_coverage_plays.sql): per apprentice id, rounds, best score (game points) and
   * last start (ISO) per game and level; median null (the matrix does not show it).
   */
  async groupPlays(companyId: string): Promise<Map<string, LevelPlay[]>> {
    const { rows } = await this.db.query<{ apprentice_id: string; game_id: string; level: number; rounds: number; best: number; last_at: Date | string }>(
      'select apprentice_id, game_id, level, rounds, best, last_at from coverage_plays where company_id = $1',
      [companyId],
    );
    return byApprentice(rows.map((r) => ({ ...r, median: null })));
  }

  /**
   * One apprentice of the company, straight from the stored results: rounds, best and median
   * score (game points) and last start (ISO) per game and level.
   */
  async apprenticePlays(companyId: string, apprenticeId: string): Promise<LevelPlay[]> {
    const { rows } = await this.db.query<{ apprentice_id: string; game_id: string; level: number; rounds: number; best: number; median: number; last_at: Date | string }>(
      `select x.apprentice_id, r.game_id, r.level, count(*)::int as rounds, max(x.score)::float8 as best,
              (percentile_cont(0.5) within group (order by x.score))::float8 as median, max(r.started_at) as last_at
       from results x
       join rounds r on r.id = x.round_id
       join sessions s on s.id = r.session_id
       where x.apprentice_id = $2 and s.company_id = $1 and not r.ended_early and r.task_set_id is null
       group by x.apprentice_id, r.game_id, r.level`,
      [companyId, apprenticeId],
    );
    return byApprentice(rows).get(apprenticeId) ?? [];
  }
}

type PlayRow = { apprentice_id: string; game_id: string; level: number; rounds: number; best: number; median: number | null; last_at: Date | string };

function byApprentice(rows: readonly PlayRow[]): Map<string, LevelPlay[]> {
  const out = new Map<string, LevelPlay[]>();
  for (const row of rows) {
    const list = out.get(row.apprentice_id) ?? [];
    list.push({ gameId: row.game_id, level: row.level, rounds: row.rounds, best: Number(row.best), median: row.median, lastPlayedAt: new Date(row.last_at).toISOString() });
    out.set(row.apprentice_id, list);
  }
  return out;
}
