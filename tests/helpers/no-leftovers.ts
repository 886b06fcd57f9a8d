import { afterAll, expect } from 'vitest';
import { runningTestServers } from './test-server.ts';

// Integration files share worker processes (vitest.config.ts: not isolated): a file must stop
// every server it started, or the next file in the same process would find Colyseus's
// matchMaker still in use. Registered first, so this runs after the file's own afterAll hooks.
afterAll(() => {
  expect(runningTestServers(), 'test servers still running at the end of this file (stop them in afterAll or finally)').toBe(0);
});
