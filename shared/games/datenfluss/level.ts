import type { Rng } from '../../core/rng.ts';
import type { Item, ItemSpec } from './timeline.ts';

// What each level's rules provide to the round machinery in rules.ts.

/** A stored answer, compact: a number (value, option, bit mask) or a string (order, queue). */
export type Answer = number | string;

export type Flat = Record<string, string | number | boolean | null>;

export interface LevelRules<T> {
  /** The items of one round from the seeded generator. */
  makeItems(rng: Rng): ItemSpec<T>[];
  /** Answer field names besides `item` (the payload must have exactly these). */
  fields: readonly string[];
  /** Parses the level's answer fields of an untrusted payload; null when malformed. */
  parse(raw: Record<string, unknown>, item: Item<T>): Answer | null;
  /** Credit of one answer in −1..1: 1 right; a wrong one costs so that guessing averages 0. */
  credit(item: Item<T>, answer: Answer): number;
  /** What the answering player learns in the ack (the item's own solution, after answering). */
  feedback(item: Item<T>, answer: Answer): Flat;
  /** Reveal figures: the truth that the public round did not carry. */
  detail(items: readonly Item<T>[], answers: ReadonlyMap<number, Answer>): Flat;
}

/** Credit of a choice among k options: 1 if right, −1/(k−1) if wrong (guessing averages 0). */
export function choiceCredit(right: boolean, k: number): number {
  return right ? 1 : -1 / Math.max(1, k - 1);
}

/** True when `v` is an integer in [min, max]. */
export function isInt(v: unknown, min: number, max: number): v is number {
  return Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
}

/** A shuffled copy (Fisher–Yates with the seeded generator). */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** Options for a multiple-choice item: the right one plus distinct distractors, shuffled; returns the options and the right index. */
export function options(rng: Rng, right: string, distractors: readonly string[], k = 4): { list: string[]; right: number } {
  const pool = [...new Set(distractors.filter((d) => d !== right))].slice(0, k - 1);
  const list = shuffle(rng, [right, ...pool]);
  return { list, right: list.indexOf(right) };
}

/** Item numbers (1-based, comma-separated) where pred holds, for reveal details. */
export function itemList<T>(items: readonly Item<T>[], pred: (item: Item<T>, i: number) => boolean): string {
  return items.flatMap((it, i) => (pred(it, i) ? [String(i + 1)] : [])).join(',');
}
