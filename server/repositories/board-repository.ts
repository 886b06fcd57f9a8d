import type { Db } from '../db/database.ts';
import { assignRanks, MIN_ROUNDS } from '../../shared/boards/rules.ts';
import type { BoardEntry } from '../../shared/protocol/messages.ts';

export type { BoardEntry };

export interface BoardQuery {
  companyId: string;
  /** null: all games together. */
  gameId: string | null;
  /** null: all time. */
  from: Date | null;
}

/** One counted round of an apprentice (written with the round's results). */
export interface BoardPoint {
  apprenticeId: string;
  points: number;
}

// Four fixed statements instead of "($2 is null or …)", so each one can use its index.
function rankingSql(byGame: boolean, since: boolean): string {
  const where = ['company_id = $1', byGame ? 'game_id = $3' : '', since ? `played_at >= $${byGame ? 4 : 3}` : ''].filter(Boolean).join(' and ');
  return `select a.id, a.display_name, a.trade, a.training_year, p.value, p.rounds
    from (select apprentice_id, round(avg(points))::int as value, count(*)::int as rounds
          from board_points where ${where} group by apprentice_id having count(*) >= $2) p
    join apprentices a on a.id = p.apprentice_id
    order by p.value desc, p.rounds desc, lower(a.display_name), a.id`;
}

/** Board points and the ranking queries over them (rules: shared/boards/rules.ts). The only place this SQL lives. */
export class BoardRepository {
  constructor(private readonly db: Db) {}

  /** Every ranked apprentice of the company for a game (or all games) and period, best first. */
  async ranking(q: BoardQuery): Promise<BoardEntry[]> {
    const params: unknown[] = [q.companyId, MIN_ROUNDS];
    if (q.gameId !== null) params.push(q.gameId);
    if (q.from !== null) params.push(q.from.toISOString());
    const { rows } = await this.db.query<{ id: string; display_name: string; trade: string; training_year: number; value: number; rounds: number }>(
      rankingSql(q.gameId !== null, q.from !== null),
      params,
    );
    return assignRanks(rows.map((r) => ({ apprenticeId: r.id, displayName: r.display_name, trade: r.trade, trainingYear: r.training_year, value: r.value, rounds: r.rounds })));
  }

  /** How many rounds of an apprentice count in the period (for "N more rounds until ranked"). */
  async countedRounds(q: BoardQuery, apprenticeId: string): Promise<number> {
    const params: unknown[] = [q.companyId, apprenticeId];
    let sql = 'select count(*)::int as n from board_points where company_id = $1 and apprentice_id = $2';
    if (q.gameId !== null) sql += ` and game_id = $${params.push(q.gameId)}`;
    if (q.from !== null) sql += ` and played_at >= $${params.push(q.from.toISOString())}`;
    const { rows } = await this.db.query<{ n: number }>(sql, params);
    return rows[0]?.n ?? 0;
  }
}
