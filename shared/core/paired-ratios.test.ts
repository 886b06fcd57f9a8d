import { describe, expect, it } from 'vitest';
import { pairedRatios } from './paired-ratios.ts';

describe('paired ratios (bench:boxes)', () => {
  it('drops the warm-up round and reports the median of per-round ratios with the spread', () => {
    const base = [[100], [2, 2], [4], [1], [2]];
    const treated = [[1], [1, 3], [4], [9.6], [1.6]];
    const r = pairedRatios(base, treated, 0.99);
    // Round 0 (1/100) is the warm-up; then 3/2, 4/4, 9.6/1, 1.6/2.
    expect(r.ratios).toEqual([1.5, 1, 9.6, 0.8]);
    expect(r.median).toBe(1.25);
    expect([r.min, r.max]).toEqual([0.8, 9.6]);
  });

  it('skips rounds without samples or a zero base and refuses a bad quantile or warm-up', () => {
    expect(pairedRatios([[], [0], [2]], [[1], [1], [1]], 0.5, 0).ratios).toEqual([0.5]);
    expect(pairedRatios([], [], 0.5)).toEqual({ ratios: [], median: null, min: null, max: null });
    expect(() => pairedRatios([[1]], [[1]], 1.5)).toThrow(RangeError);
    expect(() => pairedRatios([[1]], [[1]], 0.5, -1)).toThrow(RangeError);
  });
});
