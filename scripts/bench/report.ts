import { availableParallelism } from 'node:os';
import { quantile } from '../../shared/core/stats.ts';
import type { WorkerReport } from './bot-fleet.ts';
import type { ProcSample } from './proc-sampler.ts';

// Turns the raw figures of one scenario into the table the bench prints. It only
// describes; it never judges pass or fail.

/** One server process of a run (scale-out runs have several). */
export interface ServerProcess {
  name: string;
  pid: number;
  rssStartMb: number;
  samples: ProcSample[];
}

export interface ScenarioResult {
  name: string;
  /** Which server ran: ours or the bare Colyseus reference. */
  kind: 'ours' | 'bare';
  /** How the players were organised, e.g. "one session, 10 rounds". */
  layout: string;
  players: number;
  sessions: number;
  joined: number;
  joinFailures: Record<string, number>;
  joinWallS: number;
  joinMs: number[];
  rounds: number;
  wallS: number;
  /** From the first round's start to the last round's end (after the joins). */
  roundsWallS: number;
  workers: WorkerReport[];
  hostErrors: Record<string, number>;
  revealDelaysMs: number[];
  /** The first server process's samples (all of them: `processes`). */
  server: ProcSample[];
  serverRssStartMb: number;
  processes: ServerProcess[];
  bots: ProcSample[][];
  /** All cores together, every process on the machine (200 % = both cores of two busy). */
  machine: ProcSample[];
  /** This orchestrator (it runs the host client and the sampler). */
  bench: ProcSample[];
  loadAvgStart: number;
  loadAvgEnd: number;
  serverLog: string[];
  /** Set when the scenario stopped early; the figures are then partial. */
  failure: string | null;
}

const f = (n: number | null, digits = 1): string => (n === null || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const max = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => Math.max(a, b), -Infinity) : null);

function merge(maps: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of maps) for (const [k, n] of Object.entries(m)) out[k] = (out[k] ?? 0) + n;
  return out;
}

