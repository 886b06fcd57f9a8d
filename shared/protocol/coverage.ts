// Shapes of the coverage API (docs/ACCOUNTS-API.md, "Coverage") that server and client share.
import type { ItemCoverage, ItemStatus } from '../coverage/rules.ts';
import type { CurriculumId } from '../games/curriculum.ts';
import type { TradeId } from '../games/trades.ts';
import type { Apprentice } from './accounts.ts';

/** GET /api/apprentices/:id/coverage: every item of the apprentice's trade, with the levels that serve it. */
export interface ApprenticeCoverage {
  apprentice: Apprentice;
  /** null: no trade chosen yet (the trainer is asked "Beruf wählen"). */
  tradeId: TradeId | null;
  /** The rule's threshold in % of a game's maximum (PRACTISED_MIN_PCT). */
  practisedMinPct: number;
  /** In the trade's order; empty for a trade without items yet. */
  items: ItemCoverage[];
}

/** One cell of the matrix; null where the item does not belong to the apprentice's trade. */
export interface CoverageCell {
  status: ItemStatus;
  rounds: number;
  bestPct: number | null;
  lastPlayedAt: string | null;
}

export interface CoverageRow {
  apprenticeId: string;
  displayName: string;
  tradeId: TradeId | null;
  /** The free text as typed (older profiles, "Sonstiger Beruf"). */
  tradeText: string;
  trainingYear: number;
  /** Keyed by the matrix's item ids. */
  cells: Partial<Record<CurriculumId, CoverageCell | null>>;
}

/** GET /api/coverage?trade=…&year=…: apprentices × items of the chosen group. */
export interface CoverageMatrix {
  /** The group: a trade id, 'none' (no trade chosen yet) or null (all); a year 1–4 or null (all). */
  trade: TradeId | 'none' | null;
  year: number | null;
  practisedMinPct: number;
  /** The columns: the items of the trades in the group, in trade-list order. */
  items: CurriculumId[];
  rows: CoverageRow[];
}
