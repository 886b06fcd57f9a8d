import { loadavg } from 'node:os';
import { BotFleet, type WorkerReport } from './bot-fleet.ts';
import { HostDriver } from './host-driver.ts';
import { MACHINE, ProcSampler, rssMb } from './proc-sampler.ts';
import type { ScenarioResult } from './report.ts';
import { startServer, type ServerChild } from './server-child.ts';

// One scenario from start to end: a fresh server, the bot processes, one hosted session
// played through to the podium, with the server and the bots sampled all along.

export interface ScenarioSpec {
  name: string;
  players: number;
  rounds: number;
  botsPerProcess: number;
  /** Bots skip decoding state patches (diagnostic: isolates the server on a small machine). */
  lightBots: boolean;
}

/** Generous upper bound for one round: 3 s countdown, ~30 s play, 2 s reveal+scoreboard. */
const ROUND_TIMEOUT_MS = 60_000;
const PLAYERS_VISIBLE_TIMEOUT_MS = 30_000;

/** Runs one scenario. Throws only if it could not run at all (server or bots did not start). */
export async function runScenario(rootDir: string, spec: ScenarioSpec, log: (line: string) => void): Promise<ScenarioResult> {
  const started = performance.now();
  const loadAvgStart = loadavg()[0] ?? 0;
  const processes = Math.max(1, Math.ceil(spec.players / spec.botsPerProcess));
  log(`starting the server…`);
  const server: ServerChild = await startServer(rootDir);
  let fleet: BotFleet | null = null;
  let host: HostDriver | null = null;
  let sampler: ProcSampler | null = null;
  const result: ScenarioResult = {
    name: spec.name, layout: `one session, playlist reaktion level 1 × ${spec.rounds} round${spec.rounds === 1 ? '' : 's'}, ${processes} bot process${processes === 1 ? '' : 'es'}${spec.lightBots ? ' (light bots: state patches not decoded)' : ''}`,
    players: spec.players, joined: 0, joinFailures: {}, joinWallS: 0, joinMs: [], rounds: spec.rounds, wallS: 0,
    workers: [], hostErrors: {}, revealDelaysMs: [], server: [], serverRssStartMb: 0, bots: [], serverLog: [], failure: null,
    machine: [], bench: [], loadAvgStart, loadAvgEnd: 0,
  };
  try {
    log(`server up at ${server.baseUrl} (pid ${server.pid}); starting ${processes} bot process${processes === 1 ? '' : 'es'}…`);
    fleet = await BotFleet.start(rootDir, processes);
    sampler = new ProcSampler(new Map([['server', server.pid], ['machine', MACHINE], ['bench', process.pid], ...fleet.pids]));
    result.serverRssStartMb = rssMb(server.pid) ?? 0;
    sampler.start();
    host = await HostDriver.create(server.baseUrl);
    const s = sampler;
    host.onPhase((phase) => {
      s.setTag(phase);
      if (phase !== 'reveal' && phase !== 'scoreboard') log(`phase ${phase}`);
    });
    s.setTag('join');
    log(`session ${host.code}: ${spec.players} players joining…`);
    const joinStart = performance.now();
    const joined = await fleet.join(server.baseUrl, host.code, spec.players, spec.lightBots);
    Object.assign(result, { joined: joined.joined, joinFailures: joined.failures, joinMs: joined.joinMs, joinWallS: (performance.now() - joinStart) / 1000 });
    log(`${joined.joined} joined in ${result.joinWallS.toFixed(1)} s`);
    if (joined.joined === 0) throw new Error(`no player could join (${JSON.stringify(joined.failures)})`);
    await host.waitForPlayers(joined.joined, PLAYERS_VISIBLE_TIMEOUT_MS);
    fleet.mark();
    s.setTag('lobby');
    await host.run(spec.rounds, spec.rounds * ROUND_TIMEOUT_MS + 30_000);
  } catch (err) {
    if (!fleet) {
      await server.dispose();
      throw err;
    }
    result.failure = (err as Error).message;
  }
  sampler?.setTag('end');
  result.loadAvgEnd = loadavg()[0] ?? 0;
  result.workers = fleet ? await fleet.reports().catch((): WorkerReport[] => []) : [];
  sampler?.stop();
  result.hostErrors = host?.errors ?? {};
  result.revealDelaysMs = host?.revealDelaysMs ?? [];
  if (sampler) {
    result.server = sampler.samples.get('server') ?? [];
    result.machine = sampler.samples.get('machine') ?? [];
    result.bench = sampler.samples.get('bench') ?? [];
    result.bots = [...sampler.samples.entries()].filter(([name]) => name.startsWith('bots')).map(([, samples]) => samples);
  }
  log('stopping bots and server…');
  await host?.leave();
  await fleet?.stop();
  result.serverLog = server.logLines();
  await server.dispose();
  result.wallS = (performance.now() - started) / 1000;
  return result;
}
