import type { Rng } from '../../core/rng.ts';
import { clamp } from '../../core/stats.ts';
import {
  arrive, newPort, QUEUE_CAPACITY, QUEUE_IDS, serve, simulate, type PortState, type QueueId, type Token,
} from './switch-sim.ts';
import type { ItemSpec } from './timeline.ts';

// Level 4 content: the arrivals of a round, the reference policy and the credit of a
// player's schedule. Each tick is one item of the timeline; its cue shows the tick's
// arrivals, the answer names the queue to send from.

export const TICKS = 24;
/** Arrivals stop this many ticks before the end, so the queues can drain. */
export const QUIET_TICKS = 4;
export const TICK_MS = 3000;
export const CYCLIC_SENSORS = 3;
/** A round is rebuilt until doing nothing (round-robin) costs at least this much more than the reference policy. */
export const MIN_MARGIN = 12;

/** Answer letters on the wire and in the schedule string. */
export const QUEUE_LETTER: Readonly<Record<QueueId, string>> = { alarm: 'A', cyclic: 'C', bulk: 'B' };

/** One random load pattern: cyclic sensors every 3 ticks, alarm pairs and bulk bursts. */
function makeArrivals(rng: Rng): Token[][] {
  const ticks: Token[][] = Array.from({ length: TICKS }, () => []);
  const busy = TICKS - QUIET_TICKS;
  for (let s = 1; s <= CYCLIC_SENSORS; s++) {
    const period = rng.int(2, 4);
    for (let t = rng.int(0, period - 1); t < busy; t += period) ticks[t]?.push(`C${s}`);
  }
  const alarms = rng.int(5, 7);
  for (let i = 0; i < alarms; i++) {
    const t = rng.int(1, busy - 1);
    ticks[t]?.push('A');
    if (rng.next() < 0.35) ticks[t]?.push('A');
  }
  const bursts = rng.int(3, 4);
  for (let i = 0; i < bursts; i++) {
    const t = rng.int(0, busy - 2);
    const n = rng.int(3, 5);
    for (let k = 0; k < n; k++) ticks[t]?.push('B');
  }
  // Within a tick the order of arrival is shuffled (it matters for overflow only).
  return ticks.map((list) => list.map((tok) => ({ tok, key: rng.next() })).sort((a, b) => a.key - b.key).map((x) => x.tok));
}

/**
 * The reference policy (what the debrief teaches), using only what a player sees now:
 * alarms first; then bulk orders when their queue is about to overflow or the ticks left
 * would not drain it; then measurements; then bulk.
 */
export function referenceChoice(port: PortState, tick: number): QueueId | null {
  const ticksLeft = TICKS - tick;
  if (port.alarms.length > 0) return 'alarm';
  if (port.bulk.length > 0 && (port.bulk.length >= QUEUE_CAPACITY - 1 || port.bulk.length >= ticksLeft)) return 'bulk';
  if (port.cyclic.length > 0) return 'cyclic';
  return port.bulk.length > 0 ? 'bulk' : null;
}

/** The reference policy's choices over a whole round. */
export function referenceSchedule(arrivals: readonly (readonly Token[])[]): (QueueId | null)[] {
  const { port, tally } = newPort();
  return arrivals.map((tokens, tick) => {
    arrive(port, tally, tick, tokens);
    const choice = referenceChoice(port, tick);
    serve(port, tally, tick, choice);
    return choice;
  });
}

export interface SwitchTruth {
  /** Penalty of the reference policy and of answering nothing (round-robin every tick). */
  refPenalty: number;
  rrPenalty: number;
  /** The reference schedule as letters, '-' for an idle tick. */
  reference: string;
}

/** Builds the ticks of a level-4 round; the truth (reference schedule) goes with the first tick. */
export function makeSwitchRound(rng: Rng): { specs: ItemSpec<null>[]; arrivals: Token[][]; truth: SwitchTruth } {
  for (;;) {
    const arrivals = makeArrivals(rng);
    const ref = referenceSchedule(arrivals);
    const refPenalty = simulate(arrivals, ref).tally.penalty;
    const rrPenalty = simulate(arrivals, []).tally.penalty;
    if (rrPenalty - refPenalty < MIN_MARGIN) continue;
    const reference = ref.map((q) => (q ? QUEUE_LETTER[q] : '-')).join('');
    const specs = arrivals.map((tokens, tick) => ({ show: { tick, arrivals: tokens.join(',') }, truth: null, windowMs: TICK_MS }));
    return { specs, arrivals, truth: { refPenalty, rrPenalty, reference } };
  }
}

/** Parses a queue name of an answer. */
export function parseQueue(v: unknown): QueueId | null {
  return typeof v === 'string' && (QUEUE_IDS as readonly string[]).includes(v) ? (v as QueueId) : null;
}

/** Credit 0..1 of a schedule: the share of the gap between doing nothing and the reference policy it closes. */
export function switchCredit(truth: SwitchTruth, penalty: number): number {
  return clamp((truth.rrPenalty - penalty) / (truth.rrPenalty - truth.refPenalty), 0, 1);
}
