// Runs before `npm start` and `npm test`: on a fresh clone (or after the lockfile changed)
// it installs exactly the locked dependencies, so the README's two commands are enough.
// Plain Node, no dependencies: it must run before anything is installed.
import { execSync } from 'node:child_process';
import { statSync } from 'node:fs';

const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? null;
const installed = mtime('node_modules/.package-lock.json');
const locked = mtime('package-lock.json');
if (installed === null || (locked !== null && locked > installed)) {
  console.log('Installing dependencies from package-lock.json (npm ci, about a minute)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
