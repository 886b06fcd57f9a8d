import { rightCount, type ChoiceTask, type NumberTask, type OrderTask, type SpotTask } from './model.ts';
import { inRegion, regionArea } from './spot.ts';

// Credit of one answer, from −1 to 1, per task kind. Each rule is built so that a guess
// earns nothing on average (wrong picks cost exactly what right picks pay) and the right
// answer earns 1. docs/PROTOCOL.md (Werkstatt) gives the same formulas.


/**
 * Choice: single right answer → 1, a wrong one −1/(n−1); several right → each right pick
 * +1/k, each wrong pick −1/(n−k) (k right of n). `picks` are option indices in the set's order.
 */
export function choiceCredit(task: ChoiceTask, picks: readonly number[]): number {
  const n = task.options.length;
  const k = rightCount(task);
  if (picks.length === 0) return 0;
  let credit = 0;
  for (const i of picks) credit += task.options[i]?.right ? 1 / k : -1 / (n - k);
  return Math.max(-1, Math.min(1, credit));
}

/**
 * What a wrong number costs: −p/(1−p), p = tolerance/|value| — the chance that a guess
 * between 0 and twice the value lands inside the tolerance, so such a guess nets 0 on
 * average. The check before saving keeps p ≤ 0.2 (a wrong answer costs at most 0.25).
 */
export function numberWrongCredit(task: NumberTask): number {
  const p = task.value === 0 ? 0 : Math.min(0.5, task.tolerance / Math.abs(task.value));
  return -p / (1 - p);
}

/** Number: 1 within the tolerance (a tiny float margin included), else numberWrongCredit. */
export function numberCredit(task: NumberTask, given: number): number {
  const margin = 1e-9 * Math.max(1, Math.abs(task.value));
  return Math.abs(given - task.value) <= task.tolerance + margin ? 1 : numberWrongCredit(task);
}

/**
 * Order: 2·c − 1 where c is the share of step pairs in the right relative order (Kendall):
 * the right order 1, a random one 0 on average, the reversed one −1. `order` lists step
 * indices of the set (0 = first right step) as the player arranged them.
 */
export function orderCredit(task: OrderTask, order: readonly number[]): number {
  const n = task.steps.length;
  let concordant = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if ((order[i] as number) < (order[j] as number)) concordant++;
  return (2 * concordant) / ((n * (n - 1)) / 2) - 1;
}

/**
 * Tap the spot: 1 inside the region, else −p/(1−p) with p = the region's share of the photo
 * (a tap anywhere at random lands inside with chance p, so it nets 0 on average). The check
 * before saving keeps p ≤ 0.25 (a miss costs at most 1/3). `tap` = [x, y] relative, 0..1.
 */
export function spotCredit(task: SpotTask, tap: readonly [number, number]): number {
  if (inRegion(task.region, tap[0], tap[1])) return 1;
  const p = Math.min(0.5, regionArea(task.region));
  return -p / (1 - p);
}

/** Share of the speed bonus: a right answer earns at least 1 − SPEED_SHARE of its task. */
export const SPEED_SHARE = 0.05;

/** Points of one task: credit × weight, with the speed share only on positive credit (speed 0..1, 1 = at once). */
export function taskPoints(credit: number, speed: number, weight: number): number {
  if (credit <= 0) return credit * weight;
  const s = Math.max(0, Math.min(1, speed));
  return credit * weight * (1 - SPEED_SHARE + SPEED_SHARE * s);
}
