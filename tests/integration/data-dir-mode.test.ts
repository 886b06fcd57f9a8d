import { describe, expect, it } from 'vitest';
import { sharedEntries } from '../../server/db/data-dir-mode.ts';
import { removeDir, startTestServer } from '../helpers/test-server.ts';

// Issue 16, N11: after a first start (initdb included), nothing under DATA_DIR is readable,
// writable or enterable by group or others (before: 967 of 1023 files were 0666). A real
// first start: no copy of the run's migrated template (tests/helpers/db-template.ts).

describe('DATA_DIR after the first start', () => {
  it('holds no file or folder with group or other permissions', async () => {
    const server = await startTestServer({ backend: { name: 'pglite', databaseUrl: null }, firstStart: true });
    try {
      expect(sharedEntries(server.dataDir)).toEqual([]);
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });
});
