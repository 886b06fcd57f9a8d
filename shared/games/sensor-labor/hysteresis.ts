import { createRng } from '../../core/rng.ts';

// Level 3: a noisy analog sensor signal and a Schmitt trigger that turns it into a clean
// switching output. The output switches on above T + H/2 and off below T - H/2.

/** Signal values are 0..SIGNAL_MAX (percent of the measuring range). */
export const SIGNAL_MAX = 100;
/** Allowed settings: threshold 0..100, hysteresis 0..MAX_HYSTERESIS. */
export const MAX_HYSTERESIS = 60;

export interface PartWindow {
  /** First sample of the part's rising ramp. */
  start: number;
  /** Last sample of its falling ramp. */
  end: number;
}

export interface Signal {
  samples: number[];
  parts: PartWindow[];
  /** A setting that counts every part exactly once (the debrief's ideal). */
  ideal: { threshold: number; hysteresis: number };
}

export interface SignalShape {
  parts: number;
  /** Noise is uniform in [-noise, +noise]. */
  noise: number;
  /** Slow drift of the whole signal, at most +-drift. */
  drift: number;
  /** Upward spikes in the gaps between parts (one sample each), at most this high. */
  spike: number;
  spikes: number;
  baseline: number;
  plateau: number;
  /** Ramp length in samples: noise on a slow ramp is what makes a bare threshold chatter. */
  ramp: number;
}

export const LEVEL3_SHAPE: SignalShape = { parts: 5, noise: 7, drift: 5, spike: 16, spikes: 3, baseline: 20, plateau: 75, ramp: 10 };

/** Counts the off→on switchings of a Schmitt trigger and returns its output per sample. */
export function schmitt(samples: readonly number[], threshold: number, hysteresis: number): { output: boolean[]; onEdges: number[] } {
  const on = threshold + hysteresis / 2;
  const off = threshold - hysteresis / 2;
  let state = false;
  const output: boolean[] = [];
  const onEdges: number[] = [];
  samples.forEach((x, i) => {
    if (!state && x > on) {
      state = true;
      onEdges.push(i);
    } else if (state && x < off) state = false;
    output.push(state);
  });
  return { output, onEdges };
}

export interface CountResult {
  /** Parts counted exactly once. */
  counted: number;
  /** Parts that never switched the output on. */
  missed: number;
  /** Extra switchings: a part counted more than once, or a switching with no part there. */
  chatter: number;
  edges: number;
}

/** Compares the switchings with the parts that really passed. */
export function countParts(samples: readonly number[], parts: readonly PartWindow[], threshold: number, hysteresis: number): CountResult {
  const { onEdges } = schmitt(samples, threshold, hysteresis);
  const perPart = parts.map(() => 0);
  let stray = 0;
  for (const e of onEdges) {
    const i = parts.findIndex((p) => e >= p.start && e <= p.end);
    if (i >= 0) perPart[i] = (perPart[i] as number) + 1;
    else stray++;
  }
  const counted = perPart.filter((n) => n === 1).length;
  const missed = perPart.filter((n) => n === 0).length;
  const chatter = stray + perPart.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  return { counted, missed, chatter, edges: onEdges.length };
}

/** Builds a signal from a seed: parts as plateaus with ramps, bounded noise, spikes, drift. */
export function generateSignal(seed: number, shape: SignalShape = LEVEL3_SHAPE): Signal {
  const rng = createRng(seed);
  const gapLen = () => rng.int(14, 24);
  const plateauLen = () => rng.int(10, 18);
  // Levels (without noise) along the time axis; parts are remembered as sample windows.
  const levels: number[] = [];
  const parts: PartWindow[] = [];
  const gaps: [number, number][] = [];
  const pushGap = () => {
    const from = levels.length;
    for (let i = 0, n = gapLen(); i < n; i++) levels.push(shape.baseline);
    gaps.push([from, levels.length - 1]);
  };
  pushGap();
  for (let p = 0; p < shape.parts; p++) {
    const start = levels.length;
    const rise = shape.plateau - shape.baseline;
    for (let i = 1; i <= shape.ramp; i++) levels.push(shape.baseline + (rise * i) / (shape.ramp + 1));
    for (let i = 0, n = plateauLen(); i < n; i++) levels.push(shape.plateau);
    for (let i = shape.ramp; i >= 1; i--) levels.push(shape.baseline + (rise * i) / (shape.ramp + 1));
    parts.push({ start, end: levels.length - 1 });
    pushGap();
  }
  // Drift: one slow sine period over the whole signal, phase from the seed.
  const phase = rng.next() * 2 * Math.PI;
  const samples = levels.map((lvl, i) => {
    const drift = shape.drift * Math.sin(phase + (2 * Math.PI * i) / levels.length);
    const noise = (rng.next() * 2 - 1) * shape.noise;
    return lvl + drift + noise;
  });
  // Spikes (a contact bounce, a welding pulse) only in gaps, away from the ramps, one per sample.
  const spiked = new Set<number>();
  for (let s = 0; s < shape.spikes; s++) {
    const [from, to] = rng.pick(gaps);
    if (to - from < 6) continue;
    const at = rng.int(from + 2, to - 2);
    if (spiked.has(at)) continue;
    spiked.add(at);
    samples[at] = (samples[at] as number) + shape.spike * (0.6 + 0.4 * rng.next());
  }
  const rounded = samples.map((x) => Math.round(Math.min(SIGNAL_MAX, Math.max(0, x))));
  // The ideal: on just above the highest gap sample (spikes included), off a little above
  // the gap's drifting baseline, so one low gap sample resets the output.
  const on = shape.baseline + shape.drift + shape.noise + shape.spike + 2;
  const off = shape.baseline + shape.drift + 4;
  return { samples: rounded, parts, ideal: { threshold: (on + off) / 2, hysteresis: on - off } };
}
