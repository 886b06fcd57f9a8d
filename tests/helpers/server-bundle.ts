import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { bundleServer } from '../../scripts/release/bundle-server.ts';

// A child server started as `node --import tsx server/main.ts` spends ~3 s of CPU in tsx's
// loader (transpiling and resolving a few hundred modules) before it opens its database; the
// same server bundled starts in ~1 s (measured on the 2-core machine, 2026-12-07). Test runs
// start dozens of child servers (restarts, the browser tests' servers), so the run's globalSetup
// bundles the server once, as the release does (scripts/release/bundle-server.ts, ~1 s), and
// children start the bundle with plain node. TEST_SERVER_FROM_SOURCE=1 starts them from source.

declare module 'vitest' {
  interface ProvidedContext {
    /** The run's server bundle folder (empty string: none, children start from source). */
    serverBundle: string;
  }
}

/** The entries a test starts in a child process (bundle name → source path under the root). */
export const SERVER_ENTRIES = {
  main: 'server/main.ts',
  'quick-main': 'tests/helpers/quick-server-main.ts',
  setup: 'scripts/setup.ts',
} as const;

export type ServerEntry = keyof typeof SERVER_ENTRIES;

const PREFIX = '.test-server-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bundles SERVER_ENTRIES into a new folder directly under rootDir (the bundled server takes the
 * bundle's parent folder as its root: server/app.ts ROOT_DIR, for package.json and dist/client)
 * and returns the folder. Folders left by earlier runs whose process is gone are removed first.
 * Returns '' when TEST_SERVER_FROM_SOURCE=1.
 */
export async function buildServerBundle(rootDir: string): Promise<string> {
  if (process.env.TEST_SERVER_FROM_SOURCE === '1') return '';
  for (const name of readdirSync(rootDir)) {
    const pid = Number(name.slice(PREFIX.length).split('-')[0]);
    if (name.startsWith(PREFIX) && !alive(pid)) rmSync(join(rootDir, name), { recursive: true, force: true });
  }
  const dir = mkdtempSync(join(rootDir, `${PREFIX}${process.pid}-`));
  const entries = Object.fromEntries(Object.entries(SERVER_ENTRIES).map(([name, path]) => [name, join(rootDir, path)]));
  await bundleServer(rootDir, dir, { entries, logLevel: 'silent' });
  return dir;
}

/** Removes a folder made by buildServerBundle. */
export function removeServerBundle(dir: string): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** node's arguments that start `entry` (cwd: the repository root): the run's bundle, else from source with tsx. */
export function serverArgs(entry: ServerEntry): string[] {
  let dir = '';
  try {
    dir = inject('serverBundle') ?? '';
  } catch {
    // not inside a vitest worker with a provider: from source
  }
  return dir ? [join(dir, `${entry}.mjs`)] : ['--import', 'tsx', SERVER_ENTRIES[entry]];
}
