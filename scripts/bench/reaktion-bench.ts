import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanupAll } from './child-processes.ts';
import { printScenario, type ScenarioResult } from './report.ts';
import { runScenario, type ScenarioSpec } from './scenario.ts';

// `npm run bench`: load figures for Reaktion rounds against the real server on loopback.
// It prints figures and does not pass or fail; exit 1 only when it could not run at all.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_BOTS_PER_PROCESS = 250;

const SCENARIOS: Record<string, Omit<ScenarioSpec, 'botsPerProcess' | 'lightBots'>> = {
  // A class: one session of 30 players playing a 10-round playlist.
  small: { name: 'small', players: 30, rounds: 10 },
  // A big event: one session of 500 players, one round.
  big: { name: 'big', players: 500, rounds: 1 },
};

const USAGE = `usage: npm run bench -- [--scenario small|big|both] [--players N] [--rounds N] [--bots-per-process N] [--light-bots] [--json FILE]
  small  one session, 30 players, 10 rounds (about 5–6 minutes)
  big    one session, 500 players, 1 round (about 1 minute)
  --players / --rounds override the chosen scenario(s); default: both scenarios, 250 bots per process.
  --light-bots: bots do not decode state patches (diagnostic: shows the server without the bots' decoding load).
  --json FILE also writes every raw figure (samples, latencies) there for a closer look.
  env BENCH_SERVER_NODE_ARGS adds node flags to the server child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".`;

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { specs: ScenarioSpec[]; jsonFile: string | null } {
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (arg === '--light-bots') {
      opts.set('light-bots', 'yes');
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) fail(`unknown argument "${arg}"\n${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) fail(`--${m[1]} needs a value\n${USAGE}`);
    opts.set(m[1] as string, value);
  }
  const positive = (name: string, max: number): number | undefined => {
    const raw = opts.get(name);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max) fail(`--${name} must be a whole number from 1 to ${max}, got "${raw}"`);
    return n;
  };
  for (const key of opts.keys()) if (!['scenario', 'players', 'rounds', 'bots-per-process', 'json', 'light-bots'].includes(key)) fail(`unknown option --${key}\n${USAGE}`);
  const which = opts.get('scenario') ?? 'both';
  const names = which === 'both' ? ['small', 'big'] : [which];
  const players = positive('players', 2000);
  const rounds = positive('rounds', 10);
  const botsPerProcess = positive('bots-per-process', 1000) ?? DEFAULT_BOTS_PER_PROCESS;
  const specs = names.map((name) => {
    const base = SCENARIOS[name];
    if (!base) fail(`unknown scenario "${name}" (small, big or both)`);
    return { ...base, players: players ?? base.players, rounds: rounds ?? base.rounds, botsPerProcess, lightBots: opts.has('light-bots') };
  });
  return { specs, jsonFile: opts.get('json') ?? null };
}

let interrupted = false;
async function onSignal(signal: string): Promise<void> {
  if (interrupted) return;
  interrupted = true;
  console.error(`\nbench: ${signal} — stopping the server and the bots…`);
  await cleanupAll();
  process.exit(130);
}

async function main(): Promise<void> {
  const { specs, jsonFile } = parseArgs(process.argv.slice(2));
  if (!existsSync('/proc/self/stat')) fail('this bench reads /proc to measure CPU and memory: run it on Linux.');
  process.on('SIGINT', () => void onSignal('SIGINT'));
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
  const results: ScenarioResult[] = [];
  for (const spec of specs) {
    const t0 = performance.now();
    const log = (line: string) => console.log(`[${spec.name} ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);
    let result: ScenarioResult;
    try {
      result = await runScenario(ROOT, spec, log);
    } catch (err) {
      await cleanupAll();
      fail(`scenario "${spec.name}" could not run: ${(err as Error).message}`);
    }
    results.push(result);
    printScenario(result);
    if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results));
  }
  await cleanupAll();
  const empty = results.filter((r) => r.joined === 0);
  if (empty.length) fail(`no player could join in: ${empty.map((r) => r.name).join(', ')} (see the table above).`);
  process.exit(0);
}

main().catch(async (err) => {
  await cleanupAll();
  fail(`unexpected error: ${(err as Error).stack ?? err}`);
});
