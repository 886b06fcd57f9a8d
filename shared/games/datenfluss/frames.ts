import type { Rng } from '../../core/rng.ts';
import { itemList, shuffle, type LevelRules } from './level.ts';
import type { Item, ItemSpec } from './timeline.ts';

// Level 2 "Telegramm prüfen": UART frames of 11 bits — start bit (0), 8 data bits least
// significant first, even parity, stop bit (1). The seed decides per frame: intact, one or
// two flipped bits, rarely a framing error. The player is the receiver and is judged by the
// receiver's rule; frames with two flipped bits pass it (parity cannot see even errors).

export type FrameKind = 'intact' | 'one-flip' | 'two-flips' | 'framing';

export interface FrameTruth {
  kind: FrameKind;
  /** What the receiver's rule says: start 0, stop 1, even number of ones in data + parity. */
  accept: boolean;
  /** The byte the sender meant. */
  sent: number;
}

export const FRAMES_PER_ROUND = 20;
export const FRAME_WINDOW_MS = 3600;
/** Per round: half the frames pass the receiver's rule, half fail (so always-accept scores 0). */
const ACCEPT_MIX: readonly FrameKind[] = ['intact', 'intact', 'intact', 'intact', 'intact', 'intact', 'intact', 'two-flips', 'two-flips', 'two-flips'];
const REJECT_MIX: readonly FrameKind[] = ['one-flip', 'one-flip', 'one-flip', 'one-flip', 'one-flip', 'one-flip', 'one-flip', 'one-flip', 'framing', 'framing'];

/** The 11 line bits of a byte as sent: "0" + data LSB first + even parity + "1". */
export function encodeFrame(value: number): string {
  const data = Array.from({ length: 8 }, (_, i) => (value >> i) & 1);
  const parity = data.reduce((a, b) => a + b, 0) % 2;
  return `0${data.join('')}${parity}1`;
}

/** The receiver's rule: right length, start bit 0, stop bit 1, even number of ones over data and parity. */
export function receiverAccepts(bits: string): boolean {
  if (!/^[01]{11}$/.test(bits) || bits[0] !== '0' || bits[10] !== '1') return false;
  return bits.slice(1, 10).split('').filter((b) => b === '1').length % 2 === 0;
}

/** The data byte a frame carries (bits 1..8, least significant first). */
export function decodeFrame(bits: string): number {
  return bits.slice(1, 9).split('').reduce((v, b, i) => v | (Number(b) << i), 0);
}

function flip(bits: string, positions: readonly number[]): string {
  return bits.split('').map((b, i) => (positions.includes(i) ? (b === '1' ? '0' : '1') : b)).join('');
}

function makeFrame(rng: Rng, kind: FrameKind): ItemSpec<FrameTruth> {
  const sent = rng.int(0, 255);
  const clean = encodeFrame(sent);
  let bits = clean;
  if (kind === 'one-flip') bits = flip(clean, [rng.int(1, 9)]);
  if (kind === 'two-flips') {
    const a = rng.int(1, 9);
    let b = rng.int(1, 8);
    if (b >= a) b += 1;
    bits = flip(clean, [a, b]);
  }
  // A framing error is a stop bit sampled as 0 (Microchip UART "Receiver Framing Error"); a
  // start bit of 1 is no character at all (the receiver waits for a falling edge: OKI
  // MSM80C154S manual §4.6.3), so only the stop bit is flipped (content review B6).
  if (kind === 'framing') bits = flip(clean, [10]);
  return { show: { bits }, truth: { kind, accept: receiverAccepts(bits), sent }, windowMs: FRAME_WINDOW_MS };
}

/** Shuffles the mix; a broken frame is often followed by an intact "catch" frame, so rejecting in runs does not pay. */
function order(rng: Rng): FrameKind[] {
  const kinds = shuffle(rng, [...ACCEPT_MIX, ...REJECT_MIX]);
  for (let i = 0; i + 1 < kinds.length; i++) {
    if (kinds[i] === 'intact' || kinds[i + 1] === 'intact' || rng.next() < 0.5) continue;
    const j = kinds.findIndex((k, n) => n > i + 1 && k === 'intact');
    if (j > 0) [kinds[i + 1], kinds[j]] = [kinds[j] as FrameKind, kinds[i + 1] as FrameKind];
  }
  return kinds;
}

const twoFlips = (it: Item<FrameTruth>): boolean => it.truth.kind === 'two-flips';

/** Level 2 rules: answer `{ item, accept: boolean }`; right ±1 (the mix is balanced, so constant answers score 0). */
export const framesLevel: LevelRules<FrameTruth> = {
  makeItems: (rng) => order(rng).map((kind) => makeFrame(rng, kind)),
  fields: ['accept'],
  parse: (raw) => (typeof raw.accept === 'boolean' ? (raw.accept ? 1 : 0) : null),
  credit: (item, answer) => ((answer === 1) === item.truth.accept ? 1 : -1),
  feedback: (item, answer) => ({ correct: (answer === 1) === item.truth.accept, expected: item.truth.accept ? 'accept' : 'reject' }),
  detail: (items, answers) => {
    return {
      twoFlipFrames: itemList(items, twoFlips),
      twoFlipAccepted: itemList(items, (it, i) => twoFlips(it) && answers.get(i) === 1),
      framingErrors: itemList(items, (it) => it.truth.kind === 'framing'),
    };
  },
};
