import { describe, expect, it } from 'vitest';
import { arbitrationOrder, canLevel, ID_RANGE, idBits, losesAtBit } from './can.ts';
import { createRound } from './rules.ts';

/** A wired-AND bus: every bit time the bus carries 0 if anyone sends 0; a node sending 1 that hears 0 drops out. */
function busWinner(ids: number[]): number {
  let active = ids.map((_, i) => i);
  for (let bit = 10; bit >= 0; bit--) {
    const bus = active.some((i) => ((ids[i]! >> bit) & 1) === 0) ? 0 : 1;
    active = active.filter((i) => ((ids[i]! >> bit) & 1) === bus);
  }
  return active[0]!;
}

describe('level 3: CAN arbitration', () => {
  it('identifiers are 11 binary digits; the lowest wins bit by bit, the order is ascending', () => {
    expect(idBits(0)).toBe('00000000000');
    expect(idBits(0x7ff)).toBe('11111111111');
    expect(idBits(0x123)).toBe('00100100011');
    expect(arbitrationOrder([0x300, 0x010, 0x2ff])).toEqual([1, 2, 0]);
    expect(losesAtBit(0b00100000000, 0b00010000000)).toBe(2);
    expect(losesAtBit(0x010, 0x300)).toBeNull();
  });

  it('the winner by a simulated wired-AND bus equals the lowest identifier, for every item of many rounds', () => {
    for (let seed = 1; seed <= 80; seed++) {
      for (const item of createRound(seed, 3).items) {
        const { ids, order } = item.truth;
        expect(new Set(ids).size).toBe(ids.length);
        expect(busWinner(ids)).toBe(order[0]);
        expect(String(item.show.ids).split('|').map((b) => parseInt(b, 2))).toEqual(ids);
        String(item.show.funcs).split('|').forEach((f, i) => {
          const [lo, hi] = ID_RANGE[f as keyof typeof ID_RANGE];
          expect(ids[i]).toBeGreaterThanOrEqual(lo);
          expect(ids[i]).toBeLessThanOrEqual(hi);
        });
      }
    }
  });

  it('winner items take one index, order items a full permutation; wrong costs 1/(k−1)', () => {
    const round = createRound(3, 3);
    const winner = round.items[0]!;
    const order = round.items[round.items.length - 1]!;
    expect(winner.truth.task).toBe('winner');
    expect(order.truth.task).toBe('order');
    const right = canLevel.parse({ item: 0, order: [winner.truth.order[0]] }, winner)!;
    expect(canLevel.credit(winner, right)).toBe(1);
    const wrong = canLevel.parse({ item: 0, order: [winner.truth.order[1]] }, winner)!;
    expect(canLevel.credit(winner, wrong)).toBeCloseTo(-1 / (winner.truth.ids.length - 1));
    expect(canLevel.parse({ item: 0, order: winner.truth.order }, winner)).toBeNull();
    expect(canLevel.credit(order, canLevel.parse({ item: 9, order: order.truth.order }, order)!)).toBe(1);
    const n = order.truth.ids.length;
    const swapped = [...order.truth.order.slice(1), order.truth.order[0]!];
    expect(canLevel.credit(order, canLevel.parse({ item: 9, order: swapped }, order)!)).toBeCloseTo(-1 / ((n === 3 ? 6 : 24) - 1));
  });
});
