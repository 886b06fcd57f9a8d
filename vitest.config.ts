import { defineConfig } from 'vitest/config';
// vitest's reporter (main process) uses Map.groupBy, which Node 20 lacks.
import './tests/helpers/node20-polyfills.ts';
import { INTEGRATION_WORKERS } from './tests/helpers/worker-databases.ts';

// `npm test` (= `vitest run`) runs all three projects; browser tests (tests/e2e/*.e2e.ts) have
// their own config (vitest.e2e.config.ts) and never match these patterns.
const neverHere = ['**/node_modules/**', 'dist/**', 'tests/e2e/**'];

// The timing group: files whose assertions hold the server to the real clock — fair-play's
// 150 ms claim tolerance, a real Reaktion round's median within ±10 ms, buzzer boxes timed to the
// millisecond over MQTT, and a frozen private redis-server against 500 ms Redis timeouts. They
// run after the main group, side by side: each mostly waits, so they do not disturb each other;
// what disturbed them was the CPU-bound files of the main group. Files that start child
// processes (restarts, header fuzz, setup, a private Mosquitto) wait on their children and run
// in the main group like any other.
const TIMING = [
  'tests/integration/fair-play.test.ts',
  'tests/integration/hosted-round.test.ts',
  'tests/integration/buzzer-round.test.ts',
  'tests/integration/redis-outage.test.ts',
];

// Servers and databases need time on a busy 2-core machine.
const serverTimeouts = { testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    // CI forbids focused tests: a stray `.only` fails the run instead of hiding the rest.
    allowOnly: false,
    // Root-only option: time for servers and databases to close after the last file.
    teardownTimeout: 30_000,
    // Worker processes (forks), each running its files one after another: Colyseus's matchMaker
    // is a per-process singleton, so one server per process at a time. Not isolated: a worker
    // keeps vitest and the server's modules loaded from one file to the next instead of a fresh
    // process and import per file (measured on CI's machine: `npm test` 212 s → 157 s, the same
    // 994 tests). Files leave no state behind: every server is stopped in afterAll, mocks are
    // restored, fake timers reset; integration files use no module mocks.
    pool: 'forks',
    isolate: false,
    reporters: ['default', './tests/helpers/slowest-files.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: neverHere,
          environment: 'node',
          setupFiles: ['./tests/helpers/globals-restored.ts'],
          // Same group (and so the same worker count) as the parallel integration files: the
          // integration workers mostly wait, the unit files fill the cores meanwhile.
          maxWorkers: INTEGRATION_WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: [...neverHere, ...TIMING],
          environment: 'node',
          // Every server listens on port 0 with its own data dir (or worker database), so
          // files run side by side; globalSetup makes the database template once per run.
          maxWorkers: INTEGRATION_WORKERS,
          sequence: { groupOrder: 0 },
          globalSetup: ['./tests/helpers/global-setup.ts'],
          setupFiles: ['./tests/helpers/no-leftovers.ts'],
          ...serverTimeouts,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-timing',
          include: TIMING,
          exclude: neverHere,
          environment: 'node',
          // After the main group (groupOrder 1), all at once.
          maxWorkers: TIMING.length,
          sequence: { groupOrder: 1 },
          globalSetup: ['./tests/helpers/global-setup.ts'],
          setupFiles: ['./tests/helpers/no-leftovers.ts'],
          ...serverTimeouts,
        },
      },
    ],
  },
});
