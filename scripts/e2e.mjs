// Runs the browser test suite: checks for Chromium, rebuilds the client only when its
// sources changed (the server serves dist/client), then runs vitest with the e2e config.
// Extra arguments go to vitest, e.g. `npm run test:e2e -- tests/e2e/qr.e2e.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const started = Date.now();

function run(args, env = process.env) {
  const res = spawnSync(npx, args, { cwd: root, stdio: 'inherit', env });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

// 1. Chromium: playwright-core never downloads browsers here, it drives the system one.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    [
      `Chromium was not found at ${chromium}. The browser tests need it.`,
      '  Install it (Debian/Ubuntu): sudo apt-get install -y chromium',
      '  or set CHROMIUM_PATH to a Chromium/Chrome binary.',
      '',
      `Chromium wurde unter ${chromium} nicht gefunden. Die Browser-Tests brauchen es.`,
      '  Installiere es (Debian/Ubuntu): sudo apt-get install -y chromium',
      '  oder setze CHROMIUM_PATH auf eine Chromium-/Chrome-Datei.',
    ].join('\n'),
  );
  process.exit(1);
}

// 2. Client build: the id file written by the build must match the current sources.
const { tsImport } = await import('tsx/esm/api');
const { computeBuildId } = await tsImport('../server/build-id.ts', import.meta.url);
const idFile = join(root, 'dist', 'client', 'build-id.txt');
const readId = () => (existsSync(idFile) ? readFileSync(idFile, 'utf8').trim() : null);
const wanted = computeBuildId(root);
const found = readId();
if (found !== wanted) {
  console.log(`e2e: building the client (stored build ${found ?? 'none'}, sources ${wanted}) ...`);
  const code = run(['vite', 'build']);
  if (code !== 0) {
    console.error('e2e: vite build failed.');
    process.exit(code);
  }
  const after = readId();
  if (after !== wanted) {
    // Not fatal: the tests still run, but every run will rebuild until this is fixed.
    console.warn(`e2e: warning: after the build ${idFile} holds ${after ?? 'nothing'}, expected ${wanted}.`);
  }
} else {
  console.log(`e2e: client build ${wanted} is up to date.`);
}

// 3. The suite itself; its exit code is ours.
const code = run(['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  ...process.env,
  CHROMIUM_PATH: chromium,
});
console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${code}.`);
process.exit(code);
