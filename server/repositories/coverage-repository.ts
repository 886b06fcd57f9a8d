import type { LevelPlay } from '../../shared/coverage/rules.ts';
import type { Db } from '../db/database.ts';

/**
 * Counted plays per apprentice and level, for coverage by curriculum item (the rule itself is
 * shared/coverage/rules.ts). The only place this SQL lives. Counted: results with a card
 * (apprentice_id) in the company's own hosted sessions, in rounds not ended early; guests and
 * solo practice have no apprentice_id, so they never appear. A deleted apprentice's results
 * are gone with the profile (on delete cascade).
 */
export class CoverageRepository {
  constructor(private readonly db: Db) {}

  /**
   * Per apprentice of the company (all, or those in `apprenticeIds`): rounds, best score (game
   * points), the median when `withMedian` (null otherwise: the group matrix does not show it and
   * saves the sort) and the last start time (ISO) per game and level.
   */
  async plays(companyId: string, apprenticeIds?: readonly string[], withMedian = apprenticeIds !== undefined): Promise<Map<string, LevelPlay[]>> {
    const only = apprenticeIds !== undefined;
    const median = withMedian ? '(percentile_cont(0.5) within group (order by x.score))::float8' : 'null::float8';
    const { rows } = await this.db.query<{ apprentice_id: string; game_id: string; level: number; rounds: number; best: number; median: number | null; last_at: Date | string }>(
      `select x.apprentice_id, r.game_id, r.level, count(*)::int as rounds, max(x.score)::float8 as best,
              ${median} as median, max(r.started_at) as last_at
       from apprentices a
       join results x on x.apprentice_id = a.id
       join rounds r on r.id = x.round_id
       join sessions s on s.id = r.session_id
       where a.company_id = $1 and s.company_id = $1 and not r.ended_early ${only ? 'and a.id = any($2::text[])' : ''}
       group by x.apprentice_id, r.game_id, r.level`,
      only ? [companyId, [...apprenticeIds]] : [companyId],
    );
    const out = new Map<string, LevelPlay[]>();
    for (const row of rows) {
      const list = out.get(row.apprentice_id) ?? [];
      list.push({ gameId: row.game_id, level: row.level, rounds: row.rounds, best: row.best, median: row.median, lastPlayedAt: new Date(row.last_at).toISOString() });
      out.set(row.apprentice_id, list);
    }
    return out;
  }
}
