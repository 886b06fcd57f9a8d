import type { Rng } from '../../core/rng.ts';
import { choiceCredit, isInt, options, type LevelRules } from './level.ts';
import type { ItemSpec } from './timeline.ts';

// Level 1 "Bits & Bytes": a temperature sensor (0–100 °C) delivers an 8-bit raw value.
// Facts (sources in texts.ts): 8 bits give 2^8 = 256 values, 0..255; over 0–100 °C one step
// is 100 K / 255 ≈ 0.39 K; an 8-bit counter at 255 plus 1 wraps round to 0.

export type BitsTask = 'set' | 'read' | 'hex' | 'temp' | 'step' | 'overflow';

export interface BitsTruth {
  task: BitsTask;
  /** The raw value to set ('set'), else the index of the right option. */
  right: number;
  /** Number of possible answers (256 for 'set'): a wrong answer costs 1/(k−1). */
  k: number;
}

/** Order of the tasks in a round: setting first, hex and resolution later. */
export const BITS_TASKS: readonly BitsTask[] = ['set', 'read', 'set', 'temp', 'read', 'overflow', 'hex', 'set', 'hex', 'step'];
export const SET_WINDOW_MS = 9000;
export const CHOICE_WINDOW_MS = 6500;
export const TEMP_SPAN_C = 100;

/** The 8 bits of a byte, most significant first ("10101101"). */
export function toBits(value: number): string {
  return (value & 0xff).toString(2).padStart(8, '0');
}

/** The byte read backwards (least significant bit first): the classic reading mistake. */
export function reversedBits(value: number): number {
  return parseInt(toBits(value).split('').toReversed().join(''), 2);
}

/** Two hex digits, upper case ("B7"). */
export function toHex(value: number): string {
  return (value & 0xff).toString(16).toUpperCase().padStart(2, '0');
}

/** Temperature in °C of a raw value over 0..span °C, one decimal (raw 255 = span). */
export function rawToCelsius(raw: number, span = TEMP_SPAN_C): number {
  return Math.round((raw * span * 10) / 255) / 10;
}

/** An interesting byte: not 0 or 255, with both nibbles non-zero (so reversed or swapped reads differ). */
function byte(rng: Rng): number {
  for (;;) {
    const v = rng.int(17, 238);
    if (v >> 4 !== (v & 15) && reversedBits(v) !== v) return v;
  }
}

function makeItem(rng: Rng, task: BitsTask): ItemSpec<BitsTruth> {
  const choice = (show: Record<string, string | number>, right: string, wrong: string[]): ItemSpec<BitsTruth> => {
    const o = options(rng, right, wrong);
    return { show: { ...show, task, options: o.list.join('|') }, truth: { task, right: o.right, k: o.list.length }, windowMs: CHOICE_WINDOW_MS };
  };
  const v = byte(rng);
  switch (task) {
    case 'set':
      return { show: { task, value: v }, truth: { task, right: v, k: 256 }, windowMs: SET_WINDOW_MS };
    case 'read':
      return choice({ bits: toBits(v) }, String(v), [String(reversedBits(v)), String(v ^ 0x80 ^ 0x01), String(255 - v), String(v + 1)]);
    case 'hex': {
      const swapped = ((v & 15) << 4) | (v >> 4);
      return choice({ bits: toBits(v) }, toHex(v), [toHex(swapped), toHex(reversedBits(v)), toHex(v ^ 0x10), toHex(v ^ 0x01)]);
    }
    case 'temp': {
      const c = rawToCelsius(v);
      return choice({ raw: v }, c.toFixed(1), [v.toFixed(1), (v / 10).toFixed(1), (c / 2).toFixed(1), (c + 10).toFixed(1)]);
    }
    case 'step': {
      const span = rng.pick([50, 100, 150, 200]);
      const step = (span / 255).toFixed(2);
      return choice({ span }, step, [(span / 8).toFixed(2), (span / 100).toFixed(2), '1.00', (span / 25.5).toFixed(2)]);
    }
    case 'overflow': {
      const start = rng.int(250, 255);
      const add = rng.int(256 - start, 6);
      const sum = start + add;
      return choice({ value: start, add }, String(sum - 256), [String(sum), '255', String(sum - 255), '0', '1']);
    }
  }
}

/** Level 1 rules: answer `{ item, value }` — the raw byte for 'set', else an option index. */
export const bitsLevel: LevelRules<BitsTruth> = {
  makeItems: (rng) => BITS_TASKS.map((task) => makeItem(rng, task)),
  fields: ['value'],
  parse: (raw, item) => (isInt(raw.value, 0, item.truth.k - 1) ? raw.value : null),
  credit: (item, answer) => choiceCredit(answer === item.truth.right, item.truth.k),
  feedback: (item, answer) => ({ correct: answer === item.truth.right, expected: item.truth.right }),
  detail: (items, answers) => {
    const wrong = items.flatMap((it, i) => (answers.has(i) && answers.get(i) !== it.truth.right ? [it.truth.task] : []));
    return { wrongTasks: [...new Set(wrong)].join(',') };
  },
};
