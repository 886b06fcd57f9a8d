import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.ts';
import { countCredit, countParts, idealSetting, schmitt } from './hysteresis.ts';
import { generateSignal, LEVEL3_SHAPE } from './signal.ts';

// Property tests over many seeds (a seeded loop stands in for a property-testing library).
const SEEDS = Array.from({ length: 120 }, (_, i) => i * 7919 + 13);
// A signal costs about 1 ms (the search for the ideal setting): made once per seed.
const signals = new Map<number, ReturnType<typeof generateSignal>>();
const signalOf = (seed: number) => signals.get(seed) ?? signals.set(seed, generateSignal(seed)).get(seed)!;

describe('switch point and reset point', () => {
  it('switches on above SP and off only below rP', () => {
    const { output, onEdges } = schmitt([0, 54, 56, 46, 44, 56, 30], { switchPoint: 55, resetPoint: 45 });
    expect(output).toEqual([false, false, true, true, false, true, false]);
    expect(onEdges).toEqual([2, 5]);
  });

  it('NC (Öffner) switches on below rP and off only above SP: the mirror image of NO', () => {
    const { output, onEdges } = schmitt([100, 46, 44, 54, 56, 44, 70], { switchPoint: 55, resetPoint: 45, output: 'nc' });
    expect(output).toEqual([false, false, true, true, false, true, false]);
    expect(onEdges).toEqual([2, 5]);
    for (const seed of SEEDS) {
      const rng = createRng(seed);
      const samples = Array.from({ length: 80 }, () => rng.int(0, 100));
      const sp = rng.int(30, 70), rp = sp - rng.int(0, 20);
      expect(schmitt(samples, { switchPoint: sp, resetPoint: rp, output: 'nc' }).onEdges)
        .toEqual(schmitt(samples.map((x) => 100 - x), { switchPoint: 100 - rp, resetPoint: 100 - sp }).onEdges);
    }
  });

  it('an output switching the wrong way (NO on a falling signal) counts no part: each switching on as a part leaves is stray', () => {
    // Two parts that lower the signal; they leave on samples 3–4 and 8–9.
    const parts = [{ start: 1, leaves: 3, end: 4 }, { start: 6, leaves: 8, end: 9 }];
    const samples = [90, 50, 10, 50, 80, 90, 50, 10, 50, 80, 90];
    const right = countParts(samples, parts, { switchPoint: 70, resetPoint: 30, output: 'nc' });
    expect(right).toMatchObject({ counted: 2, missed: 0, stray: 0, chatter: 0 });
    const wrong = countParts(samples, parts, { switchPoint: 70, resetPoint: 30, output: 'no' });
    expect(wrong).toMatchObject({ counted: 0, missed: 2, stray: 3 }); // on at the start, and as each part left
    expect(countCredit(wrong, 2)).toBe(0);
  });

  it('with SP = rP and noise at that level, chatters; a hysteresis wider than the noise band (peak to peak) switches once', () => {
    for (const seed of SEEDS) {
      const rng = createRng(seed);
      const level = rng.int(20, 80);
      const noise = rng.int(2, 10);
      const samples = Array.from({ length: 60 }, () => level + (rng.next() * 2 - 1) * noise);
      expect(schmitt(samples, { switchPoint: level, resetPoint: level }).onEdges.length, `seed ${seed}`).toBeGreaterThan(1);
      expect(schmitt(samples, { switchPoint: level + noise / 2, resetPoint: level - noise / 2 - noise - 1 }).onEdges.length).toBeLessThanOrEqual(1);
    }
  });

  it('counts a part switched twice or missed as wrong, each costing one part, and a switching between parts costs one part', () => {
    const parts = [{ start: 1, leaves: 4, end: 3 }, { start: 6, leaves: 9, end: 8 }];
    const samples = [0, 60, 40, 60, 0, 60, 0, 60, 0];
    const r = countParts(samples, parts, { switchPoint: 50, resetPoint: 50 });
    expect(r).toMatchObject({ counted: 1, doubled: 1, stray: 1, missed: 0, chatter: 2 });
    expect(countCredit(r, 2)).toBe(0);
    expect(countCredit(countParts(samples, parts, { switchPoint: 50, resetPoint: 30 }), 2)).toBe(0.5);
    // A missed part costs too: one counted and one missed is a wrong count (0, not 0.5).
    const oneMissed = countParts([0, 60, 40, 60, 0, 0, 0, 0, 0], parts, { switchPoint: 50, resetPoint: 30 });
    expect(oneMissed).toMatchObject({ counted: 1, missed: 1 });
    expect(countCredit(oneMissed, 2)).toBe(0);
  });
});

