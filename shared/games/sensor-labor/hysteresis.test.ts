import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.ts';
import { countParts, generateSignal, LEVEL3_SHAPE, schmitt, type SignalShape } from './hysteresis.ts';

// Property tests over many seeds (a seeded loop stands in for a property-testing library).
const SEEDS = Array.from({ length: 300 }, (_, i) => i * 7919 + 13);

describe('Schmitt trigger', () => {
  it('switches on above T + H/2 and off below T − H/2', () => {
    const { output, onEdges } = schmitt([0, 54, 56, 46, 44, 56, 30], 50, 10);
    expect(output).toEqual([false, false, true, true, false, true, false]);
    expect(onEdges).toEqual([2, 5]);
  });

  it('with bounded noise, drift inside the margin and a hysteresis wider than the noise band, never chatters', () => {
    const rng = createRng(42);
    for (const seed of SEEDS) {
      const noise = rng.int(0, 8);
      const drift = rng.int(0, 8);
      const shape: SignalShape = { ...LEVEL3_SHAPE, parts: rng.int(1, 6), noise, drift, spikes: 0, spike: 0 };
      const signal = generateSignal(seed, shape);
      // On just below the lowest plateau, off just above the highest gap: inside the margin.
      const on = shape.plateau - drift - noise - 1;
      const off = shape.baseline + drift + noise + 1;
      const hysteresis = on - off;
      expect(hysteresis).toBeGreaterThan(2 * noise);
      const r = countParts(signal.samples, signal.parts, (on + off) / 2, hysteresis);
      expect(r, `seed ${seed}`).toMatchObject({ counted: shape.parts, missed: 0, chatter: 0 });
    }
  });

  it('with zero hysteresis and noise at the threshold, chatters', () => {
    for (const seed of SEEDS) {
      const rng = createRng(seed);
      const threshold = rng.int(20, 80);
      const noise = rng.int(2, 10);
      const samples = Array.from({ length: 60 }, () => threshold + (rng.next() * 2 - 1) * noise);
      expect(schmitt(samples, threshold, 0).onEdges.length, `seed ${seed}`).toBeGreaterThan(1);
      // The same noise with a hysteresis wider than the band switches at most once.
      expect(schmitt(samples, threshold, 2 * noise + 1).onEdges.length).toBeLessThanOrEqual(1);
    }
  });

  it('level-3 signals: the ideal setting counts every part exactly once despite spikes', () => {
    for (const seed of SEEDS) {
      const s = generateSignal(seed);
      const r = countParts(s.samples, s.parts, s.ideal.threshold, s.ideal.hysteresis);
      expect(r, `seed ${seed}`).toMatchObject({ counted: LEVEL3_SHAPE.parts, missed: 0, chatter: 0 });
      for (const x of s.samples) expect(Number.isInteger(x) && x >= 0 && x <= 100).toBe(true);
    }
  });

  it('level-3 signals: a bare threshold at the ideal T chatters on most seeds', () => {
    const chattering = SEEDS.filter((seed) => {
      const s = generateSignal(seed);
      return countParts(s.samples, s.parts, s.ideal.threshold, 0).chatter > 0;
    });
    expect(chattering.length).toBeGreaterThan(SEEDS.length * 0.8);
  });

  it('a threshold above every part misses them all', () => {
    const s = generateSignal(5);
    expect(countParts(s.samples, s.parts, 99, 0)).toMatchObject({ counted: 0, missed: LEVEL3_SHAPE.parts });
  });
});
