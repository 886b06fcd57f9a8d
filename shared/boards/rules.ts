import type { GameDefinition } from '../games/types.ts';

/**
 * Leaderboard rules, the same for server queries and client texts (README, "Leaderboards").
 * - Counted: rounds of a company's hosted sessions played with a card. Guests and solo
 *   practice never count (nobody can tell who practised).
 * - Points: each round's score scaled to 0–1000 by the game's maxScore, so games compare.
 * - Value: the average points of the counted rounds in the period (per game, or over all
 *   games for "all"); ranked only from MIN_ROUNDS rounds on, so one lucky round cannot lead.
 * - Ties: the same rounded value shares a rank (1, 1, 3); within a tie, more rounds first,
 *   then by name.
 */
export const MIN_ROUNDS = 3;
export const PERIODS = ['week', 'month', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const BOARD_TIME_ZONE = 'Europe/Berlin';
export const MAX_POINTS = 1000;

export function isPeriod(v: unknown): v is Period {
  return typeof v === 'string' && (PERIODS as readonly string[]).includes(v);
}

/** A round's board points: the score scaled to 0–1000 and clamped. */
export function boardPoints(game: Pick<GameDefinition, 'maxScore'>, score: number): number {
  if (!Number.isFinite(score) || game.maxScore <= 0) return 0;
  return Math.max(0, Math.min(MAX_POINTS, Math.round((score * MAX_POINTS) / game.maxScore)));
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: BOARD_TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
});

interface LocalParts { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number }

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Wall-clock parts in Berlin of an instant; weekday 0 = Monday. */
function berlinParts(at: Date): LocalParts {
  const p: Record<string, string> = {};
  for (const { type, value } of partsFormat.formatToParts(at)) p[type] = value;
  return { year: +p.year!, month: +p.month!, day: +p.day!, hour: +p.hour!, minute: +p.minute!, second: +p.second!, weekday: WEEKDAYS.indexOf(p.weekday!) };
}

/** The instant at which Berlin's clocks show 00:00 on that calendar day. */
function berlinMidnight(year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  let guess = wall;
  // Two rounds settle the offset (+1 h or +2 h); midnight never falls into a DST gap in Berlin.
  for (let i = 0; i < 2; i++) {
    const p = berlinParts(new Date(guess));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += wall - shown;
  }
  return new Date(guess);
}

/** Start of the period containing `now` (calendar week from Monday, calendar month), null for all time. */
export function periodStart(period: Period, now: Date): Date | null {
  if (period === 'all') return null;
  const p = berlinParts(now);
  if (period === 'month') return berlinMidnight(p.year, p.month, 1);
  // Day arithmetic in UTC on the wall-clock date, then back to Berlin midnight.
  const monday = new Date(Date.UTC(p.year, p.month - 1, p.day - p.weekday));
  return berlinMidnight(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate());
}

export interface RankedRow {
  apprenticeId: string;
  displayName: string;
  value: number;
  rounds: number;
}

/** Competition ranks (1, 1, 3) over rows already sorted by value desc, rounds desc, name. */
export function assignRanks<T extends RankedRow>(rows: readonly T[]): (T & { rank: number })[] {
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || row.value !== rows[i - 1]!.value) rank = i + 1;
    return { ...row, rank };
  });
}
