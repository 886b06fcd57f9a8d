import { quantile } from '../../shared/core/stats.ts';
import { printScenario, type ScenarioResult } from './report.ts';
import { runScenario, type ScenarioSpec } from './scenario.ts';
import type { ServerKind } from './server-child.ts';

// "How many players per process in 30-player rounds before ack p99 passes 100 ms": more and
// more 30-player sessions at once on one process, ours and the bare reference alternately,
// until each one's p99 passes the limit.

export const CAPACITY_P99_LIMIT_MS = 100;
/** Players per step (multiples of 30: whole sessions). */
const STEPS = [60, 120, 240, 480, 720, 960, 1440, 1920];

interface Step {
  players: number;
  p99: Record<ServerKind, number | null>;
  failed: Record<ServerKind, number>;
}

const p99Of = (r: ScenarioResult): number | null => {
  const xs = r.workers.flatMap((w) => w.latenciesMs);
  return xs.length ? quantile(xs, 0.99) : null;
};

/** Runs the steps up to maxPlayers; prints each run and the summary. */
export async function capacitySearch(rootDir: string, base: Omit<ScenarioSpec, 'kind' | 'players'>, kinds: ServerKind[], maxPlayers: number, log: (line: string) => void, keep: (r: ScenarioResult) => void): Promise<void> {
  const steps: Step[] = [];
  const passed = new Set<ServerKind>();
  for (const players of STEPS.filter((n) => n <= maxPlayers)) {
    const step: Step = { players, p99: { ours: null, bare: null }, failed: { ours: 0, bare: 0 } };
    for (const kind of kinds) {
      if (passed.has(kind)) continue;
      log(`${kind}: ${players} players in ${players / base.perSession} sessions`);
      const r = await runScenario(rootDir, { ...base, kind, players, name: `capacity-${players}` }, log);
      keep(r);
      printScenario(r);
      step.p99[kind] = p99Of(r);
      step.failed[kind] = r.players - r.joined;
      const p99 = step.p99[kind];
      if (p99 === null || p99 > CAPACITY_P99_LIMIT_MS || r.joined < r.players || r.failure) passed.add(kind);
    }
    steps.push(step);
    if (kinds.every((k) => passed.has(k))) break;
  }
  printSummary(steps, kinds, base.perSession);
}

/** The largest step whose p99 stayed within the limit with every player joined. */
function capacityOf(steps: Step[], kind: ServerKind): number {
  let best = 0;
  for (const s of steps) {
    const p99 = s.p99[kind];
    if (p99 === null || p99 > CAPACITY_P99_LIMIT_MS || s.failed[kind] > 0) break;
    best = s.players;
  }
  return best;
}

function printSummary(steps: Step[], kinds: ServerKind[], perSession: number): void {
  const head = `Players per process in ${perSession}-player rounds before ack p99 passes ${CAPACITY_P99_LIMIT_MS} ms`;
  console.log(`\n${head}\n${'-'.repeat(head.length)}`);
  console.log(['players', ...kinds.map((k) => `${k} p99 ms (failed joins)`)].join('  |  '));
  for (const s of steps) {
    console.log([String(s.players).padStart(7), ...kinds.map((k) => `${s.p99[k] === null ? '–' : (s.p99[k] as number).toFixed(1)} (${s.failed[k]})`.padStart(22))].join('  |  '));
  }
  const caps = kinds.map((k) => [k, capacityOf(steps, k)] as const);
  console.log(caps.map(([k, n]) => `${k}: ${n > 0 ? `${n}` : `under ${STEPS[0]}`} players`).join(', '));
  const ours = caps.find(([k]) => k === 'ours')?.[1];
  const bare = caps.find(([k]) => k === 'bare')?.[1];
  if (ours !== undefined && bare) console.log(`ours / bare: ${((ours / bare) * 100).toFixed(0)} % (steps: ${STEPS.join(', ')}; a step's figure is the largest one measured under the limit)`);
}
