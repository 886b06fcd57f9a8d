import { randomUUID } from 'node:crypto';
import type { Apprentice } from '../../shared/protocol/accounts.ts';
import { isTradeId, tradeFromText, type TradeId } from '../../shared/games/trades.ts';
import type { Db } from '../db/database.ts';

export type { Apprentice };

export interface ApprenticeInput {
  displayName: string;
  trade: string;
  trainingYear: number;
  /** A trade of the list, null = not chosen; left out: on create taken from `trade` when it clearly names one, on update unchanged. */
  tradeId?: TradeId | null;
}

/** Who a card belongs to (for joining a round). */
export interface CardHolder {
  apprenticeId: string;
  companyId: string;
  displayName: string;
}

interface Row {
  id: string;
  display_name: string;
  trade: string;
  trade_id: string | null;
  training_year: number;
  card_hash: string | null;
  card_issued_at: Date | string | null;
  created_at: Date | string;
}

const COLUMNS = 'id, display_name, trade, trade_id, training_year, card_hash, card_issued_at, created_at';
const iso = (v: Date | string) => new Date(v).toISOString();
const toApprentice = (r: Row): Apprentice => ({
  id: r.id,
  displayName: r.display_name,
  trade: r.trade,
  // An id a later release removed from the list reads as "not chosen" (asked again).
  tradeId: isTradeId(r.trade_id) ? r.trade_id : null,
  trainingYear: r.training_year,
  hasCard: r.card_hash !== null,
  cardIssuedAt: r.card_issued_at === null ? null : iso(r.card_issued_at),
  createdAt: iso(r.created_at),
});

/**
 * Apprentice profiles and their card hashes. The only place this SQL lives. Every method
 * that names an apprentice also takes the caller's company and matches both, so another
 * company's apprentice is indistinguishable from a missing one.
 */
export class ApprenticeRepository {
  constructor(private readonly db: Db) {}

  async list(companyId: string): Promise<Apprentice[]> {
    const { rows } = await this.db.query<Row>(`select ${COLUMNS} from apprentices where company_id = $1 order by lower(display_name), id`, [companyId]);
    return rows.map(toApprentice);
  }

  async find(id: string, companyId: string): Promise<Apprentice | null> {
    const { rows } = await this.db.query<Row>(`select ${COLUMNS} from apprentices where id = $1 and company_id = $2`, [id, companyId]);
    return rows[0] ? toApprentice(rows[0]) : null;
  }

  async create(companyId: string, a: ApprenticeInput): Promise<Apprentice> {
    const { rows } = await this.db.query<Row>(
      `insert into apprentices (id, company_id, display_name, trade, training_year, trade_id) values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
      [randomUUID(), companyId, a.displayName, a.trade, a.trainingYear, a.tradeId === undefined ? tradeFromText(a.trade) : a.tradeId],
    );
    return toApprentice(rows[0]!);
  }

  async update(id: string, companyId: string, a: ApprenticeInput): Promise<Apprentice | null> {
    const { rows } = await this.db.query<Row>(
      `update apprentices set display_name = $3, trade = $4, training_year = $5, trade_id = case when $6::boolean then $7::text else trade_id end
       where id = $1 and company_id = $2 returning ${COLUMNS}`,
      [id, companyId, a.displayName, a.trade, a.trainingYear, a.tradeId !== undefined, a.tradeId ?? null],
    );
    return rows[0] ? toApprentice(rows[0]) : null;
  }

  /** Stores a new card's hash (the old card stops working) or, with null, revokes the card. */
  async setCard(id: string, companyId: string, cardHash: string | null): Promise<Apprentice | null> {
    const { rows } = await this.db.query<Row>(
      `update apprentices set card_hash = $3, card_issued_at = case when $3::text is null then null else now() end
       where id = $1 and company_id = $2 returning ${COLUMNS}`,
      [id, companyId, cardHash],
    );
    return rows[0] ? toApprentice(rows[0]) : null;
  }

  /** The holder of a valid card; null for unknown or revoked codes and disabled companies. */
  async findByCard(cardHash: string): Promise<CardHolder | null> {
    const { rows } = await this.db.query<{ id: string; company_id: string; display_name: string }>(
      `select a.id, a.company_id, a.display_name from apprentices a join companies c on c.id = a.company_id
       where a.card_hash = $1 and c.disabled_at is null`,
      [cardHash],
    );
    const row = rows[0];
    return row ? { apprenticeId: row.id, companyId: row.company_id, displayName: row.display_name } : null;
  }

  /** Deletes the profile; its results and board points go with it (on delete cascade). */
  async delete(id: string, companyId: string): Promise<boolean> {
    const { rows } = await this.db.query('delete from apprentices where id = $1 and company_id = $2 returning id', [id, companyId]);
    return rows.length > 0;
  }

  /** Everything stored about an apprentice, for the data-protection export. */
  async exportData(id: string, companyId: string) {
    const apprentice = await this.find(id, companyId);
    if (!apprentice) return null;
    const { rows } = await this.db.query<{ session_id: string; round_index: number; game_id: string; level: number; started_at: Date | string; nickname: string; score: number; detail: unknown; figures: unknown }>(
      `select r.session_id, r.round_index, r.game_id, r.level, r.started_at, x.nickname, x.score, x.detail, x.figures
       from results x join rounds r on r.id = x.round_id where x.apprentice_id = $1 order by r.started_at, r.round_index`,
      [id],
    );
    const { hasCard, ...profile } = apprentice;
    return {
      apprentice: { ...profile, card: hasCard ? 'issued (only a hash of the code is stored)' : 'none' },
      results: rows.map((r) => ({ sessionId: r.session_id, roundIndex: r.round_index, gameId: r.game_id, level: r.level, playedAt: iso(r.started_at), nickname: r.nickname, score: r.score, detail: r.detail, figures: r.figures })),
    };
  }
}
