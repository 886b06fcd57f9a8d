import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.ts';
import { createRound, score, type Outcome, type ReaktionPlayer, type TrialResult } from './rules.ts';
import * as T from './timing.ts';

// Expected scores are computed here from the rule documented in timing.ts, not copied from
// the implementation's output: a median reaction time at or below SCORE_FAST_MS earns
// SCORE_MAX, at or above SCORE_SLOW_MS nothing, linear (rounded) in between; then minus
// PENALTY_FALSE_START per false start and PENALTY_MISS per non-catch trial without a hit;
// never below zero.

const round = createRound(2718, 3);
const catchIdx = round.trials.findIndex((t) => t.catch);
const normalIdx = round.trials.flatMap((t, i) => (t.catch ? [] : [i]));

function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = values.toSorted((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function expectedScore(p: ReaktionPlayer): number {
  const hits: number[] = [];
  let falseStarts = 0;
  let misses = 0;
  round.trials.forEach((t, i) => {
    const r = p.results[i];
    if (r?.outcome === 'false-start') falseStarts++;
    else if (r?.outcome === 'hit') hits.push(r.rtMs as number);
    else if (!t.catch) misses++;
  });
  const med = medianOf(hits);
  let speed = 0;
  if (med !== null) {
    const share = (T.SCORE_SLOW_MS - med) / (T.SCORE_SLOW_MS - T.SCORE_FAST_MS);
    speed = Math.min(T.SCORE_MAX, Math.max(0, Math.round(share * T.SCORE_MAX)));
  }
  return Math.max(0, speed - T.PENALTY_FALSE_START * falseStarts - T.PENALTY_MISS * misses);
}

/** A player with a hit of `rtMs` in every non-catch trial, then `overrides` applied. */
function player(rtMs: number, overrides: Record<number, TrialResult | undefined> = {}): ReaktionPlayer {
  const results: Record<number, TrialResult> = {};
  for (const i of normalIdx) results[i] = { outcome: 'hit', rtMs };
  for (const [i, r] of Object.entries(overrides)) {
    if (r) results[Number(i)] = r;
    else delete results[Number(i)];
  }
  return { results };
}

describe('Reaktion score', () => {
  it('documents a 0–1000 scale', () => {
    expect(T.SCORE_MAX).toBe(1000);
    expect(T.SCORE_FAST_MS).toBeLessThan(T.SCORE_SLOW_MS);
  });

  it('an empty player scores 0 with every non-catch trial a miss', () => {
    expect(score(round, { results: {} })).toEqual({
      score: 0,
      detail: { medianMs: null, hits: 0, falseStarts: 0, misses: normalIdx.length, audioMisses: normalIdx.filter((i) => round.trials[i]?.modality === 'audio').length },
    });
  });

  it('follows the documented formula at the ends and in between', () => {
    for (const rt of [100, T.SCORE_FAST_MS, 200, 263.4, 400, 555.5, T.SCORE_SLOW_MS - 1, T.SCORE_SLOW_MS, 1200]) {
      const p = player(rt);
      expect(score(round, p).score, `rt ${rt}`).toBe(expectedScore(p));
    }
    expect(score(round, player(T.SCORE_FAST_MS)).score).toBe(T.SCORE_MAX);
    expect(score(round, player(T.SCORE_SLOW_MS)).score).toBe(0);
  });

  it('is based on the median: one slow outlier does not change it', () => {
    const rts = [210, 230, 250, 270, 290];
    const base: ReaktionPlayer = { results: Object.fromEntries(normalIdx.map((i, k) => [i, { outcome: 'hit', rtMs: rts[k] as number }])) };
    const outlier = structuredClone(base);
    outlier.results[normalIdx[4] as number] = { outcome: 'hit', rtMs: 1450 };
    expect(score(round, outlier).score).toBe(score(round, base).score);
    expect(score(round, base).detail.medianMs).toBe(250);
    expect(score(round, base).score).toBe(expectedScore(base));
  });

  it('takes the mean of the two middle hits for an even count', () => {
    const p = player(0, { [normalIdx[0] as number]: undefined });
    [200, 300, 400, 500].forEach((rt, k) => { p.results[normalIdx[k + 1] as number] = { outcome: 'hit', rtMs: rt }; });
    expect(score(round, p).detail.medianMs).toBe(350);
    expect(score(round, p).score).toBe(expectedScore(p));
  });

  it(`subtracts PENALTY_FALSE_START (${T.PENALTY_FALSE_START}) per false start, also in the catch trial`, () => {
    const clean = score(round, player(300)).score;
    const caught = player(300, { [catchIdx]: { outcome: 'false-start', rtMs: null } });
    expect(score(round, caught).score).toBe(clean - T.PENALTY_FALSE_START);
    expect(score(round, caught).detail.falseStarts).toBe(1);
  });

  it(`subtracts PENALTY_MISS (${T.PENALTY_MISS}) per missed, late or rejected trial; an untouched catch trial is no miss`, () => {
    const clean = score(round, player(300)).score;
    expect(score(round, player(300)).detail.misses).toBe(0);
    for (const lost of [undefined, { outcome: 'late', rtMs: null }, { outcome: 'rejected', rtMs: null }] as const) {
      const p = player(300, { [normalIdx[2] as number]: lost });
      expect(score(round, p).score, String(lost?.outcome)).toBe(clean - T.PENALTY_MISS);
      expect(score(round, p).detail).toMatchObject({ hits: normalIdx.length - 1, misses: 1 });
    }
  });

  it('never goes below zero', () => {
    const all: Record<number, TrialResult> = {};
    round.trials.forEach((_, i) => { all[i] = { outcome: 'false-start', rtMs: null }; });
    expect(score(round, { results: all }).score).toBe(0);
    expect(score(round, player(T.SCORE_SLOW_MS - 20, { [catchIdx]: { outcome: 'false-start', rtMs: null } })).score).toBe(0);
  });

  it('a faster median never gives a lower score', () => {
    let previous = Infinity;
    const seen = new Set<number>();
    for (let rt = 100; rt <= T.RESPONSE_WINDOW_MS; rt += 5) {
      const s = score(round, player(rt)).score;
      expect(s, `rt ${rt}`).toBeLessThanOrEqual(previous);
      previous = s;
      seen.add(s);
    }
    expect(seen.size).toBeGreaterThan(100);
  });

  it('matches the formula and stays within [0, SCORE_MAX] for random players', () => {
    const rng = createRng(1234);
    const outcomes: Outcome[] = ['hit', 'hit', 'hit', 'false-start', 'late', 'rejected'];
    for (let n = 0; n < 1000; n++) {
      const results: Record<number, TrialResult> = {};
      round.trials.forEach((_, i) => {
        if (rng.next() < 0.2) return;
        const outcome = rng.pick(outcomes);
        results[i] = { outcome, rtMs: outcome === 'hit' ? rng.int(100, T.RESPONSE_WINDOW_MS * 10) / 10 : null };
      });
      const p = { results };
      const s = score(round, p);
      expect(Number.isInteger(s.score)).toBe(true);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(T.SCORE_MAX);
      expect(s.score).toBe(expectedScore(p));
    }
  });
});