function counts(m: Record<string, number>): string {
  const entries = Object.entries(m).toSorted((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([k, n]) => `${k} ${n}`).join(', ') : 'none';
}

const cpu = (s: ProcSample[], tag?: string): number[] => s.filter((x) => !tag || x.tag === tag).map((x) => x.cpuPct);

function spread(xs: number[], qs: number[]): string {
  return qs.map((q) => f(q >= 1 ? max(xs) : quantile(xs, q))).join(' / ');
}

/** Above this mean CPU of other processes (% of one core) the table carries a warning. */
const OTHER_LOAD_WARN_PCT = 25;

/** Mean CPU of everything else on the machine during the run (other people's tests…). */
function otherCpu(r: ScenarioResult): number | null {
  const ours = [...r.processes.map((p) => p.samples), r.bench, ...r.bots].map((s) => mean(cpu(s)) ?? 0).reduce((a, b) => a + b, 0);
  const all = mean(cpu(r.machine));
  return all === null ? null : Math.max(0, all - ours);
}

/** Scale-out: players and ack latency per server address the bots were sent to by the matchmaker. */
function perAddress(w: WorkerReport[]): [string, string][] {
  const merged = new Map<string, { players: number; latenciesMs: number[] }>();
  for (const x of w) {
    for (const [address, v] of Object.entries(x.byAddress ?? {})) {
      const m = merged.get(address) ?? { players: 0, latenciesMs: [] };
      m.players += v.players;
      m.latenciesMs.push(...v.latenciesMs);
      merged.set(address, m);
    }
  }
  return [...merged].toSorted().map(([address, m]) => [`  ${address}: players; ack p50 / p99`, `${m.players}; ${spread(m.latenciesMs, [0.5, 0.99])} ms`]);
}

/** The rows of one scenario's table as [label, value]. */
export function tableRows(r: ScenarioResult): [string, string][] {
  const w = r.workers;
  const latencies = w.flatMap((x) => x.latenciesMs);
  const cueLag = w.flatMap((x) => x.cueLagMs);
  const sum = (pick: (x: WorkerReport) => number) => w.reduce((n, x) => n + pick(x), 0);
  const botMeans = r.bots.map((s) => f(mean(cpu(s)), 0) + ' %');
  return [
    ['layout', r.layout],
    ['players joined / wanted', `${r.joined} / ${r.players}`],
    ['join failures', counts(r.joinFailures)],
    ['join wall time; per join p50 / p95 / max', `${f(r.joinWallS)} s; ${spread(r.joinMs, [0.5, 0.95, 1])} ms`],
    ['rounds', String(r.rounds)],
    ['answers sent', String(sum((x) => x.sent))],
    ['acks received (unacked)', `${sum((x) => x.acked)} (${sum((x) => x.unacked)})`],
    ['ack outcomes', counts(merge(w.map((x) => x.outcomes)))],
    ['errors by code (acks + error msgs)', counts(merge(w.map((x) => x.errors)))],
    ['host errors', counts(r.hostErrors)],
    ['dropped connections', String(sum((x) => x.drops))],
    ['ack latency p50 / p95 / p99 / max', `${spread(latencies, [0.5, 0.95, 0.99, 1])} ms`],
    ['stimulus cue lag p50 / p99 / max', `${spread(cueLag, [0.5, 0.99, 1])} ms`],
    ['reveal after play end, max', `${f(max(r.revealDelaysMs), 0)} ms`],
    ['server CPU mean: whole run / play', `${f(mean(cpu(r.server)), 0)} % / ${f(mean(cpu(r.server, 'play')), 0)} % of one core`],
    ['server CPU peak (500 ms sample)', `${f(max(cpu(r.server)), 0)} % of one core`],
    ['server RSS start / peak', `${f(r.serverRssStartMb, 0)} MB / ${f(max(r.server.map((x) => x.rssMb)), 0)} MB`],
    ...(r.processes.length > 1 ? perAddress(w) : []),
    ...(r.processes.length > 1 ? r.processes.map((p): [string, string] => [
      `  ${p.name}: CPU mean run / play; RSS start / peak`,
      `${f(mean(cpu(p.samples)), 0)} % / ${f(mean(cpu(p.samples, 'play')), 0)} %; ${f(p.rssStartMb, 0)} / ${f(max(p.samples.map((x) => x.rssMb)), 0)} MB`,
    ]) : []),
    [`bots' CPU mean per process (${r.bots.length})`, `${botMeans.join(', ')}; peak ${f(max(r.bots.flatMap((s) => cpu(s))), 0)} %`],
    ["bots' event-loop delay after joins p99 / max", `${f(max(w.map((x) => x.loopDelayP99Ms)))} / ${f(max(w.map((x) => x.loopDelayMaxMs)))} ms`],
    ['machine CPU mean (all processes, all cores)', `${f(mean(cpu(r.machine)), 0)} % of one core, of which not this bench: ${f(otherCpu(r), 0)} %`],
    ['machine load average (1 min) start / end', `${f(r.loadAvgStart, 2)} / ${f(r.loadAvgEnd, 2)} (${availableParallelism()} cores)`],
    ['wall time', `${f(r.wallS)} s`],
  ];
}

/** Prints one scenario's table, plus anything unusual the server logged. */
export function printScenario(r: ScenarioResult): void {
  const rows = tableRows(r);
  const width = Math.max(...rows.map(([label]) => label.length));
  const title = `Reaktion bench — scenario "${r.name}" on ${r.kind === 'bare' ? 'bare Colyseus' : 'our server'}: ${r.players} players, ${r.rounds} round${r.rounds === 1 ? '' : 's'}`;
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
  if (r.failure) console.log(`!! stopped early: ${r.failure} (figures below are partial)`);
  const other = otherCpu(r);
  if (other !== null && other > OTHER_LOAD_WARN_PCT) {
    console.log(`!! other processes used ${other.toFixed(0)} % of one core meanwhile: latency and CPU figures are disturbed`);
  }
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  if (r.serverLog.length) {
    console.log(`server log (${r.serverLog.length} line${r.serverLog.length === 1 ? '' : 's'} after start; first 8 distinct):`);
    for (const line of [...new Set(r.serverLog)].slice(0, 8)) console.log(`  | ${line.slice(0, 200)}`);
  } else {
    console.log('server log: nothing after start (no warnings)');
  }
}
