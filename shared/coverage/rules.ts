import type { CurriculumId } from '../games/curriculum.ts';
import type { GameDefinition } from '../games/types.ts';

/**
 * Coverage by curriculum item (issue 21 §2, README "Übungsstand"): which items of an
 * apprentice's trade they have PRACTISED in the games — never a claim that they master the item.
 *
 * The rule ("geübt"):
 * - Counted rounds only: rounds of the company's hosted sessions played with the apprentice's
 *   card, not ended early by the host (guests and anonymous solo practice never count), not of
 *   a company's own Werkstatt task set (a level's tags describe its built-in content).
 * - A level is "geübt" when at least one counted round on it reached PRACTISED_MIN_PCT (60 %)
 *   of the game's maximum score (GameDefinition.maxScore, the same for every level).
 * - An item is "geübt" when at least one level that serves it (GameDefinition.curriculum) is
 *   "geübt"; "begonnen" when it was played but no round reached 60 %; "offen" when none of its
 *   levels was played; "keine Level" when no level serves it yet.
 * 60 % is the bar of a round that was mostly right in every game (guessing scores near 0 in
 * Sensor-Labor, Datenfluss and Werkstatt, see docs/PROTOCOL.md), not a pass mark of an exam.
 */
export const PRACTISED_MIN_PCT = 60;

export type ItemStatus = 'practised' | 'started' | 'open' | 'no-levels';

/** Counted rounds of one apprentice on one level, aggregated (scores in the game's own points). */
export interface LevelPlay {
  gameId: string;
  level: number;
  rounds: number;
  /** Best and median score of those rounds (median null when not asked for). */
  best: number;
  median: number | null;
  /** ISO time of the last round on this level. */
  lastPlayedAt: string;
}

/** One level that serves an item, and what the apprentice did on it. */
export interface LevelCoverage {
  gameId: string;
  level: number;
  rounds: number;
  /** Best and median as % of the game's maximum (0–100, whole numbers); null when not played. */
  bestPct: number | null;
  medianPct: number | null;
  lastPlayedAt: string | null;
  practised: boolean;
}

export interface ItemCoverage {
  itemId: CurriculumId;
  status: ItemStatus;
  /** Counted rounds on all levels serving the item (a round of a level serving two items counts for both). */
  rounds: number;
  bestPct: number | null;
  lastPlayedAt: string | null;
  levels: LevelCoverage[];
}

type Game = Pick<GameDefinition, 'id' | 'maxScore' | 'levels' | 'curriculum'>;

/** A score as whole % of the game's maximum, clamped to 0–100 (0 for a game without maximum). */
export function scorePct(score: number, maxScore: number): number {
  if (!Number.isFinite(score) || !(maxScore > 0)) return 0;
  return Math.max(0, Math.min(100, Math.round((score * 100) / maxScore)));
}

/** True when a round with this score counts as practice of its level (≥ PRACTISED_MIN_PCT % of the maximum). */
export function isPractisedScore(score: number, maxScore: number): boolean {
  return Number.isFinite(score) && maxScore > 0 && score * 100 >= maxScore * PRACTISED_MIN_PCT;
}

/** The levels (game, level) that serve an item, in registry order. */
export function levelsServing(games: readonly Game[], itemId: CurriculumId): { game: Game; level: number }[] {
  return games.flatMap((game) => game.levels.filter((l) => (game.curriculum[l] ?? []).includes(itemId)).map((level) => ({ game, level })));
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * An apprentice's coverage of `items` (their trade's items, in that order) from their counted
 * plays per level (rows of other games or levels are ignored). Pure; see the rule above.
 */
export function itemCoverage(games: readonly Game[], items: readonly CurriculumId[], plays: readonly LevelPlay[]): ItemCoverage[] {
  const byLevel = new Map(plays.map((p) => [`${p.gameId}\u0000${p.level}`, p]));
  return items.map((itemId) => {
    const levels = levelsServing(games, itemId).map(({ game, level }): LevelCoverage => {
      const p = byLevel.get(`${game.id}\u0000${level}`);
      if (!p || p.rounds <= 0) return { gameId: game.id, level, rounds: 0, bestPct: null, medianPct: null, lastPlayedAt: null, practised: false };
      return {
        gameId: game.id, level, rounds: p.rounds, bestPct: scorePct(p.best, game.maxScore), medianPct: p.median === null ? null : scorePct(p.median, game.maxScore),
        lastPlayedAt: p.lastPlayedAt, practised: isPractisedScore(p.best, game.maxScore),
      };
    });
    const played = levels.filter((l) => l.rounds > 0);
    const status: ItemStatus = levels.length === 0 ? 'no-levels' : levels.some((l) => l.practised) ? 'practised' : played.length > 0 ? 'started' : 'open';
    return {
      itemId, status,
      rounds: played.reduce((n, l) => n + l.rounds, 0),
      bestPct: played.length === 0 ? null : Math.max(...played.map((l) => l.bestPct ?? 0)),
      lastPlayedAt: played.reduce<string | null>((at, l) => later(at, l.lastPlayedAt), null),
      levels,
    };
  });
}

/** How many of the items are practised, started, open (items without levels are not counted). */
export function coverageSummary(items: readonly Pick<ItemCoverage, 'status'>[]): { practised: number; started: number; open: number; total: number } {
  const count = (s: ItemStatus) => items.filter((i) => i.status === s).length;
  const practised = count('practised');
  const started = count('started');
  const open = count('open');
  return { practised, started, open, total: practised + started + open };
}
