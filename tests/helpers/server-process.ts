import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDataDir } from './db-template.ts';
import { serverArgs } from './server-bundle.ts';

// The real server as a child process, bundled as the release bundles it (server-bundle.ts), so e2e tests cover
// config parsing, the data-dir lock, static serving and shutdown too.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// A busy machine (a shared CI box) may need longer for the first PGlite start: E2E_HEALTH_TIMEOUT_MS.
const HEALTH_TIMEOUT_MS = Number(process.env.E2E_HEALTH_TIMEOUT_MS) || 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when SIGTERM was not enough and SIGKILL had to follow. */
  forced: boolean;
}

export interface ServerProcess {
  baseUrl: string;
  port: number;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr), for failure reports. */
  output(): string;
  /** SIGTERM and wait for the exit (SIGKILL after a grace period). */
  stop(): Promise<ExitInfo>;
  /** stop(), then start again on the same port and data dir; returns how it stopped. */
  restart(): Promise<ExitInfo>;
  /** SIGKILL: a crash, leaving a stale lock file behind. */
  kill9(): Promise<void>;
  /** stop() and delete the data dir (~40 MB), unless KEEP_E2E_DATA=1 keeps it for a look. */
  dispose(): Promise<void>;
}

/** A free loopback port: bind port 0, read what the OS gave, release it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Server exited (code ${child.exitCode}, signal ${child.signalCode}) before /health answered.\n${log()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server did not answer ${baseUrl}/health within ${HEALTH_TIMEOUT_MS} ms.\n${log()}`);
}

/**
 * Starts server/main.ts (from the run's bundle: server-bundle.ts) on a free port with a fresh data dir. `firstStart`:
 * no copy of the run's migrated template, the server makes its database itself (initdb).
 * `quickRounds` (off by default): tests/helpers/quick-server-main.ts instead, the same server
 * with Reaktion rounds of 3 trials (~15 s, tests/helpers/quick-reaktion.ts), for files whose
 * subject is a view or the platform around a round, not the game's real timing.
 */
export async function startServer(env: Record<string, string> = {}, { firstStart = false, quickRounds = false } = {}): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'arcade-e2e-'));
  // Start from the run's migrated template (globalSetup) instead of a ~5 s initdb per file.
  if (!firstStart && !(env.DATABASE_URL ?? process.env.DATABASE_URL)) seedDataDir(dataDir);
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  let child: ChildProcess;

  const launch = async () => {
    log += `--- start (port ${port}, data ${dataDir}) ---\n`;
    child = spawn(process.execPath, serverArgs(quickRounds ? 'quick-main' : 'main'), {
      cwd: ROOT,
      // No Redis unless a test asks for it: child servers of earlier files would share its
      // rate-limit counts for 127.0.0.1 with this one.
      env: { ...process.env, REDIS_URL: '', MQTT_URL: '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    try {
      await waitForHealth(baseUrl, child, () => log);
    } catch (err) {
      // A server that never became healthy must not outlive the test run.
      child.kill('SIGKILL');
      await exited(child);
      throw err;
    }
  };

  const stop = async (): Promise<ExitInfo> => {
    let forced = false;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        forced = true;
        log += '--- no exit after SIGTERM: SIGKILL ---\n';
        child.kill('SIGKILL');
      }, STOP_TIMEOUT_MS);
      await exited(child);
      clearTimeout(timer);
      log += `--- exited (code ${child.exitCode}, signal ${child.signalCode}) ---\n`;
    }
    return { code: child.exitCode, signal: child.signalCode, forced };
  };

  try {
    await launch();
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    baseUrl,
    port,
    dataDir,
    output: () => log,
    stop,
    restart: async () => {
      const info = await stop();
      await launch();
      return info;
    },
    kill9: async () => {
      child.kill('SIGKILL');
      await exited(child);
      log += '--- killed with SIGKILL ---\n';
    },
    dispose: async () => {
      await stop();
      if (process.env.KEEP_E2E_DATA === '1') console.log(`e2e: kept data dir ${dataDir}`);
      else rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
