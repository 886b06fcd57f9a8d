import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Target } from './node-runtime.ts';

// The image library of task photos (sharp, libvips) is a native add-on: the bundle leaves it
// out (bundle-server.ts) and each release carries it in app/node_modules for its platform.
// The JavaScript packages come from this machine's node_modules; a platform's prebuilt
// binaries from the npm registry (`npm pack`, like node-runtime.ts), each checked against the
// sha512 that package-lock.json pins for it.

/** Pure JavaScript: sharp and what it requires. */
const JS_PACKAGES = ['sharp', '@img/colour', 'detect-libc', 'semver'];

/** sharp's prebuilt binaries per release platform (libvips inside the Windows package). */
const NATIVE: Record<Target, string[]> = {
  'linux-x64': ['@img/sharp-linux-x64', '@img/sharp-libvips-linux-x64'],
  'win-x64': ['@img/sharp-win32-x64'],
};

interface LockEntry { version: string; integrity: string }

function lockEntry(rootDir: string, name: string): LockEntry {
  const lock = JSON.parse(readFileSync(join(rootDir, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry | undefined> };
  const entry = lock.packages[`node_modules/${name}`];
  if (!entry?.integrity) throw new Error(`package-lock.json pins no ${name}: run npm install`);
  return entry;
}

/** Unpacks name@version (the lock's) into dest, fetched once into cacheDir and checked. */
function unpackPinned(rootDir: string, name: string, cacheDir: string, dest: string): void {
  const { version, integrity } = lockEntry(rootDir, name);
  const tgz = join(cacheDir, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`);
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(tgz)) {
    console.log(`Fetching ${name}@${version} from the npm registry…`);
    execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', cacheDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const got = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
  if (got !== integrity) throw new Error(`${tgz} does not match the integrity package-lock.json pins for ${name}@${version}. Delete it and try again.`);
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['-xzf', tgz, '-C', dest, '--strip-components=1']);
}

/** Lays sharp and its binaries for `target` into appDir/node_modules. */
export function shipSharp(rootDir: string, target: Target, appDir: string, cacheDir: string): void {
  const modules = join(appDir, 'node_modules');
  for (const name of JS_PACKAGES) cpSync(join(rootDir, 'node_modules', name), join(modules, name), { recursive: true });
  for (const name of NATIVE[target]) unpackPinned(rootDir, name, cacheDir, join(modules, name));
}
