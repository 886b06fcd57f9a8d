import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The Node.js runtime shipped inside a release, from the npm registry's node-<os>-x64
// packages. `npm pack` fetches a package for any platform (installing the Windows one here
// would be refused: it declares os: win32). Each tarball is checked against the sha512 the
// registry published for this exact version, so a changed package fails the build.

/** Where `npm run release` keeps the fetched runtimes (`<repo>/.tmp/release-cache`). */
export function releaseCacheDir(rootDir: string): string {
  return join(rootDir, '.tmp', 'release-cache');
}

/** Pinned Node.js version of every release (the same 24.x line CI tests on). */
export const NODE_VERSION = '24.21.0';

export type Target = 'linux-x64' | 'win-x64';

/** sha512 integrity of node-<target>@NODE_VERSION as published on the npm registry. */
const INTEGRITY: Record<Target, string> = {
  'linux-x64': 'sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==',
  'win-x64': 'sha512-0ddSuAi9KnmYzfjJwKfFUO5YfljMVfa9smiGRQXmp5QGhm8KXk7xbqkFNeaPXVaL6sfZ5oGfCD7q8wWY/TnypA==',
};

/** Path of the runtime binary inside the unpacked npm package. */
export const NODE_BINARY_IN_PACKAGE: Record<Target, string> = {
  'linux-x64': 'package/bin/node',
  'win-x64': 'package/bin/node.exe',
};

function sri(file: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

/**
 * Fetches (once, kept in cacheDir) and unpacks node-<target>@NODE_VERSION; returns the
 * folder holding `package/`.
 */
export function fetchNodeRuntime(target: Target, cacheDir: string): string {
  const name = `node-${target}`;
  const tgz = join(cacheDir, `${name}-${NODE_VERSION}.tgz`);
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(tgz)) {
    console.log(`Fetching ${name}@${NODE_VERSION} from the npm registry…`);
    execFileSync('npm', ['pack', `${name}@${NODE_VERSION}`, '--silent', '--pack-destination', cacheDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const got = sri(tgz);
  if (got !== INTEGRITY[target]) {
    throw new Error(`${tgz} does not match the pinned integrity of ${name}@${NODE_VERSION} (got ${got}). Delete it and try again; if it persists, the registry's package changed.`);
  }
  const dir = join(cacheDir, `${name}-${NODE_VERSION}`);
  if (!existsSync(join(dir, NODE_BINARY_IN_PACKAGE[target]))) {
    mkdirSync(dir, { recursive: true });
    // Only the linux package carries Node's LICENSE; both archives ship that one.
    const members = [NODE_BINARY_IN_PACKAGE[target], 'package/package.json', ...(target === 'linux-x64' ? ['package/LICENSE'] : [])];
    execFileSync('tar', ['-xzf', tgz, '-C', dir, ...members]);
  }
  return dir;
}
