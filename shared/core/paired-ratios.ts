import { median, quantile } from './stats.ts';

// A benchmark's "with X / without X" figure that one bad tick cannot decide: both scenarios
// play the same number of rounds side by side (round k of one right after round k of the
// other, so a load change on a shared machine hits both); the warm-up rounds are dropped,
// each remaining pair gives one ratio of their quantiles, and the figure is the median of
// those ratios with its spread (min–max).

/** The paired figure: one ratio per kept round, their median, smallest and largest. */
export interface PairedRatios {
  ratios: number[];
  median: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Per-round ratios `quantile(treated[k], q) / quantile(base[k], q)` for rounds k ≥ `warmup`
 * (samples in any unit, e.g. ms), and their median and spread. A round missing on either
 * side, empty, or with a base quantile of 0 gives no ratio. Throws on q outside [0, 1] or a
 * negative warmup.
 */
export function pairedRatios(base: readonly (readonly number[])[], treated: readonly (readonly number[])[], q: number, warmup = 1): PairedRatios {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is not in [0, 1]`);
  if (!Number.isInteger(warmup) || warmup < 0) throw new RangeError(`warmup ${warmup} is not a whole number ≥ 0`);
  const ratios: number[] = [];
  for (let k = warmup; k < Math.min(base.length, treated.length); k++) {
    const b = quantile(base[k] ?? [], q);
    const t = quantile(treated[k] ?? [], q);
    if (b === null || t === null || b <= 0) continue;
    ratios.push(t / b);
  }
  return { ratios, median: median(ratios), min: ratios.length ? Math.min(...ratios) : null, max: ratios.length ? Math.max(...ratios) : null };
}