describe('level-3 signals', () => {
  it('always have a perfect setting, found by the search and confirmed by the counter', { timeout: 20_000 }, () => {
    for (const seed of SEEDS) {
      const s = signalOf(seed);
      expect(s.parts).toHaveLength(LEVEL3_SHAPE.parts);
      const r = countParts(s.samples, s.parts, s.ideal);
      expect(r, `seed ${seed}`).toMatchObject({ counted: LEVEL3_SHAPE.parts, missed: 0, chatter: 0 });
      expect(s.ideal.resetPoint).toBeLessThan(s.ideal.switchPoint);
      expect(s.ideal.output).toBe(s.falling ? 'nc' : 'no');
      // The other output function counts nothing with the same points.
      expect(countCredit(countParts(s.samples, s.parts, { ...s.ideal, output: s.falling ? 'no' : 'nc' }), s.parts.length), `seed ${seed}`).toBe(0);
      for (const x of s.samples) expect(Number.isInteger(x) && x >= 0 && x <= 100).toBe(true);
    }
  });

  it('the search agrees with the counter: no perfect setting when the parts cannot be told apart', () => {
    const parts = [{ start: 1, leaves: 3, end: 2 }, { start: 4, leaves: 6, end: 5 }];
    expect(idealSetting([0, 50, 50, 50, 50, 50, 0], parts)).toBeNull(); // no dip between the parts
    expect(idealSetting([0, 50, 50, 0, 50, 50, 0], parts)).toMatchObject({ switchPoint: expect.any(Number) });
  });

  it('about half the signals fall (the part lowers the signal) and half rise', () => {
    const falling = SEEDS.filter((seed) => signalOf(seed).falling).length / SEEDS.length;
    expect(falling).toBeGreaterThan(0.35);
    expect(falling).toBeLessThan(0.65);
  });

  it('a bare threshold (SP = rP) at the ideal switch point chatters on most seeds', () => {
    const chattering = SEEDS.filter((seed) => {
      const s = signalOf(seed);
      const at = s.falling ? s.ideal.resetPoint : s.ideal.switchPoint; // the point that switches on
      return countParts(s.samples, s.parts, { switchPoint: at, resetPoint: at, output: s.ideal.output }).chatter > 0;
    });
    expect(chattering.length).toBeGreaterThan(SEEDS.length * 0.9);
  });

  it('spikes stand out of the gaps\' noise: a switch point just above that noise counts them as parts', () => {
    let stray = 0;
    for (const seed of SEEDS) {
      const f = signalOf(seed);
      const s = f.falling ? { ...f, samples: f.samples.map((x) => 100 - x) } : f; // seen as rising
      const gap = s.samples.filter((_, i) => !s.parts.some((p) => i >= p.start && i <= p.end)).sort((a, b) => a - b);
      const noiseTop = gap[Math.floor(gap.length * 0.8)] as number;
      const median = gap[Math.floor(gap.length / 2)] as number;
      if (countParts(s.samples, s.parts, { switchPoint: noiseTop + 1, resetPoint: median }).stray > 0) stray++;
    }
    expect(stray).toBeGreaterThan(SEEDS.length * 0.7);
  });
});
