import type { CurriculumId } from '../games/curriculum.ts';
import { isTradeId, TRADE_IDS, tradeItems, type TradeId } from '../games/trades.ts';
import type { Apprentice } from '../protocol/accounts.ts';
import type { CoverageMatrix, CoverageRow } from '../protocol/coverage.ts';
import { itemCoverage, PRACTISED_MIN_PCT, type LevelPlay } from './rules.ts';

type Game = Parameters<typeof itemCoverage>[0][number];

/** A group of apprentices: a trade ('none': no trade chosen yet, null: all) and a training year (null: all). */
export interface CoverageGroup {
  trade: TradeId | 'none' | null;
  year: number | null;
}

/**
 * Reads a group from query values: trade = 'all' | 'none' | a trade id, year = 'all' | 1–4
 * (absent means all). Null for anything else (the route answers 400 MESSAGE_INVALID).
 */
export function parseGroup(trade: unknown, year: unknown): CoverageGroup | null {
  const t = trade === undefined || trade === 'all' ? null : trade === 'none' ? 'none' : isTradeId(trade) ? trade : undefined;
  const y = year === undefined || year === 'all' ? null : typeof year === 'string' && /^[1-4]$/.test(year) ? Number(year) : undefined;
  return t === undefined || y === undefined ? null : { trade: t, year: y };
}

/** True when the apprentice belongs to the group. */
export function inGroup(a: Pick<Apprentice, 'tradeId' | 'trainingYear'>, g: CoverageGroup): boolean {
  const tradeOk = g.trade === null || (g.trade === 'none' ? a.tradeId === null : a.tradeId === g.trade);
  return tradeOk && (g.year === null || a.trainingYear === g.year);
}

/**
 * The matrix apprentices × items of a group (apprentices in the order given). Columns: the
 * items of the trades present in the group, in trade-list order. A cell is null where the item
 * is not part of the apprentice's trade; an apprentice without a trade has no cells.
 */
export function coverageMatrix(games: readonly Game[], apprentices: readonly Apprentice[], plays: ReadonlyMap<string, readonly LevelPlay[]>, group: CoverageGroup): CoverageMatrix {
  const members = apprentices.filter((a) => inGroup(a, group));
  const present = new Set(members.map((a) => a.tradeId));
  const items: CurriculumId[] = [];
  for (const id of TRADE_IDS) if (present.has(id)) for (const item of tradeItems(id)) if (!items.includes(item)) items.push(item);
  const rows = members.map((a): CoverageRow => {
    const own = new Map(itemCoverage(games, tradeItems(a.tradeId), plays.get(a.id) ?? []).map((c) => [c.itemId, c]));
    const cells: CoverageRow['cells'] = {};
    for (const item of items) {
      const c = own.get(item);
      cells[item] = c ? { status: c.status, rounds: c.rounds, bestPct: c.bestPct, lastPlayedAt: c.lastPlayedAt } : null;
    }
    return { apprenticeId: a.id, displayName: a.displayName, tradeId: a.tradeId, tradeText: a.trade, trainingYear: a.trainingYear, cells };
  });
  return { trade: group.trade, year: group.year, practisedMinPct: PRACTISED_MIN_PCT, items, rows };
}
