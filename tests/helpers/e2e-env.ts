import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, reportFailure } from './browser.ts';
import { startServer, type ServerProcess } from './server-process.ts';

/** The server process, Chromium and the pages of one e2e file. */
export interface E2eEnv {
  server: ServerProcess;
  browser: Browser;
  /** Pages to report (screenshot, console) when a test fails. */
  pages: Page[];
}

/**
 * Starts the real server and Chromium once for the calling test file, reports the pages and
 * the server output of a failed test, and stops both at the end. `quickRounds` (off by
 * default): Reaktion rounds of 3 trials, the last a catch trial (tests/helpers/quick-reaktion.ts),
 * for a file whose subject is a view, not the game's real clock. `serverEnv` adds to the
 * server's environment, e.g. `{ HOST: '0.0.0.0' }` for a lobby that shows the join QR
 * (on loopback, the default, phones could not join and the lobby says so instead).
 */
export function useE2eEnv({ quickRounds = false, serverEnv = {} as Record<string, string> } = {}): E2eEnv {
  const env = { pages: [] as Page[] } as E2eEnv;
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([startServer(serverEnv, { quickRounds }), launchBrowser()]);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await reportFailure(ctx.task.name, env.pages, env.server?.output());
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.dispose();
  });
  return env;
}
