import { describe, expect, it } from 'vitest';
import { sharedEntries } from '../../server/db/data-dir-mode.ts';
import { startServer } from '../helpers/server-process.ts';

// Issue 16, N11: after a first start (initdb included), nothing under DATA_DIR is readable,
// writable or enterable by group or others (before: 967 of 1023 files were 0666). Checked on
// the server process as users start it (server/main.ts sets the umask for the whole process,
// so files PGlite writes later, such as pg_internal.init, are private too).

describe('DATA_DIR after the first start', () => {
  it('holds no file or folder with group or other permissions', async () => {
    const server = await startServer();
    try {
      expect(sharedEntries(server.dataDir)).toEqual([]);
      // What the running database wrote after the start counts too.
      await fetch(`${server.baseUrl}/api/setup`);
      expect(sharedEntries(server.dataDir)).toEqual([]);
    } finally {
      await server.dispose();
    }
  });
});
