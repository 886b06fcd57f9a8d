import { defineConfig } from 'vitest/config';
// vitest's reporter (main process) uses Map.groupBy, which Node 20 lacks.
import './tests/helpers/node20-polyfills.ts';
import LongestFirst from './tests/helpers/longest-first.ts';

// Browser tests: each file starts its own server (free port, own data folder copied from the
// run's template) and its own Chromium, so files share nothing and run side by side. Most of
// an e2e file's time is a game's real time (countdowns, items shown at their server time), so
// two files at a time roughly halve the wall time on the 2-core machine. E2E_WORKERS=1 runs
// them one at a time (a very busy box, or to read one file's output undisturbed).
const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS) || 2);

// Files that run alone, after the others: those whose assertions hold the browser to the real
// clock — the 5 ms key-press timing check, and the main journey where every Reaktion stimulus
// must be drawn and every honest tap land within the server's ±150 ms (beside a second
// Chromium a phone once missed two stimuli). Lighthouse runs beside another file: it asserts
// accessibility only; the performance score it prints is from a busy machine then
// (`npm run test:e2e -- tests/e2e/lighthouse.e2e.ts` gives a quiet one).
// A new file needs nothing: it lands in the side-by-side group.
// phone-look too: it photographs views that last 0.9 s (the answer flash) and 4.5 s (the round
// moment) and failed three of four CI runs on 2026-12-07 beside a second Chromium.
const ONE_AT_A_TIME = ['tests/e2e/timing.e2e.ts', 'tests/e2e/group-round.e2e.ts', 'tests/e2e/phone-look.e2e.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // A whole Reaktion round (countdown, ~30 s of trials, reveal) fits in one test.
    testTimeout: 180_000,
    // beforeAll boots the server (first PGlite open ~5 s; on a busy box E2E_HEALTH_TIMEOUT_MS allows more, up to this) and Chromium.
    hookTimeout: 240_000,
    teardownTimeout: 30_000,
    // CI forbids focused tests: a stray `.only` fails the run instead of hiding the rest.
    allowOnly: false,
    retry: 0,
    reporters: ['verbose', './tests/helpers/slowest-files.ts'],
    // Longest files first, also in a clean clone without vitest's timings of the last run, so
    // the two workers end close together (tests/helpers/longest-first.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: ONE_AT_A_TIME,
          maxWorkers: E2E_WORKERS,
          // One migrated database template per run; every file's server copies it (no initdb each).
          globalSetup: ['./tests/helpers/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-alone',
          include: ONE_AT_A_TIME,
          // Runs after the side-by-side group, one file at a time.
          fileParallelism: false,
          globalSetup: ['./tests/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
