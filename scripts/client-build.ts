import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeBuildId } from '../server/build-id.ts';

/** Builds the web client with Vite when dist/client is missing or older than the sources. */
export function ensureClientBuilt(rootDir: string): void {
  const stamp = join(rootDir, 'dist', 'client', 'build-id.txt');
  let built = '';
  try {
    built = readFileSync(stamp, 'utf8').trim();
  } catch {
    // not built yet
  }
  if (built === computeBuildId(rootDir)) return;
  console.log('Building the web client (about half a minute on first start)…');
  execFileSync(process.execPath, [join(rootDir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: rootDir, stdio: 'inherit' });
}
