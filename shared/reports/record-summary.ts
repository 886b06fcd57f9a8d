import type { RoundFigures } from '../games/types.ts';
import { median } from '../core/stats.ts';

// An apprentice's record per game AND level (issue 21 §1, walkthrough m3: Stufe 1 and 2 were
// mixed into one row): points best/median, the learning curve (every round's points in
// order, so later rounds can be read against the first), the game's own measure (Reaktion:
// median ms, lower is better; the others: % right) and the mistakes that recur. Pure.

/** One counted round of the record (oldest first). */
export interface RecordRound {
  playedAt: string;
  gameId: string;
  level: number;
  /** The company task set's title (Werkstatt), '' for a game's own level. */
  setTitle: string;
  score: number;
  figures: RoundFigures | null;
}

/** A mistake key summed over a group's rounds. */
export interface RecurringMistake {
  key: string;
  /** How often in all. */
  count: number;
  /** In how many rounds it happened (recurring: 2 or more). */
  rounds: number;
}

export interface LevelSummary {
  gameId: string;
  level: number;
  setTitle: string;
  rounds: number;
  /** Points (the game's own scale, 0..maxScore). */
  best: number;
  median: number;
  /** Points of every round, oldest first: the learning curve. */
  scores: number[];
  /** The game's own measure per round (null where the round stored none) and its unit. */
  measure: { unit: 'ms' | 'pct'; values: (number | null)[]; best: number | null; median: number | null } | null;
  /** Mistakes that happened in at least two rounds, most frequent first (at most 3). */
  recurring: RecurringMistake[];
}

const MAX_RECURRING = 3;

function measureOf(rounds: readonly RecordRound[]): LevelSummary['measure'] {
  const ms = rounds.map((r) => r.figures?.medianMs ?? null);
  if (ms.some((v) => v !== null)) {
    const known = ms.filter((v): v is number => v !== null);
    return { unit: 'ms', values: ms, best: Math.min(...known), median: Math.round(median(known) ?? 0) };
  }
  const pct = rounds.map((r) => r.figures?.correctPct ?? null);
  const known = pct.filter((v): v is number => v !== null);
  return known.length ? { unit: 'pct', values: pct, best: Math.max(...known), median: Math.round(median(known) ?? 0) } : null;
}

function recurringOf(rounds: readonly RecordRound[]): RecurringMistake[] {
  const byKey = new Map<string, RecurringMistake>();
  for (const r of rounds) {
    for (const m of r.figures?.mistakes ?? []) {
      const e = byKey.get(m.key) ?? { key: m.key, count: 0, rounds: 0 };
      e.count += m.count;
      e.rounds += 1;
      byKey.set(m.key, e);
    }
  }
  return [...byKey.values()].filter((m) => m.rounds >= 2)
    .toSorted((a, b) => b.rounds - a.rounds || b.count - a.count || a.key.localeCompare(b.key)).slice(0, MAX_RECURRING);
}

/** Groups a history (oldest first) by game, level and set, in the order first played. */
export function summarizeLevels(history: readonly RecordRound[]): LevelSummary[] {
  const groups = new Map<string, RecordRound[]>();
  for (const h of history) {
    const k = JSON.stringify([h.gameId, h.level, h.setTitle]);
    const group = groups.get(k);
    if (group) group.push(h);
    else groups.set(k, [h]);
  }
  return [...groups.values()].map((rounds) => {
    const first = rounds[0] as RecordRound;
    const scores = rounds.map((r) => r.score);
    return {
      gameId: first.gameId, level: first.level, setTitle: first.setTitle, rounds: rounds.length,
      best: Math.max(...scores), median: Math.round(median(scores) ?? 0), scores,
      measure: measureOf(rounds), recurring: recurringOf(rounds),
    };
  });
}
