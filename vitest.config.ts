import { defineConfig } from 'vitest/config';
// vitest's reporter (main process) uses Map.groupBy, which Node 20 lacks.
import './tests/helpers/node20-polyfills.ts';

// `npm test` (= `vitest run`) runs both projects; browser tests (tests/e2e/*.e2e.ts) have
// their own config (vitest.e2e.config.ts) and never match these patterns.
const neverHere = ['**/node_modules/**', 'dist/**', 'tests/e2e/**'];

export default defineConfig({
  test: {
    // CI forbids focused tests: a stray `.only` fails the run instead of hiding the rest.
    allowOnly: false,
    // Root-only option: time for servers and databases to close after the last file.
    teardownTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: neverHere,
          environment: 'node',
          fileParallelism: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: neverHere,
          environment: 'node',
          // Files boot servers and PGlite (first open ~5 s, ~900 MB) on a 2-core machine:
          // one file at a time, with room for slow starts.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
