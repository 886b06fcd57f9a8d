import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capacitySearch } from './capacity-search.ts';
import { cleanupAll } from './child-processes.ts';
import { printComparison } from './compare.ts';
import { printScenario, type ScenarioResult } from './report.ts';
import { runScenario, type ScenarioSpec } from './scenario.ts';
import type { ServerKind } from './server-child.ts';

// `npm run bench`: load figures for Reaktion rounds against the real server on loopback,
// each scenario also against a bare Colyseus 0.18 room with the same bots (the reference),
// printed side by side. It prints figures and does not pass or fail; exit 1 only when it
// could not run at all.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Preset {
  players: number;
  /** Players per session; default: all in one. */
  perSession?: number;
  rounds: number;
  botsPerProcess: number;
  lightBots: boolean;
}

const PRESETS: Record<string, Preset> = {
  // A class: one session of 30 players playing a 10-round playlist.
  small: { players: 30, rounds: 10, botsPerProcess: 250, lightBots: false },
  // A big event: one session of 500 players, one round.
  big: { players: 500, rounds: 1, botsPerProcess: 250, lightBots: false },
  // A hall: 2,000 players in one round (light bots: a bot process decoding 1,000 states saturates a core).
  huge: { players: 2000, rounds: 1, botsPerProcess: 1000, lightBots: true },
  // Many classes on one process: 30-player sessions, more and more, until ack p99 passes 100 ms.
  capacity: { players: 1920, perSession: 30, rounds: 1, botsPerProcess: 500, lightBots: true },
  // Two processes behind one address (REDIS_URL + DATABASE_URL): 1,000 players in 30-player sessions.
  scaleout: { players: 1000, perSession: 30, rounds: 1, botsPerProcess: 500, lightBots: true },
};

const USAGE = `usage: npm run bench -- [--scenario NAME[,NAME…]|all] [--against both|ours|bare] [--players N] [--rounds N] [--bots-per-process N] [--light-bots] [--json FILE]
  small     one session, 30 players, 10 rounds (about 5–6 minutes per server)
  big       one session, 500 players, 1 round (about 1 minute per server)
  huge      one session, 2,000 players, 1 round (light bots)
  capacity  30-player sessions, 60 → 1,920 players, until ack p99 passes 100 ms (light bots; --players caps it)
  scaleout  two server processes (needs REDIS_URL and DATABASE_URL), 1,000 players in 30-player sessions; ours only
  default: small,big. Each scenario runs on our server and on a bare Colyseus room (--against), then prints both side by side.
  --players / --rounds override the chosen scenario(s); the server's MAX_PLAYERS follows the players per session.
  --light-bots: bots do not decode state patches (shows the server without the bots' decoding load).
  --json FILE also writes every raw figure (samples, latencies) there for a closer look.
  env BENCH_SERVER_NODE_ARGS adds node flags to the server child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".`;

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

interface Args {
  names: string[];
  kinds: ServerKind[];
  players?: number;
  rounds?: number;
  botsPerProcess?: number;
  lightBots: boolean;
  jsonFile: string | null;
}

function parseArgs(argv: string[]): Args {
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
  for (const key of opts.keys()) if (!['scenario', 'against', 'players', 'rounds', 'bots-per-process', 'json', 'light-bots'].includes(key)) fail(`unknown option --${key}\n${USAGE}`);
  const which = opts.get('scenario') ?? 'small,big';
  const names = which === 'all' ? Object.keys(PRESETS) : which === 'both' ? ['small', 'big'] : which.split(',');
  for (const name of names) if (!PRESETS[name]) fail(`unknown scenario "${name}" (${Object.keys(PRESETS).join(', ')} or all)`);
  const against = opts.get('against') ?? 'both';
  if (!['both', 'ours', 'bare'].includes(against)) fail(`--against must be both, ours or bare, got "${against}"`);
  return {
    names,
    kinds: against === 'both' ? ['ours', 'bare'] : [against as ServerKind],
    players: positive('players', 2000),
    rounds: positive('rounds', 10),
    botsPerProcess: positive('bots-per-process', 1000),
    lightBots: opts.has('light-bots'),
    jsonFile: opts.get('json') ?? null,
  };
}

let interrupted = false;
async function onSignal(signal: string): Promise<void> {
  if (interrupted) return;
  interrupted = true;
  console.error(`\nbench: ${signal} — stopping the servers and the bots…`);
  await cleanupAll();
  process.exit(130);
}

/** The scale-out processes' environment, or a reason it cannot run. */
function scaleOutEnv(): Record<string, string>[] | string {
  const { REDIS_URL, DATABASE_URL } = process.env;
  if (!REDIS_URL || !DATABASE_URL) return 'scaleout needs REDIS_URL and DATABASE_URL (your own database: see README, "Benchmarks")';
  return [{ REDIS_URL, DATABASE_URL }, { REDIS_URL, DATABASE_URL }];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync('/proc/self/stat')) fail('this bench reads /proc to measure CPU and memory: run it on Linux.');
  process.on('SIGINT', () => void onSignal('SIGINT'));
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
  const results: ScenarioResult[] = [];
  const keep = (r: ScenarioResult) => {
    results.push(r);
    if (args.jsonFile) writeFileSync(args.jsonFile, JSON.stringify(results));
  };
  for (const name of args.names) {
    const preset = PRESETS[name] as Preset;
    const t0 = performance.now();
    const log = (line: string) => console.log(`[${name} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`);
    const players = args.players ?? preset.players;
    const base = {
      name, players, perSession: Math.min(players, preset.perSession ?? players), rounds: args.rounds ?? preset.rounds,
      botsPerProcess: args.botsPerProcess ?? preset.botsPerProcess, lightBots: args.lightBots || preset.lightBots,
    };
    try {
      if (name === 'capacity') {
        await capacitySearch(ROOT, base, args.kinds, players, log, keep);
        continue;
      }
      const runs = new Map<ServerKind, ScenarioResult>();
      const env = name === 'scaleout' ? scaleOutEnv() : undefined;
      if (typeof env === 'string') {
        console.log(`\nbench: skipping scenario "${name}": ${env}`);
        continue;
      }
      for (const kind of name === 'scaleout' ? (['ours'] as ServerKind[]) : args.kinds) {
        const spec: ScenarioSpec = { ...base, kind, ...(env ? { scaleOut: env } : {}) };
        const r = await runScenario(ROOT, spec, (line) => log(`${kind}: ${line}`));
        keep(r);
        printScenario(r);
        runs.set(kind, r);
      }
      const ours = runs.get('ours');
      const bare = runs.get('bare');
      if (ours && bare) printComparison(`"${name}", ${players} players${base.perSession < players ? ` in sessions of ${base.perSession}` : ''}`, ours, bare);
    } catch (err) {
      await cleanupAll();
      fail(`scenario "${name}" could not run: ${(err as Error).message}`);
    }
  }
  await cleanupAll();
  const empty = results.filter((r) => r.joined === 0);
  if (empty.length) fail(`no player could join in: ${empty.map((r) => `${r.name} (${r.kind})`).join(', ')} (see the tables above).`);
  process.exit(0);
}

main().catch(async (err) => {
  await cleanupAll();
  fail(`unexpected error: ${(err as Error).stack ?? err}`);
});
