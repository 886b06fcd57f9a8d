import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The build id is a hash of every source file the web client is built from. Vite bakes it
// into the bundle; the server computes it at start. A page from another build is told to
// reload, and `npm start` rebuilds the client when its stored id no longer matches.

const SOURCES = ['client', 'shared', 'assets', 'package.json', 'vite.config.ts'];

function listFiles(path: string): string[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return [];
  if (st.isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => (name.endsWith('.test.ts') ? [] : listFiles(join(path, name))));
}

/** 12 hex characters identifying the client sources under `rootDir`. */
export function computeBuildId(rootDir: string): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((s) => listFiles(join(rootDir, s)))) {
    hash.update(relative(rootDir, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}
