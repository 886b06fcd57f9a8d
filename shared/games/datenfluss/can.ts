import type { Rng } from '../../core/rng.ts';
import { choiceCredit, type LevelRules } from './level.ts';
import type { ItemSpec } from './timeline.ts';

// Level 3 "Wer darf senden?": two to four CAN nodes start a frame at the same moment. CAN
// arbitration (ISO 11898-1, Bosch CAN 2.0): every node sends its 11-bit identifier bit by
// bit, most significant first, and listens; a 0 is dominant and overwrites a 1, so a node
// that sends 1 but hears 0 stops. The lowest identifier wins without its frame being
// destroyed; the others try again afterwards, so the order of sending is ascending.

/**
 * Node functions; identifiers are assigned by priority, as a designer would (time-critical
 * lowest). 'estop' is shown as a safety PLC's SRDO (CANopen Safety, EN 50325-5): an emergency
 * stop itself is never made safe by bus priority but by hard wiring or a safety protocol
 * (IEC 61784-3 black channel), content review 2026-12-06 A3; 'curtain' is shown as a fault message.
 */
export const NODE_FUNCTIONS = ['estop', 'curtain', 'drive', 'axis', 'temp', 'level', 'display', 'diag'] as const;
export type NodeFunction = (typeof NODE_FUNCTIONS)[number];
/** Identifier range [min, max] per function (11 bits; 0x7F0–0x7FF left out: Bosch CAN 2.0 A forbids the 7 most significant bits all recessive, sigrok CAN decoder warns on them). */
export const ID_RANGE: Readonly<Record<NodeFunction, readonly [number, number]>> = {
  estop: [0x000, 0x07f], curtain: [0x080, 0x0ff], drive: [0x100, 0x27f], axis: [0x280, 0x3ff],
  temp: [0x400, 0x57f], level: [0x580, 0x67f], display: [0x680, 0x73f], diag: [0x740, 0x7ef],
};

export type CanTask = 'winner' | 'order';

export interface CanTruth {
  task: CanTask;
  ids: number[];
  /** Node indices in sending order (lowest identifier first). */
  order: number[];
}

export const WINNER_ITEMS = 5;
export const ORDER_ITEMS = 5;
export const WINNER_WINDOW_MS = 6500;
export const ORDER_WINDOW_MS = 9500;

/** An 11-bit identifier as binary digits, most significant first. */
export function idBits(id: number): string {
  return id.toString(2).padStart(11, '0');
}

/** Node indices in the order they get the bus: ascending identifiers (dominant 0 wins). */
export function arbitrationOrder(ids: readonly number[]): number[] {
  return ids.map((id, i) => ({ id, i })).sort((a, b) => a.id - b.id).map((x) => x.i);
}

/** The bit position (0 = most significant) at which a node with `id` loses against `winner`, or null if it does not. */
export function losesAtBit(id: number, winner: number): number | null {
  for (let bit = 10; bit >= 0; bit--) {
    const mine = (id >> bit) & 1;
    const theirs = (winner >> bit) & 1;
    if (mine !== theirs) return mine === 1 ? 10 - bit : null;
  }
  return null;
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
/** The right answer string of an item: the winner's index, or all indices in sending order. */
const rightOf = (t: CanTruth): string => (t.task === 'winner' ? String(t.order[0]) : t.order.join(''));

function makeItem(rng: Rng, task: CanTask): ItemSpec<CanTruth> {
  const n = task === 'winner' ? rng.int(2, 4) : rng.int(3, 4);
  // Half the items mix functions (priority by design), half share one function, where only
  // reading the bits tells the winner.
  const same = rng.next() < 0.5 ? rng.pick(NODE_FUNCTIONS) : null;
  const funcs: NodeFunction[] = [];
  const ids: number[] = [];
  while (ids.length < n) {
    const f = same ?? rng.pick(NODE_FUNCTIONS);
    const [lo, hi] = ID_RANGE[f];
    const id = rng.int(lo, hi);
    if (ids.includes(id)) continue; // identifiers are unique on a bus
    funcs.push(f);
    ids.push(id);
  }
  return {
    show: { task, ids: ids.map(idBits).join('|'), funcs: funcs.join('|') },
    truth: { task, ids, order: arbitrationOrder(ids) },
    windowMs: task === 'winner' ? WINNER_WINDOW_MS : ORDER_WINDOW_MS,
  };
}

/** Level 3 rules: answer `{ item, order: [node indices] }` — one index for 'winner', all of them for 'order'. */
export const canLevel: LevelRules<CanTruth> = {
  makeItems: (rng) => [
    ...Array.from({ length: WINNER_ITEMS }, () => makeItem(rng, 'winner')),
    ...Array.from({ length: ORDER_ITEMS }, () => makeItem(rng, 'order')),
  ],
  fields: ['order'],
  parse: (raw, item) => {
    const n = item.truth.ids.length;
    const want = item.truth.task === 'winner' ? 1 : n;
    const o = raw.order;
    if (!Array.isArray(o) || o.length !== want) return null;
    if (!o.every((x) => Number.isInteger(x) && x >= 0 && x < n) || new Set(o).size !== o.length) return null;
    return o.join('');
  },
  credit: (item, answer) => {
    const { task, ids } = item.truth;
    return choiceCredit(answer === rightOf(item.truth), task === 'winner' ? ids.length : factorial(ids.length));
  },
  feedback: (item, answer) => ({ correct: answer === rightOf(item.truth), expected: rightOf(item.truth) }),
  detail: (items, answers) => ({
    wrongItems: items.flatMap((it, i) => {
      const a = answers.get(i);
      return a !== undefined && a !== rightOf(it.truth) ? [String(i + 1)] : [];
    }).join(','),
  }),
};
