import type { Rng } from '../../core/rng.ts';
import { clamp } from '../../core/stats.ts';
import {
  arrive, newPort, QUEUE_IDS, serve, simulate, type PortState, type QueueId, type Token,
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

/**
 * One random load pattern: each cyclic sensor sends every 4–6 ticks, 3–5 alarms (some in
 * pairs), 3–4 bursts of 3–5 orders. Real-time traffic (alarms + measurements) uses about
 * 85 % of the port; the orders push the offered load to about 150 %, which only IT traffic
 * may do, because TCP slows down and re-sends (a real network is planned with reserve).
 */
export function makeArrivals(rng: Rng): Token[][] {
  const ticks: Token[][] = Array.from({ length: TICKS }, () => []);
  const busy = TICKS - QUIET_TICKS;
  for (let s = 1; s <= CYCLIC_SENSORS; s++) {
    const period = rng.int(4, 6);
    for (let t = rng.int(0, period - 1); t < busy; t += period) ticks[t]?.push(`C${s}`);
  }
  const alarms = rng.int(3, 5);
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

/** The six strict priority orders, the industrial one first (alarm > measurement > order, as 802.1Q priorities 6/6/0 for PROFINET). */
export const STRICT_ORDERS: readonly (readonly QueueId[])[] = [
  ['alarm', 'cyclic', 'bulk'], ['alarm', 'bulk', 'cyclic'], ['cyclic', 'alarm', 'bulk'],
  ['cyclic', 'bulk', 'alarm'], ['bulk', 'alarm', 'cyclic'], ['bulk', 'cyclic', 'alarm'],
];

const lengthOf = (port: PortState, q: QueueId): number => (q === 'alarm' ? port.alarms.length : q === 'cyclic' ? port.cyclic.length : port.bulk.length);

/** Strict priority: the first non-empty queue in `order`, or null when all are empty. */
export function strictChoice(order: readonly QueueId[], port: PortState): QueueId | null {
  return order.find((q) => lengthOf(port, q) > 0) ?? null;
}

/**
 * The reference policy (what the debrief teaches), using only what a player sees now:
 * strict priority alarm > measurement > order, as a network engineer configures it.
 */
export function referenceChoice(port: PortState, _tick?: number): QueueId | null {
  return strictChoice(STRICT_ORDERS[0] as readonly QueueId[], port);
}

/** The choices of a policy over a whole round (it sees the port after each tick's arrivals). */
export function policySchedule(arrivals: readonly (readonly Token[])[], policy: (port: PortState, tick: number) => QueueId | null): (QueueId | null)[] {
  const { port, tally } = newPort();
  return arrivals.map((tokens, tick) => {
    arrive(port, tally, tick, tokens);
    const choice = policy(port, tick);
    serve(port, tally, tick, choice);
    return choice;
  });
}

/** The reference policy's choices over a whole round. */
export function referenceSchedule(arrivals: readonly (readonly Token[])[]): (QueueId | null)[] {
  return policySchedule(arrivals, referenceChoice);
}

/** Penalty of every simple rule in a round: each strict order (key "acb" etc.) and round-robin ("rr"). */
export function simpleRulePenalties(arrivals: readonly (readonly Token[])[]): Record<string, number> {
  const out: Record<string, number> = { rr: simulate(arrivals, []).tally.penalty };
  for (const order of STRICT_ORDERS) {
    out[order.map((q) => QUEUE_LETTER[q].toLowerCase()).join('')] = simulate(arrivals, policySchedule(arrivals, (p) => strictChoice(order, p))).tally.penalty;
  }
  return out;
}

export interface SwitchTruth {
  /** Penalty of the reference policy and of answering nothing (round-robin every tick). */
  refPenalty: number;
  rrPenalty: number;
  /** The reference schedule as letters, '-' for an idle tick. */
  reference: string;
}

/**
 * Builds the ticks of a level-4 round; the truth (reference schedule) goes with the first
 * tick. A load pattern is drawn again when doing nothing comes within MIN_MARGIN of the
 * reference, or when any simple rule beats it (about 4 % of patterns, see fairness test).
 */
export function makeSwitchRound(rng: Rng): { specs: ItemSpec<null>[]; arrivals: Token[][]; truth: SwitchTruth } {
  for (;;) {
    const arrivals = makeArrivals(rng);
    const ref = referenceSchedule(arrivals);
    const refPenalty = simulate(arrivals, ref).tally.penalty;
    const rules = simpleRulePenalties(arrivals);
    const rrPenalty = rules.rr as number;
    if (rrPenalty - refPenalty < MIN_MARGIN || Object.values(rules).some((p) => p < refPenalty)) continue;
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
