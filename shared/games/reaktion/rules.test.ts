import { describe, expect, it } from 'vitest';
import { MAX_ONE_WAY_MS } from '../../protocol/constants.ts';
import { LEVELS, createRound, cues, foreperiodMs, publicRound } from './rules.ts';
import * as T from './timing.ts';

const SEEDS = Array.from({ length: 3000 }, (_, i) => i * 7919 + 1);

describe('createRound', () => {
  it('is deterministic per seed and level', () => {
    for (const seed of SEEDS.slice(0, 200)) {
      for (const level of LEVELS) expect(createRound(seed, level)).toEqual(createRound(seed, level));
    }
  });

  it('differs between seeds', () => {
    const distinct = new Set(SEEDS.slice(0, 200).map((s) => JSON.stringify(createRound(s, 1))));
    expect(distinct.size).toBe(200);
  });

  it(`has ${T.TRIALS_PER_ROUND} trials in order: lead-in, foreperiod, window, gap`, () => {
    for (const seed of SEEDS.slice(0, 300)) {
      const r = createRound(seed, 3);
      expect(r.trials).toHaveLength(T.TRIALS_PER_ROUND);
      expect(r.trials[0]!.startMs).toBe(T.LEAD_IN_MS);
      r.trials.forEach((t, i) => {
        expect(t.endMs - t.onsetMs).toBe(T.RESPONSE_WINDOW_MS);
        if (i > 0) expect(t.startMs).toBe(r.trials[i - 1]!.endMs + T.INTER_TRIAL_GAP_MS);
      });
      // Play lasts long enough for a press at the very end of the last window to arrive.
      expect(r.durationMs).toBeGreaterThanOrEqual(r.trials.at(-1)!.endMs + MAX_ONE_WAY_MS + T.CLAIM_TOLERANCE_MS);
    }
  });

  it('keeps every foreperiod within [FOREPERIOD_MIN_MS, FOREPERIOD_MAX_MS] and uses the whole range', () => {
    const fps = SEEDS.flatMap((s) => createRound(s, 3).trials.map((t) => t.onsetMs - t.startMs));
    for (const fp of fps) {
      expect(Number.isInteger(fp)).toBe(true);
      expect(fp).toBeGreaterThanOrEqual(T.FOREPERIOD_MIN_MS);
      expect(fp).toBeLessThanOrEqual(T.FOREPERIOD_MAX_MS);
    }
    expect(Math.min(...fps)).toBeLessThan(T.FOREPERIOD_MIN_MS + 50);
    expect(Math.max(...fps)).toBeGreaterThan(T.FOREPERIOD_MAX_MS - 300);
  });

  it('foreperiodMs maps u ∈ [0, 1) onto [MIN, MAX]', () => {
    expect(foreperiodMs(0)).toBe(T.FOREPERIOD_MIN_MS);
    expect(foreperiodMs(1 - 2 ** -53)).toBe(T.FOREPERIOD_MAX_MS);
    // Monotonic in u, so the inverse transform keeps the distribution's order.
    for (let i = 0; i < 999; i++) expect(foreperiodMs((i + 1) / 1000)).toBeGreaterThanOrEqual(foreperiodMs(i / 1000));
  });

  it(`has exactly ${T.CATCH_TRIALS_PER_ROUND} catch trial(s), never the first, at varying positions`, () => {
    const positions = new Set<number>();
    for (const seed of SEEDS.slice(0, 500)) {
      const r = createRound(seed, 1);
      const idx = r.trials.flatMap((t, i) => (t.catch ? [i] : []));
      expect(idx).toHaveLength(T.CATCH_TRIALS_PER_ROUND);
      expect(idx).not.toContain(0);
      idx.forEach((i) => positions.add(i));
    }
    expect([...positions].toSorted((a, b) => a - b)).toEqual(Array.from({ length: T.TRIALS_PER_ROUND - 1 }, (_, i) => i + 1));
  });

  it('level 1 is visual only, level 2 audio only, level 3 mixes both about evenly', () => {
    const modalities = (level: number) => SEEDS.slice(0, 500).flatMap((s) => createRound(s, level).trials.map((t) => t.modality));
    expect(new Set(modalities(1))).toEqual(new Set(['visual']));
    expect(new Set(modalities(2))).toEqual(new Set(['audio']));
    const mixed = modalities(3);
    const visualShare = mixed.filter((m) => m === 'visual').length / mixed.length;
    expect(visualShare).toBeGreaterThan(0.45);
    expect(visualShare).toBeLessThan(0.55);
    const roundsWithBoth = SEEDS.slice(0, 100).filter((s) => new Set(createRound(s, 3).trials.map((t) => t.modality)).size === 2);
    expect(roundsWithBoth.length).toBeGreaterThan(80);
  });

  it('an unknown level falls back to level 1', () => {
    for (const level of [0, 4, -1, 1.5, NaN]) expect(createRound(5, level)).toEqual(createRound(5, 1));
  });
});

describe('publicRound', () => {
  it('gives away no trial times and no catch positions', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const r = createRound(seed, 3);
      const json = JSON.stringify(publicRound(r));
      expect(json).not.toMatch(/catch|onset|startMs|endMs/i);
      const numbers = [...json.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      for (const t of r.trials) {
        expect(numbers).not.toContain(t.onsetMs);
        expect(numbers).not.toContain(t.startMs);
      }
    }
  });
});

describe('cues', () => {
  it('a ready cue per trial; a stimulus cue with lead time only for non-catch trials', () => {
    for (const seed of SEEDS.slice(0, 200)) {
      const r = createRound(seed, 3);
      const list = cues(r);
      r.trials.forEach((t, i) => {
        const mine = list.filter((c) => c.data.trial === i);
        const ready = mine.filter((c) => c.data.kind === 'ready');
        const stimulus = mine.filter((c) => c.data.kind === 'stimulus');
        expect(ready).toEqual([{ atMs: t.startMs, leadMs: 0, data: { kind: 'ready', trial: i } }]);
        if (t.catch) {
          expect(stimulus).toEqual([]);
        } else {
          expect(stimulus).toEqual([{ atMs: t.onsetMs, leadMs: T.STIMULUS_CUE_LEAD_MS, data: { kind: 'stimulus', trial: i, modality: t.modality } }]);
          // Sent early, but never before its own trial's ready signal.
          expect(stimulus[0]!.atMs - stimulus[0]!.leadMs).toBeGreaterThanOrEqual(t.startMs);
        }
      });
      expect(list).toHaveLength(2 * T.TRIALS_PER_ROUND - T.CATCH_TRIALS_PER_ROUND);
    }
  });
});
