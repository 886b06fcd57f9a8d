import { defineConfig } from 'vitest/config';
// vitest's reporter (main process) uses Map.groupBy, which Node 20 lacks.
import './tests/helpers/node20-polyfills.ts';

// Browser tests: each file starts its own server and Chromium. The machine has 2 cores and
// renders WebGL in software (SwiftShader), so files run one at a time with long timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    // A whole Reaktion round (countdown, ~30 s of trials, reveal) fits in one test.
    testTimeout: 180_000,
    // beforeAll boots the server (first PGlite open ~5 s; on a busy box E2E_HEALTH_TIMEOUT_MS allows more, up to this) and Chromium.
    hookTimeout: 240_000,
    teardownTimeout: 30_000,
    // CI forbids focused tests: a stray `.only` fails the run instead of hiding the rest.
    allowOnly: false,
    retry: 0,
    reporters: ['verbose', './tests/helpers/slowest-files.ts'],
    // One migrated database template per run; every file's server copies it (no initdb each).
    globalSetup: ['./tests/helpers/global-setup.ts'],
  },
});
