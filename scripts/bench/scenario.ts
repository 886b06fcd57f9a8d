import { loadavg } from 'node:os';
import { BareDriver } from './bare-driver.ts';
import { BotFleet, type WorkerReport } from './bot-fleet.ts';
import { freePort } from './child-processes.ts';
import { HostDriver, type RoundDriver } from './host-driver.ts';
import { MACHINE, ProcSampler, rssMb } from './proc-sampler.ts';
import type { ScenarioResult } from './report.ts';
import { startServer, type ServerChild, type ServerKind } from './server-child.ts';

// One scenario run from start to end against one kind of server: fresh server process(es),
// the bot processes, sessions of `perSession` players played through all rounds, with the
// servers and the bots sampled all along.

export interface ScenarioSpec {
  name: string;
  kind: ServerKind;
  players: number;
  /** Players per session: players / perSession sessions run at the same time. */
  perSession: number;
  rounds: number;
  botsPerProcess: number;
  /** Bots skip decoding state patches (isolates the server on a small machine). */
  lightBots: boolean;
  /** Scale-out: the environment of each server process (REDIS_URL, DATABASE_URL); one entry = one process. */
  scaleOut?: Record<string, string>[];
  /** Runs beside the rounds until `stop` aborts at their end (photo uploads: upload-bench.ts). */
  during?: (baseUrl: string, serverPid: number, stop: AbortSignal) => Promise<void>;
}

/** Generous upper bound for one round: 3 s countdown, ~30 s play, 2 s reveal+scoreboard. */
const ROUND_TIMEOUT_MS = 60_000;
const PLAYERS_VISIBLE_TIMEOUT_MS = 60_000;

/** Starts the server process(es): one, or several sharing Redis and PostgreSQL, each with its own public address. */
async function startServers(rootDir: string, spec: ScenarioSpec): Promise<ServerChild[]> {
  if (!spec.scaleOut) return [await startServer(rootDir, { kind: spec.kind, maxPlayers: spec.perSession })];
  const servers: ServerChild[] = [];
  for (const env of spec.scaleOut) {
    const port = await freePort();
    servers.push(await startServer(rootDir, { kind: spec.kind, maxPlayers: spec.perSession, port, env: { ...env, PUBLIC_ADDRESS: `127.0.0.1:${port}` } }));
  }
  return servers;
}

