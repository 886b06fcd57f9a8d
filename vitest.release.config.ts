import { defineConfig } from 'vitest/config';
import './tests/helpers/node20-polyfills.ts';

// Tests of the built release archives (tests/release/*.release.ts), run by .ci/run after
// `npm run release`. Never part of `npm test`: they need dist/release/ and start servers.
export default defineConfig({
  test: {
    allowOnly: false,
    include: ['tests/release/**/*.release.ts'],
    environment: 'node',
    // Each file unpacks into its own folders and starts its servers on free ports; most of
    // their time is real Reaktion rounds, so two files run side by side.
    maxWorkers: 2,
    testTimeout: 240_000,
    hookTimeout: 240_000,
    teardownTimeout: 30_000,
  },
});
