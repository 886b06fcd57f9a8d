import type * as Phaser from 'phaser';

// What travels along Datenfluss's data path, read from an item's cue alone (the phone shows
// nothing the cue does not already show in words): level 1 a byte as eight bits, level 2 a
// UART frame (start bit, D0..D7, parity, stop bit), level 3 the CAN nodes' frames A..D,
// level 4 the packets arriving at the switch port (alarm ▲, measurement ●, order ■),
// level 5 one MQTT message. Kind is shape first (a 1 is a tall bar, a 0 a low one; ▲ ● ■),
// colour only repeats it; every token carries its digit, letter or number.

export type TokenKind = 'one' | 'zero' | 'value' | 'can' | 'alarm' | 'cyclic' | 'bulk' | 'message';
/** Role of a frame bit (level 2), drawn as its outline; data bits have none. */
export type BitRole = 'start' | 'parity' | 'stop' | null;

export interface Token {
  kind: TokenKind;
  /** The digit, letter or number written on or above it. */
  label: string;
  role: BitRole;
}

/** What one item sends: tokens in reading order, and whether they form one frame (a box round them). */
export interface Train {
  tokens: Token[];
  framed: boolean;
}

/** The most tokens a train has (11 bits of a UART frame): the scene pools this many labels. */
export const MAX_TOKENS = 11;

const bit = (b: string, role: BitRole = null): Token => ({ kind: b === '1' ? 'one' : 'zero', label: b, role });
const FRAME_ROLES: readonly BitRole[] = ['start', null, null, null, null, null, null, null, null, 'parity', 'stop'];
const LETTERS = ['A', 'B', 'C', 'D'];
const value = (label: string): Train => ({ tokens: [{ kind: 'value', label, role: null }], framed: false });

/** The train of an item's cue for `level`; never more than the cue shows (a 'set' byte stays a number). */
export function trainOf(level: number, cue: Readonly<Record<string, unknown>>): Train {
  const text = (k: string) => (typeof cue[k] === 'string' ? (cue[k] as string) : '');
  if (level === 2 && /^[01]{11}$/.test(text('bits'))) return { tokens: [...text('bits')].map((b, i) => bit(b, FRAME_ROLES[i] ?? null)), framed: true };
  if (level === 1 && /^[01]{8}$/.test(text('bits'))) return { tokens: [...text('bits')].map((b) => bit(b)), framed: true };
  if (level === 3 && text('ids')) return { tokens: text('ids').split('|').slice(0, 4).map((_, i) => ({ kind: 'can', label: LETTERS[i] ?? '?', role: null })), framed: false };
  if (level === 4) {
    const arrivals = text('arrivals').split(',').filter(Boolean).slice(0, MAX_TOKENS);
    return {
      tokens: arrivals.map((t): Token => (t === 'A' ? { kind: 'alarm', label: '!', role: null } : t === 'B' ? { kind: 'bulk', label: '', role: null } : { kind: 'cyclic', label: t.slice(1), role: null })),
      framed: false,
    };
  }
  if (level === 5 && text('topic')) return { tokens: [{ kind: 'message', label: text('topic').split('/').at(-1) ?? '', role: null }], framed: false };
  // Level 1 without bits on screen: the number the prompt names travels as one byte.
  if (typeof cue.value === 'number') return value(typeof cue.add === 'number' ? `${cue.value} + ${cue.add}` : String(cue.value));
  if (typeof cue.raw === 'number') return value(String(cue.raw));
  if (typeof cue.span === 'number') return value('0…255');
  return { tokens: [], framed: false };
}

const INK = 0x10243a;
export const TOKEN_COLOURS: Readonly<Record<TokenKind, number>> = {
  one: 0xffd166, zero: 0x7cc4ff, value: 0xffd166, can: 0xf4a261, alarm: 0xff6b6b, cyclic: 0x4cc9f0, bulk: 0xb8c4d0, message: 0xc7f9cc,
};
const ROLE_COLOURS: Readonly<Record<Exclude<BitRole, null>, number>> = { start: 0xffffff, parity: 0xc77dff, stop: 0xffffff };

/** Width of a token on a train with `step` px per token (a message or value is wider). */
export function tokenWidth(t: Token, step: number): number {
  if (t.kind === 'message') return Math.max(step * 2.2, 30);
  if (t.kind === 'value') return Math.max(step * 2, 28);
  if (t.kind === 'can') return step * 1.6;
  if (t.kind === 'alarm' || t.kind === 'cyclic' || t.kind === 'bulk') return Math.max(step * 1.5, 20);
  return step - 2;
}

/**
 * Draws one token centred on x, standing on the line at `base` (its bottom), `h` at most
 * high. Draw calls only: no allocation (runs every frame of a movement).
 */
export function drawToken(g: Phaser.GameObjects.Graphics, t: Token, x: number, base: number, w: number, h: number): void {
  const c = TOKEN_COLOURS[t.kind];
  const half = w / 2;
  switch (t.kind) {
    case 'one':
    case 'zero': {
      const bh = t.kind === 'one' ? h : Math.max(4, h * 0.3);
      if (t.kind === 'one') g.fillStyle(c).fillRect(x - half, base - bh, w, bh);
      else g.lineStyle(2, c).strokeRect(x - half + 1, base - bh, w - 2, bh);
      if (t.role) g.lineStyle(2, ROLE_COLOURS[t.role]).strokeRect(x - half - 1, base - h - 1, w + 2, h + 2);
      return;
    }
    case 'alarm':
      g.fillStyle(c).fillTriangle(x, base - h, x - h * 0.6, base, x + h * 0.6, base);
      return;
    case 'cyclic':
      g.fillStyle(c).fillCircle(x, base - h / 2, h / 2);
      return;
    case 'bulk':
      g.fillStyle(c).fillRect(x - h / 2, base - h, h, h);
      g.lineStyle(1.5, INK).strokeRect(x - h / 2 + 3, base - h + 3, h - 6, h - 6);
      return;
    case 'message': // an envelope: body and flap
      g.fillStyle(c).fillRect(x - half, base - h, w, h);
      g.lineStyle(1.5, INK).lineBetween(x - half, base - h, x, base - h * 0.45).lineBetween(x, base - h * 0.45, x + half, base - h);
      return;
    default: // value, can: a labelled box
      g.fillStyle(c).fillRoundedRect(x - half, base - h, w, h, 4);
      g.lineStyle(1.5, 0xffffff).strokeRoundedRect(x - half, base - h, w, h, 4);
  }
}

/** Where a token's label sits: above a bit (its digit), inside every other token. */
export function labelInside(t: Token): boolean {
  return t.kind !== 'one' && t.kind !== 'zero' && t.kind !== 'message';
}