/** Runs one scenario. Throws only if it could not run at all (server or bots did not start). */
export async function runScenario(rootDir: string, spec: ScenarioSpec, log: (line: string) => void): Promise<ScenarioResult> {
  const started = performance.now();
  const loadAvgStart = loadavg()[0] ?? 0;
  const processes = Math.max(1, Math.ceil(spec.players / spec.botsPerProcess));
  const sessions = Math.max(1, Math.ceil(spec.players / spec.perSession));
  log(`starting the ${spec.kind === 'bare' ? 'bare Colyseus reference' : 'server'}${spec.scaleOut ? ` (${spec.scaleOut.length} processes)` : ''}…`);
  const servers = await startServers(rootDir, spec);
  const first = servers[0] as ServerChild;
  let fleet: BotFleet | null = null;
  const drivers: RoundDriver[] = [];
  let sampler: ProcSampler | null = null;
  const result: ScenarioResult = {
    name: spec.name, kind: spec.kind,
    layout: `${sessions === 1 ? 'one session' : `${sessions} sessions of ${spec.perSession}`}, reaktion level 1 × ${spec.rounds} round${spec.rounds === 1 ? '' : 's'}, ${servers.length} server process${servers.length === 1 ? '' : 'es'}, ${processes} bot process${processes === 1 ? '' : 'es'}${spec.lightBots ? ' (light bots)' : ''}`,
    players: spec.players, sessions, joined: 0, joinFailures: {}, joinWallS: 0, joinMs: [], rounds: spec.rounds, wallS: 0, roundsWallS: 0,
    workers: [], hostErrors: {}, revealDelaysMs: [], server: [], serverRssStartMb: 0, processes: [], bots: [], serverLog: [], failure: null,
    machine: [], bench: [], loadAvgStart, loadAvgEnd: 0,
  };
  let roundsStart = 0;
  try {
    log(`server up at ${first.baseUrl} (pid ${servers.map((s) => s.pid).join(', ')}); starting ${processes} bot process${processes === 1 ? '' : 'es'}…`);
    fleet = await BotFleet.start(rootDir, processes);
    const serverPids = servers.map((s, i): [string, number] => [servers.length === 1 ? 'server' : `server${i + 1}`, s.pid]);
    sampler = new ProcSampler(new Map([...serverPids, ['machine', MACHINE], ['bench', process.pid], ...fleet.pids]));
    result.serverRssStartMb = rssMb(first.pid) ?? 0;
    result.processes = servers.map((s, i) => ({ name: serverPids[i]?.[0] ?? 'server', pid: s.pid, rssStartMb: rssMb(s.pid) ?? 0, samples: [] }));
    sampler.start();
    const s = sampler;
    for (let i = 0; i < sessions; i++) drivers.push(spec.kind === 'bare' ? await BareDriver.create(first.baseUrl) : await HostDriver.create(first.baseUrl));
    // The first session's phases label the samples (all sessions run in step).
    drivers[0]?.onPhase((phase) => {
      s.setTag(phase);
      if (!['reveal', 'scoreboard', 'gap', 'countdown'].includes(phase)) log(`phase ${phase}`);
    });
    s.setTag('join');
    log(`${sessions} session${sessions === 1 ? '' : 's'}: ${spec.players} players joining…`);
    const joinStart = performance.now();
    const joined = await fleet.join(first.baseUrl, spec.kind, drivers.map((d) => d.code), spec.perSession, spec.players, spec.lightBots);
    Object.assign(result, { joined: joined.joined, joinFailures: joined.failures, joinMs: joined.joinMs, joinWallS: (performance.now() - joinStart) / 1000 });
    log(`${joined.joined} joined in ${result.joinWallS.toFixed(1)} s`);
    if (joined.joined === 0) throw new Error(`no player could join (${JSON.stringify(joined.failures)})`);
    await waitForPlayers(drivers, joined.joined);
    fleet.mark();
    s.setTag('lobby');
    roundsStart = performance.now();
    const stop = new AbortController();
    const beside = spec.during?.(first.baseUrl, first.pid, stop.signal);
    await Promise.all(drivers.map((d) => d.run(spec.rounds, spec.rounds * ROUND_TIMEOUT_MS + 30_000))).finally(() => stop.abort());
    await beside;
  } catch (err) {
    if (!fleet) {
      await Promise.all(servers.map((x) => x.dispose()));
      throw err;
    }
    result.failure = (err as Error).message;
  }
  if (roundsStart > 0) result.roundsWallS = (performance.now() - roundsStart) / 1000;
  sampler?.setTag('end');
  result.loadAvgEnd = loadavg()[0] ?? 0;
  result.workers = fleet ? await fleet.reports().catch((): WorkerReport[] => []) : [];
  sampler?.stop();
  for (const d of drivers) {
    for (const [k, n] of Object.entries(d.errors)) result.hostErrors[k] = (result.hostErrors[k] ?? 0) + n;
    result.revealDelaysMs.push(...d.revealDelaysMs);
  }
  if (sampler) {
    for (const p of result.processes) p.samples = sampler.samples.get(p.name) ?? [];
    result.server = result.processes[0]?.samples ?? [];
    result.machine = sampler.samples.get('machine') ?? [];
    result.bench = sampler.samples.get('bench') ?? [];
    result.bots = [...sampler.samples.entries()].filter(([name]) => name.startsWith('bots')).map(([, samples]) => samples);
  }
  log('stopping bots and server…');
  await Promise.all(drivers.map((d) => d.leave()));
  await fleet?.stop();
  result.serverLog = servers.flatMap((x) => x.logLines());
  await Promise.all(servers.map((x) => x.dispose()));
  result.wallS = (performance.now() - started) / 1000;
  return result;
}

/** Waits until the drivers together see every joined player (their joins reached the rooms' state). */
async function waitForPlayers(drivers: RoundDriver[], joined: number): Promise<void> {
  const deadline = Date.now() + PLAYERS_VISIBLE_TIMEOUT_MS;
  const seen = () => drivers.reduce((n, d) => n + d.playerCount, 0);
  while (seen() < joined) {
    if (Date.now() > deadline) throw new Error(`the hosts see ${seen()} of ${joined} players after ${PLAYERS_VISIBLE_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
