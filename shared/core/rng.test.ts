import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from './rng.ts';

const take = (seed: number, n: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

const mean = (v: readonly number[]): number => v.reduce((s, x) => s + x, 0) / v.length;

/** Pearson correlation of two equally long lists. */
function correlation(a: readonly number[], b: readonly number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let cov = 0;
  let va = 0;
  let vb = 0;
  a.forEach((x, i) => {
    const y = b[i] as number;
    cov += (x - ma) * (y - mb);
    va += (x - ma) ** 2;
    vb += (y - mb) ** 2;
  });
  return cov / Math.sqrt(va * vb);
}

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    for (const seed of [0, 1, 42, 0xffffffff, 123456789]) expect(take(seed, 200)).toEqual(take(seed, 200));
  });

  it('gives different sequences for different seeds', () => {
    const first = new Set(Array.from({ length: 1000 }, (_, s) => take(s, 1)[0]));
    expect(first.size).toBe(1000);
    expect(take(1, 20)).not.toEqual(take(2, 20));
  });

  it('treats seeds modulo 2^32 (the seed is a 32-bit integer)', () => {
    expect(take(-1, 10)).toEqual(take(0xffffffff, 10));
    expect(take(2 ** 32 + 7, 10)).toEqual(take(7, 10));
  });

  it('next() stays in [0, 1) and is roughly uniform', () => {
    const values = take(2024, 100_000);
    const bins = Array.from({ length: 10 }, () => 0);
    for (const v of values) bins[Math.floor(v * 10)]! += 1;
    expect(values.reduce((m, v) => Math.min(m, v), Infinity)).toBeGreaterThanOrEqual(0);
    expect(values.reduce((m, v) => Math.max(m, v), -Infinity)).toBeLessThan(1);
    // Chi-square with 9 degrees of freedom: 27.9 is the 0.1 % critical value.
    const expected = values.length / 10;
    const chi2 = bins.reduce((s, n) => s + (n - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.9);
  });

  it('int(min, max) returns integers within both bounds and reaches both ends', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const v = rng.int(-3, 3);
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(-3);
      expect(v).toBeLessThanOrEqual(3);
      seen.add(v);
    }
    expect([...seen].toSorted((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(createRng(1).int(5, 5)).toBe(5);
  });

  it('int covers the full 32-bit range used by deriveSeed', () => {
    const rng = createRng(99);
    for (let i = 0; i < 1000; i++) {
      const v = rng.int(0, 0xffffffff);
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(0xffffffff);
    }
  });

  it('pick returns an element of the list, every element eventually, and refuses an empty list', () => {
    const items = ['a', 'b', 'c', 'd'] as const;
    const rng = createRng(3);
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const v = rng.pick(items);
      expect(items).toContain(v);
      seen.add(v);
    }
    expect(seen.size).toBe(items.length);
    expect(() => createRng(3).pick([])).toThrow();
  });
});

describe('deriveSeed', () => {
  it('is deterministic and returns an unsigned 32-bit integer', () => {
    for (let salt = 0; salt < 100; salt++) {
      const s = deriveSeed(12345, salt);
      expect(s).toBe(deriveSeed(12345, salt));
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(0xffffffff);
    }
  });

  it('gives distinct sub-seeds for distinct salts and for distinct parent seeds', () => {
    const bySalt = new Set(Array.from({ length: 1000 }, (_, salt) => deriveSeed(777, salt)));
    expect(bySalt.size).toBe(1000);
    const byParent = new Set(Array.from({ length: 1000 }, (_, seed) => deriveSeed(seed, 0)));
    expect(byParent.size).toBe(1000);
    expect(bySalt.has(777)).toBe(false);
  });

  it('is not symmetric in seed and salt (a plain sum or xor would let sessions replay each other)', () => {
    for (let a = 0; a < 100; a++) {
      for (let b = a + 1; b < 100; b++) expect(deriveSeed(a, b), `${a}, ${b}`).not.toBe(deriveSeed(b, a));
    }
  });

  it('sub-seeds of neighbouring salts give uncorrelated streams (rounds are independent)', () => {
    // The k-th value of round r against the k-th value of round r+1, over many rounds.
    const rounds = Array.from({ length: 2001 }, (_, salt) => take(deriveSeed(31337, salt), 3));
    for (let k = 0; k < 3; k++) {
      const a = rounds.slice(0, -1).map((r) => r[k] as number);
      const b = rounds.slice(1).map((r) => r[k] as number);
      // |r| < 0.08 is far outside chance for 2000 independent pairs (sd ≈ 0.022).
      expect(Math.abs(correlation(a, b))).toBeLessThan(0.08);
    }
    // And the parent's own stream is not reproduced by a child.
    expect(take(deriveSeed(31337, 0), 5)).not.toEqual(take(31337, 5));
  });

  it('spreads sub-seeds over the whole 32-bit range', () => {
    const seeds = Array.from({ length: 4000 }, (_, salt) => deriveSeed(1, salt));
    const quarters = [0, 0, 0, 0];
    for (const s of seeds) quarters[Math.floor(s / 2 ** 30)]! += 1;
    for (const q of quarters) expect(q).toBeGreaterThan(800);
  });
});
