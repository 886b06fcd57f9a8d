import { describe, expect, it } from 'vitest';
import { sharedEntries } from '../../server/db/data-dir-mode.ts';
import { startServer } from '../helpers/server-process.ts';

// Issue 16, N11: after a first start of the real server process (initdb included) and a clean
// stop, nothing under DATA_DIR is readable, writable or enterable by group or others (before:
// 967 of 1023 files were 0666). The process's own umask (077, server/main.ts) covers files the
// database creates later; the start takes the bits off what the database image brings.

describe('DATA_DIR after the first start', () => {
  it('holds no file or folder with group or other permissions', async () => {
    const server = await startServer();
    try {
      expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
      await server.stop();
      expect(sharedEntries(server.dataDir)).toEqual([]);
    } finally {
      await server.dispose();
    }
  });
});
