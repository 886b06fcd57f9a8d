import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, isRunning, removeTempDir, stopChild, trackChild, trackTempDir } from './child-processes.ts';

// The real server as users start it (`node --import tsx server/main.ts`), or the bare
// Colyseus reference (bare-server.ts), in its own process so its CPU and memory can be
// measured apart from the bots.

/** First start of the embedded database: ~5 s on an idle machine, minutes on a busy shared one. */
const HEALTH_TIMEOUT_MS = 240_000;

/** Which server a scenario runs against. */
export type ServerKind = 'ours' | 'bare';

export interface ServerOptions {
  kind: ServerKind;
  /** The session limit (MAX_PLAYERS) follows the scenario: its players per session. */
  maxPlayers: number;
  /** Extra environment, e.g. REDIS_URL, DATABASE_URL and PUBLIC_ADDRESS for scale-out. */
  env?: Record<string, string>;
  /** A fixed port (scale-out needs it known before the start for PUBLIC_ADDRESS); default a free one. */
  port?: number;
}
/** Server log lines that belong to a normal start and are not worth reporting. */
const STARTUP_LINE = /^(Opening the embedded database|Azubi Arcade listening|\s+database:|SIGTERM: shutting down)/;

export interface ServerChild {
  baseUrl: string;
  pid: number;
  /** Lines the server printed after it was up (warnings, errors), for the report. */
  logLines(): string[];
  /** Stops the server and deletes its data dir. */
  dispose(): Promise<void>;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isRunning(child)) throw new Error(`the server exited (code ${child.exitCode}) before /health answered:\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer ${baseUrl}/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${log()}`);
}

/** Starts the server on a free loopback port with a fresh data dir and waits for /health. */
export async function startServer(rootDir: string, opts: ServerOptions): Promise<ServerChild> {
  const port = opts.port ?? (await freePort());
  const dataDir = trackTempDir(mkdtempSync(join(tmpdir(), 'arcade-bench-')));
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  // BENCH_SERVER_NODE_ARGS adds node flags for the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extraArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const entry = opts.kind === 'bare' ? 'scripts/bench/bare-server.ts' : 'server/main.ts';
  const child = trackChild(spawn(process.execPath, [...extraArgs, '--import', 'tsx', entry], {
    cwd: rootDir,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      // No web client is needed: the bench only talks the protocol.
      CLIENT_DIR: join(dataDir, 'no-client'),
      MAX_PLAYERS: String(Math.min(2000, Math.max(1, opts.maxPlayers))),
      // Thousands of bots join from one address: lift the per-address join limits.
      JOINS_PER_MINUTE: '1000000',
      // Buzzer boxes only where a scenario asks for them (a shell's MQTT_URL would turn them on).
      MQTT_URL: '',
      ...opts.env,
    },
    // Own process group: Ctrl-C reaches the bench, which then stops the server in order.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  }));
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (err) {
    await stopChild(child);
    removeTempDir(dataDir);
    throw err;
  }
  if (child.pid === undefined) throw new Error('the server child has no pid');
  return {
    baseUrl,
    pid: child.pid,
    logLines: () => log.split('\n').filter((l) => l.trim() !== '' && !STARTUP_LINE.test(l)),
    dispose: async () => {
      await stopChild(child);
      await exited(child);
      removeTempDir(dataDir);
    },
  };
}
