import { describe, expect, it } from 'vitest';
import type * as Phaser from 'phaser';
import { drawToken, MAX_TOKENS, TOKEN_COLOURS, trainOf, type Token, type TokenKind } from './wire-art.ts';

// What Datenfluss's picture sends along the data path for an item: the level's own thing
// (bits, a UART frame, CAN frames, switch packets, an MQTT message), read from the cue alone.

const kinds = (level: number, cue: Record<string, unknown>) => trainOf(level, cue).tokens.map((t) => t.kind);
const labels = (level: number, cue: Record<string, unknown>) => trainOf(level, cue).tokens.map((t) => t.label).join('');

describe('Datenfluss trains', () => {
  it('level 1: a byte shown as bits travels as its eight bits; a byte the player must set travels as its number only', () => {
    expect(labels(1, { task: 'read', bits: '10110010', options: '1|2' })).toBe('10110010');
    expect(kinds(1, { task: 'read', bits: '10110010' })).toEqual(['one', 'zero', 'one', 'one', 'zero', 'zero', 'one', 'zero']);
    expect(trainOf(1, { task: 'set', value: 178 }).tokens).toEqual([{ kind: 'value', label: '178', role: null }]);
    expect(labels(1, { task: 'overflow', value: 252, add: 5 })).toBe('252 + 5');
    expect(labels(1, { task: 'temp', raw: 99 })).toBe('99');
  });

  it('level 2: the UART frame is eleven bits with start, parity and stop marked, boxed as one frame', () => {
    const train = trainOf(2, { bits: '01011001101' });
    expect(train.framed).toBe(true);
    expect(train.tokens).toHaveLength(MAX_TOKENS);
    expect(train.tokens.map((t) => t.label).join('')).toBe('01011001101');
    expect(train.tokens.map((t) => t.role)).toEqual(['start', null, null, null, null, null, null, null, null, 'parity', 'stop']);
  });

  it('level 3: every CAN node sends its frame, lettered as on the buttons (nobody wins in the picture)', () => {
    expect(trainOf(3, { task: 'winner', ids: '00100100011|00100110011|01100100011', funcs: 'a|b|c' }).tokens).toEqual(
      ['A', 'B', 'C'].map((label) => ({ kind: 'can', label, role: null })));
  });

  it('level 4: arrivals keep their shapes (alarm, measurement with its sensor, order); a quiet tick sends nothing', () => {
    expect(trainOf(4, { tick: 3, arrivals: 'A,S2,B' }).tokens.map((t) => [t.kind, t.label])).toEqual([['alarm', '!'], ['cyclic', '2'], ['bulk', '']]);
    expect(trainOf(4, { tick: 4, arrivals: '' }).tokens).toEqual([]);
  });

  it('level 5: one message named by its topic\'s last level, and nothing about who receives it', () => {
    const train = trainOf(5, { topic: 'halle1/linie2/temp', filters: 'halle1/# +/linie2/temp a b c d' });
    expect(train.tokens).toEqual([{ kind: 'message', label: 'temp', role: null }]);
  });

  it('every token kind is drawn', () => {
    for (const kind of Object.keys(TOKEN_COLOURS) as TokenKind[]) {
      const calls: string[] = [];
      const g: Phaser.GameObjects.Graphics = new Proxy({} as Phaser.GameObjects.Graphics, {
        get: (_t, name) => () => {
          calls.push(String(name));
          return g;
        },
      });
      const t: Token = { kind, label: '1', role: null };
      drawToken(g, t, 50, 40, 12, 16);
      expect(calls.some((c) => /^(fill|stroke)|lineBetween/.test(c)), kind).toBe(true);
    }
  });
});
