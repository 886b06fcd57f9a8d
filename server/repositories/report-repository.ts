import type { Db } from '../db/database.ts';
import { median } from '../../shared/core/stats.ts';
import type { HistoryRow, ReportRound, SessionSummary } from '../../shared/protocol/reports.ts';
import { readFigures } from '../../shared/reports/figures.ts';

export type { HistoryRow, ReportRound, SessionSummary };

const iso = (v: Date | string) => new Date(v).toISOString();

/** Trainer reports over a company's hosted sessions. The only place this SQL lives; every query filters by company. */
export class ReportRepository {
  constructor(private readonly db: Db) {}

  /** The company's hosted sessions, newest first; a session closed without a round is left out (it holds nothing). */
  sessions(companyId: string, limit: number): Promise<SessionSummary[]> {
    return this.summaries('s.company_id = $1 and (s.ended_at is null or exists (select 1 from rounds r where r.session_id = s.id))', [companyId], limit);
  }

  private async summaries(where: string, params: unknown[], limit: number): Promise<SessionSummary[]> {
    const { rows } = await this.db.query<{ id: string; code: string; created_at: Date | string; ended_at: Date | string | null; trainer_name: string | null; rounds: number; players: number }>(
      `select s.id, s.code, s.created_at, s.ended_at, t.display_name as trainer_name,
              (select count(*)::int from rounds r where r.session_id = s.id) as rounds,
              (select count(distinct x.player_id)::int from rounds r join results x on x.round_id = r.id where r.session_id = s.id) as players
       from sessions s left join trainers t on t.id = s.trainer_id
       where ${where} order by s.created_at desc, s.id limit ${Number(limit)}`,
      params,
    );
    return rows.map((r) => ({ id: r.id, code: r.code, createdAt: iso(r.created_at), endedAt: r.ended_at === null ? null : iso(r.ended_at), trainerName: r.trainer_name, rounds: r.rounds, players: r.players }));
  }

  async session(id: string, companyId: string): Promise<{ session: SessionSummary; rounds: ReportRound[] } | null> {
    const [summary] = await this.summaries('s.id = $1 and s.company_id = $2', [id, companyId], 1);
    if (!summary) return null;
    const { rows } = await this.db.query<{ round_index: number; game_id: string; level: number; task_set_title: string | null; started_at: Date | string; ended_early: boolean; nickname: string | null; apprentice_id: string | null; score: number | null; figures: unknown }>(
      `select r.round_index, r.game_id, r.level, r.task_set_title, r.started_at, r.ended_early, x.nickname, x.apprentice_id, x.score, x.figures
       from rounds r join sessions s on s.id = r.session_id left join results x on x.round_id = r.id
       where r.session_id = $1 and s.company_id = $2 order by r.round_index, x.score desc, x.nickname`,
      [id, companyId],
    );
    const rounds = new Map<number, ReportRound>();
    for (const row of rows) {
      let round = rounds.get(row.round_index);
      if (!round) {
        round = { roundIndex: row.round_index, gameId: row.game_id, level: row.level, setTitle: row.task_set_title ?? '', startedAt: iso(row.started_at), endedEarly: row.ended_early === true, results: [] };
        rounds.set(row.round_index, round);
      }
      if (row.nickname !== null) round.results.push({ nickname: row.nickname, apprenticeId: row.apprentice_id, score: row.score ?? 0, figures: readFigures(row.figures) });
    }
    return { session: summary, rounds: [...rounds.values()] };
  }

  /**
   * An apprentice's counted rounds in the company's sessions, oldest first (the caller
   * checked the apprentice's company). A round the host ended early is not part of the record.
   */
  async history(apprenticeId: string, companyId: string): Promise<HistoryRow[]> {
    // Each of the apprentice's results finds its round by primary key (the lateral subquery,
    // kept apart by "offset 0"): the cost follows the apprentice's rounds, not the company's.
    // As a plain join PostgreSQL hashed a sequential scan of all rounds against the company's
    // sessions: p95 42 ms at 1,000,000 results, 4–12 ms this way (EXPLAIN ANALYZE, issue 21).
    const { rows } = await this.db.query<{ started_at: Date | string; session_id: string; game_id: string; level: number; task_set_title: string | null; score: number; figures: unknown }>(
      `select r.started_at, r.session_id, r.game_id, r.level, r.task_set_title, x.score, x.figures
       from results x
       cross join lateral (select * from rounds r where r.id = x.round_id offset 0) r
       join sessions s on s.id = r.session_id
       where x.apprentice_id = $1 and s.company_id = $2 and not r.ended_early order by r.started_at, r.round_index`,
      [apprenticeId, companyId],
    );
    return rows.map((r) => ({
      playedAt: iso(r.started_at), sessionId: r.session_id, gameId: r.game_id, level: r.level, setTitle: r.task_set_title ?? '', score: r.score, figures: readFigures(r.figures),
    }));
  }
}

/** Games played, best and median score per game, from a history. */
export function summarizeHistory(history: readonly HistoryRow[]): { gameId: string; rounds: number; best: number; median: number }[] {
  const byGame = new Map<string, number[]>();
  for (const h of history) byGame.set(h.gameId, [...(byGame.get(h.gameId) ?? []), h.score]);
  return [...byGame].map(([gameId, scores]) => ({ gameId, rounds: scores.length, best: Math.max(...scores), median: Math.round(median(scores) ?? 0) }));
}
