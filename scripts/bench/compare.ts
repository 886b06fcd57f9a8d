import { quantile } from '../../shared/core/stats.ts';
import { SAMPLE_INTERVAL_MS, type ProcSample } from './proc-sampler.ts';
import type { ScenarioResult } from './report.ts';

// Ours next to the bare Colyseus reference from the same bench run, with ratios: on a
// shared, noisy machine only figures measured side by side compare. Describes, never judges.

/** The figures the comparison is made of (null when a run did not produce them). */
export interface KeyFigures {
  joined: number;
  joinFailures: number;
  /** Server CPU time (all server processes) from the first round to the last, per acked answer, ms. */
  cpuMsPerAnswer: number | null;
  ackP50Ms: number | null;
  ackP99Ms: number | null;
  /** Message bytes the server sent to each player per second of rounds. */
  bytesPerPlayerS: number | null;
  rssStartMb: number;
  rssPeakMb: number | null;
}

/** Phases that belong to the rounds (after the joins, before the end). */
const ROUND_TAGS = new Set(['lobby', 'countdown', 'play', 'reveal', 'scoreboard', 'gap', 'podium']);

const cpuMs = (samples: ProcSample[]): number =>
  samples.filter((s) => ROUND_TAGS.has(s.tag)).reduce((ms, s) => ms + (s.cpuPct / 100) * SAMPLE_INTERVAL_MS, 0);

/** Condenses one run into the figures compared. */
export function keyFigures(r: ScenarioResult): KeyFigures {
  const latencies = r.workers.flatMap((w) => w.latenciesMs);
  const acked = r.workers.reduce((n, w) => n + w.acked, 0);
  const bytes = r.workers.reduce((n, w) => n + (w.bytesIn ?? 0), 0);
  const cpu = r.processes.reduce((ms, p) => ms + cpuMs(p.samples), 0);
  const peaks = r.processes.map((p) => Math.max(0, ...p.samples.map((s) => s.rssMb)));
  return {
    joined: r.joined,
    joinFailures: Object.values(r.joinFailures).reduce((a, b) => a + b, 0),
    cpuMsPerAnswer: acked > 0 ? cpu / acked : null,
    ackP50Ms: latencies.length ? quantile(latencies, 0.5) : null,
    ackP99Ms: latencies.length ? quantile(latencies, 0.99) : null,
    bytesPerPlayerS: r.joined > 0 && r.roundsWallS > 0 ? bytes / r.joined / r.roundsWallS : null,
    rssStartMb: r.processes.reduce((n, p) => n + p.rssStartMb, 0),
    rssPeakMb: peaks.length ? peaks.reduce((a, b) => a + b, 0) : null,
  };
}

const f = (n: number | null, digits = 1): string => (n === null || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const ratio = (a: number | null, b: number | null): string => (a === null || b === null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);

/** The comparison rows: [label, ours, bare, ours/bare]. */
export function comparisonRows(ours: KeyFigures, bare: KeyFigures): [string, string, string, string][] {
  return [
    ['players joined (failed)', `${ours.joined} (${ours.joinFailures})`, `${bare.joined} (${bare.joinFailures})`, ''],
    ['server CPU per answer, ms', f(ours.cpuMsPerAnswer, 3), f(bare.cpuMsPerAnswer, 3), ratio(ours.cpuMsPerAnswer, bare.cpuMsPerAnswer)],
    ['ack latency p50, ms', f(ours.ackP50Ms), f(bare.ackP50Ms), ratio(ours.ackP50Ms, bare.ackP50Ms)],
    ['ack latency p99, ms', f(ours.ackP99Ms), f(bare.ackP99Ms), ratio(ours.ackP99Ms, bare.ackP99Ms)],
    ['bytes sent per player per second', f(ours.bytesPerPlayerS, 0), f(bare.bytesPerPlayerS, 0), ratio(ours.bytesPerPlayerS, bare.bytesPerPlayerS)],
    ['server RSS at start, MB', f(ours.rssStartMb, 0), f(bare.rssStartMb, 0), ratio(ours.rssStartMb, bare.rssStartMb)],
    ['server RSS peak, MB', f(ours.rssPeakMb, 0), f(bare.rssPeakMb, 0), ratio(ours.rssPeakMb, bare.rssPeakMb)],
    ['server RSS peak − start, MB', f(sub(ours.rssPeakMb, ours.rssStartMb), 0), f(sub(bare.rssPeakMb, bare.rssStartMb), 0), ''],
  ];
}

const sub = (a: number | null, b: number): number | null => (a === null ? null : a - b);

/** Prints ours beside bare for one scenario. */
export function printComparison(title: string, ours: ScenarioResult, bare: ScenarioResult): void {
  const rows: [string, string, string, string][] = [['', 'ours', 'bare', 'ours/bare'], ...comparisonRows(keyFigures(ours), keyFigures(bare))];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]?.length ?? 0)));
  const head = `Ours vs bare Colyseus 0.18 — ${title}`;
  console.log(`\n${head}\n${'-'.repeat(head.length)}`);
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[c] as number))).join('  '));
  if (ours.failure || bare.failure) console.log(`!! a run stopped early (${ours.failure ?? bare.failure}): figures are partial`);
}
