import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { createApp, type App, type AppOverrides } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { FlowTimings } from '../../server/rooms/session-flow.ts';
import { TEST_GAMES } from './probe-game.ts';
import { TEST_PASSWORDS } from './test-passwords.ts';
import { seedDataDir } from './db-template.ts';
import { isTestDatabase, workerDatabaseUrl } from './worker-databases.ts';
import { freePort } from './server-process.ts';

export const TEST_BUILD_ID = 'test-build';

/** Fast phase timings so rounds in tests take seconds, not minutes. */
export const FAST_TIMINGS: FlowTimings = { countdownMs: 300, revealMs: 400, scoreboardMs: 300 };

export interface Backend {
  name: 'pglite' | 'postgres';
  databaseUrl: string | null;
}

/**
 * PGlite always; PostgreSQL too when DATABASE_URL is set (CI sets it). TEST_BACKENDS=postgres
 * runs the PostgreSQL variants alone (CI: the PGlite ones ran already in `npm test`).
 */
export function backends(): Backend[] {
  const url = process.env.DATABASE_URL;
  if (!url) console.info('[skip] PostgreSQL variants: DATABASE_URL is not set (CI sets it); running on PGlite only.');
  // Some suites empty tables: never run them against a database that is not meant for tests.
  const usable = url && isTestDatabase(url);
  if (url && !usable) console.info('[skip] PostgreSQL variants: the database named in DATABASE_URL must have "test" or "ci" in its name (tests delete data).');
  // Files run side by side: each worker has its own database (tests/helpers/worker-databases.ts).
  const pool = process.env.VITEST_POOL_ID;
  const own = usable && pool ? workerDatabaseUrl(url, pool) : url;
  const postgres: Backend[] = usable && own ? [{ name: 'postgres', databaseUrl: own }] : [];
  if (process.env.TEST_BACKENDS === 'postgres' && postgres.length > 0) return postgres;
  return [{ name: 'pglite', databaseUrl: null }, ...postgres];
}

export { isTestDatabase };

export interface TestServer {
  app: App;
  url: string;
  dataDir: string;
  /** The live room object in this process (for simulating network drops). */
  room(roomId: string): any;
  stop(): Promise<void>;
}

// Worker processes run their files one after another (vitest.config.ts: not isolated), so a
// server a file forgot to stop would still hold Colyseus's matchMaker when the next file starts;
// tests/helpers/no-leftovers.ts fails the file that leaves one running.
let running = 0;

/** How many servers started by startTestServer in this process have not been stopped. */
export function runningTestServers(): number {
  return running;
}

export interface TestServerOptions {
  backend: Backend;
  dataDir?: string;
  env?: Record<string, string>;
  timings?: Partial<FlowTimings>;
  overrides?: AppOverrides;
}

/** The app of a test server, built but not listening. */
async function buildApp(opts: TestServerOptions): Promise<{ app: App; dataDir: string }> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'arcade-test-'));
  if (!opts.backend.databaseUrl) seedDataDir(dataDir);
  const env: NodeJS.ProcessEnv = { DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', CLIENT_DIR: join(dataDir, 'no-client'), ...opts.env };
  if (opts.backend.databaseUrl) env.DATABASE_URL = opts.backend.databaseUrl;
  // Each test server counts its rate limits apart: servers of earlier tests (same Redis, same
  // address 127.0.0.1) must not use up this one's budget.
  const app = await createApp(loadConfig(env), { limiterKeyPrefix: `arcade:test:${randomUUID()}:`, games: TEST_GAMES, passwords: TEST_PASSWORDS, ...opts.overrides, buildId: TEST_BUILD_ID, timings: { ...FAST_TIMINGS, ...opts.timings } });
  return { app, dataDir };
}

/** The handle of a listening (or just now listening) app; counts it as running until stopped. */
function handle(app: App, url: string, dataDir: string): TestServer {
  running++;
  let stopped = false;
  return {
    app,
    url,
    dataDir,
    room: (roomId) => matchMaker.getLocalRoomById(roomId),
    stop: async () => {
      if (!stopped) {
        stopped = true;
        running--;
      }
      await app.close();
    },
  };
}

/** Boots the real server factory on 127.0.0.1 with a free port, playing the probe game and every real game. */
export async function startTestServer(opts: TestServerOptions): Promise<TestServer> {
  const { app, dataDir } = await buildApp(opts);
  const port = await app.listen(0, '127.0.0.1');
  return handle(app, `http://127.0.0.1:${port}`, dataDir);
}

/** A test server whose `listen()` may still be running (it brings crashed sessions back meanwhile). */
export interface BootingTestServer {
  /** Stops the app even while `listening` is pending. */
  server: TestServer;
  /** Resolves once `app.listen` returned: the restore of crashed sessions is done. */
  listening: Promise<void>;
}

/**
 * Like startTestServer, but returns without waiting for `listen()`: a test can send requests
 * while the server already answers but still brings crashed sessions back (session-restore.ts).
 * The port is chosen up front, so `server.url` is known at once.
 */
export async function bootTestServer(opts: TestServerOptions): Promise<BootingTestServer> {
  const { app, dataDir } = await buildApp(opts);
  const port = await freePort();
  const server = handle(app, `http://127.0.0.1:${port}`, dataDir);
  return { server, listening: app.listen(port, '127.0.0.1').then(() => undefined) };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Boots a test server before the tests of the calling describe block and removes it after.
 * The returned object forwards to the running server.
 */
export function useTestServer(opts: TestServerOptions): TestServer {
  let current: TestServer | undefined;
  beforeAll(async () => {
    current = await startTestServer(opts);
  });
  afterAll(async () => {
    if (!current) return;
    await current.stop();
    removeDir(current.dataDir);
  });
  const get = (): TestServer => {
    if (!current) throw new Error('the test server has not started');
    return current;
  };
  return {
    get app() { return get().app; },
    get url() { return get().url; },
    get dataDir() { return get().dataDir; },
    room: (roomId) => get().room(roomId),
    stop: () => get().stop(),
  };
}
