import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.ts';
import { LEVELS, createRound } from './rules.ts';
import * as T from './timing.ts';

// The foreperiod (ready signal → stimulus) must not "age": if the stimulus has not come yet,
// it should be about as likely to come in the next moment as it was at the start, so waiting
// longer gives no hint (Niemi & Näätänen 1981). An exponential has a flat hazard; ours is an
// exponential of mean FOREPERIOD_MEAN_EXTRA_MS on top of FOREPERIOD_MIN_MS, cut at
// FOREPERIOD_MAX_MS (the cut makes the stimulus certain at the very end, so the hazard
// check below only looks at the first 2 s of the 3.3 s variable part).

const SPAN_MS = T.FOREPERIOD_MAX_MS - T.FOREPERIOD_MIN_MS;
const MEAN_MS = T.FOREPERIOD_MEAN_EXTRA_MS;
const WINDOW_MS = 500;
const WINDOWS_CHECKED = 4;

/** Foreperiod minus the minimum, for every trial of many rounds (all levels, many seeds). */
const extras: number[] = [];
for (let s = 0; s < 3000; s++) {
  for (const t of createRound(s * 2654435761 + 17, LEVELS[s % LEVELS.length] as number).trials) {
    extras.push(t.onsetMs - t.startMs - T.FOREPERIOD_MIN_MS);
  }
}

/** P(stimulus within the next WINDOW_MS | none during the first k windows), for k = 0, 1, … */
function hazards(sample: readonly number[]): number[] {
  return Array.from({ length: WINDOWS_CHECKED }, (_, k) => {
    const waiting = sample.filter((x) => x >= k * WINDOW_MS);
    return waiting.filter((x) => x < (k + 1) * WINDOW_MS).length / waiting.length;
  });
}

/**
 * The check: the chance of the stimulus in the next 500 ms, given none so far, measured
 * 0.5 s, 1 s and 1.5 s into the variable part, is within a factor 0.8–1.3 of that chance in
 * the first 500 ms. (Theory for the cut exponential: 0.385, 0.396, 0.417, 0.454 — ratios up
 * to 1.18. A uniform foreperiod over the same range gives ratios 1.18, 1.43, 1.83.)
 */
function hazardLooksFlat(sample: readonly number[]): boolean {
  const [first, ...later] = hazards(sample) as [number, ...number[]];
  return later.every((h) => h / first >= 0.8 && h / first <= 1.3);
}

/** CDF of the exponential with mean MEAN_MS cut at SPAN_MS. */
const cdf = (x: number): number => (1 - Math.exp(-x / MEAN_MS)) / (1 - Math.exp(-SPAN_MS / MEAN_MS));

describe('Reaktion foreperiod distribution', () => {
  it('uses enough samples for the statistics below', () => {
    expect(extras.length).toBe(3000 * T.TRIALS_PER_ROUND);
  });

  it('has a roughly flat hazard: waiting longer does not make the stimulus much more likely', () => {
    const h = hazards(extras);
    expect(hazardLooksFlat(extras), `hazards ${h.map((x) => x.toFixed(3)).join(', ')}`).toBe(true);
  });

  it('the hazard check does catch an aging (uniform) foreperiod', () => {
    const rng = createRng(1);
    const uniform = extras.map(() => rng.int(0, SPAN_MS));
    expect(hazardLooksFlat(uniform)).toBe(false);
  });

  it('follows the cut exponential: CDF within 0.015 everywhere, mean within 3 %', () => {
    const sorted = extras.toSorted((a, b) => a - b);
    let worst = 0;
    for (let x = 0; x <= SPAN_MS; x += 25) {
      // Values are whole milliseconds: "≤ x" holds for raw values below x + 0.5.
      const below = sorted.findIndex((v) => v > x);
      const empirical = (below === -1 ? sorted.length : below) / sorted.length;
      worst = Math.max(worst, Math.abs(empirical - cdf(Math.min(SPAN_MS, x + 0.5))));
    }
    expect(worst).toBeLessThan(0.015);
    const expectedMean = MEAN_MS - (SPAN_MS * Math.exp(-SPAN_MS / MEAN_MS)) / (1 - Math.exp(-SPAN_MS / MEAN_MS));
    const mean = extras.reduce((s, x) => s + x, 0) / extras.length;
    expect(Math.abs(mean - expectedMean) / expectedMean).toBeLessThan(0.03);
  });
});
