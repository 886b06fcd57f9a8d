import { quantile } from '../../shared/core/stats.ts';
import { INPUT_KINDS, type InputKind, type LatencySummary } from '../../shared/protocol/hardware.ts';

// Transport latency per input kind in one round (issue 23 §3, shown at Reaktion's reveal): the
// time from a press (on the server clock) to its arrival at the server. A box that times itself
// loses nothing to it; a phone's claim is checked against it.


const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** Samples kept per kind and round (a round of 2,000 phones × 5 trials fits). */
const MAX_SAMPLES = 20_000;

export class InputLatency {
  private readonly samples = new Map<InputKind, number[]>();

  /** One press of `kind` arrived `ms` after it happened (negative values are clock error: kept, they show the sync quality). */
  add(kind: InputKind, ms: number): void {
    if (!Number.isFinite(ms)) return;
    const list = this.samples.get(kind) ?? [];
    if (list.length < MAX_SAMPLES) list.push(ms);
    this.samples.set(kind, list);
  }

  clear(): void {
    this.samples.clear();
  }

  summary(): LatencySummary {
    const out = {} as LatencySummary;
    for (const kind of INPUT_KINDS) {
      const list = this.samples.get(kind) ?? [];
      out[kind] = { n: list.length, p50Ms: round1(quantile(list, 0.5)), p99Ms: round1(quantile(list, 0.99)) };
    }
    return out;
  }
}
