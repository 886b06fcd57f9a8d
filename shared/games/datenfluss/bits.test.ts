import { describe, expect, it } from 'vitest';
import { bitsLevel, BITS_TASKS, rawToCelsius, reversedBits, toBits, toHex } from './bits.ts';
import { shownData } from './play.test-util.ts';
import { createRound } from './rules.ts';
import { rightAnswer } from './solver.ts';

describe('level 1: Bits & Bytes', () => {
  it('writes bytes as 8 digits, most significant first, and in hex', () => {
    expect(toBits(0)).toBe('00000000');
    expect(toBits(255)).toBe('11111111');
    expect(toBits(173)).toBe('10101101');
    expect(toHex(0b10110111)).toBe('B7');
    expect(toHex(10)).toBe('0A');
    expect(reversedBits(0b00000001)).toBe(0b10000000);
    expect(reversedBits(0b11010000)).toBe(0b00001011);
  });

  it('converts raw values over 0–100 °C with a step of 100/255 ≈ 0.39 K', () => {
    expect(rawToCelsius(0)).toBe(0);
    expect(rawToCelsius(255)).toBe(100);
    expect(rawToCelsius(204)).toBe(80);
    expect(rawToCelsius(1)).toBe(0.4);
    expect(Math.round((100 / 255) * 100) / 100).toBe(0.39);
  });

  it('every round has the tasks in order; each choice item has one right option among distinct options', () => {
    for (const seed of [1, 2, 3, 50, 999]) {
      const round = createRound(seed, 1);
      expect(round.items.map((i) => i.truth.task)).toEqual(BITS_TASKS);
      for (const item of round.items) {
        if (item.truth.task === 'set') {
          expect(item.truth.k).toBe(256);
          continue;
        }
        const opts = String(item.show.options).split('|');
        expect(new Set(opts).size).toBe(opts.length);
        expect(opts.length).toBeGreaterThanOrEqual(3);
        expect(item.truth.k).toBe(opts.length);
      }
    }
  });

  it('the solver (from the shown data) finds the stored right answer: 255 + k wraps, hex groups nibbles', () => {
    for (const seed of [4, 5, 6, 7]) {
      const round = createRound(seed, 1);
      const shown = shownData(round);
      round.items.forEach((item, i) => {
        const a = rightAnswer(1, shown, i).value as number;
        expect(bitsLevel.credit(item, a), `${item.truth.task}`).toBe(1);
        if (item.truth.task === 'overflow') {
          expect(Number(String(item.show.options).split('|')[a])).toBe((Number(item.show.value) + Number(item.show.add)) - 256);
        }
      });
    }
  });

  it('a wrong choice among k costs 1/(k−1), so guessing averages 0', () => {
    const round = createRound(11, 1);
    const read = round.items[1]!;
    const wrong = (read.truth.right + 1) % read.truth.k;
    expect(bitsLevel.credit(read, wrong)).toBeCloseTo(-1 / (read.truth.k - 1));
    const set = round.items[0]!;
    expect(bitsLevel.credit(set, (set.truth.right + 1) % 256)).toBeCloseTo(-1 / 255);
  });
});
