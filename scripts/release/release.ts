// `npm run release`: one archive per platform in dist/release/ —
//   azubi-arcade-<version>-linux-x64.tar.gz  (system tar + gzip)
//   azubi-arcade-<version>-win-x64.zip       (system zip, Info-ZIP)
// each holding the pinned Node.js runtime, the bundled server, the built client, a
// starter and LIESMICH.txt. Nothing is installed or built when a trainer starts it.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureClientBuilt } from '../client-build.ts';
import { bundleServer } from './bundle-server.ts';
import { fetchNodeRuntime, NODE_BINARY_IN_PACKAGE, NODE_VERSION, releaseCacheDir, type Target } from './node-runtime.ts';
import { shipSharp } from './sharp-packages.ts';
import { LINUX_STARTER, linuxStarter, readMe, WINDOWS_STARTER, windowsStarter } from './starters.ts';

const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(rootDir, 'dist', 'release');
const cacheDir = releaseCacheDir(rootDir);
const version: string = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')).version;
const TARGETS: Target[] = ['linux-x64', 'win-x64'];

/** Fails early with a clear message when a system tool the build needs is missing. */
function requireTool(tool: string, hint: string): void {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(`The release build needs "${tool}" on PATH (${hint}).`);
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: rootDir, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Builds client and server bundle once: dist/release/app (shared by both targets). */
async function buildApp(): Promise<string> {
  ensureClientBuilt(rootDir);
  const appDir = join(outDir, 'app');
  rmSync(appDir, { recursive: true, force: true });
  console.log('Bundling the server…');
  await bundleServer(rootDir, appDir);
  cpSync(join(rootDir, 'dist', 'client'), join(appDir, 'client'), { recursive: true });
  const buildId = readFileSync(join(appDir, 'client', 'build-id.txt'), 'utf8').trim();
  const manifest = { name: 'azubi-arcade', version, buildId, node: NODE_VERSION, commit: gitCommit() };
  writeFileSync(join(appDir, 'release.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return appDir;
}

/** Lays out one target's folder and packs it; returns the archive's path. */
function packTarget(target: Target, appDir: string): string {
  const base = `azubi-arcade-${version}-${target}`;
  const stage = join(outDir, `stage-${target}`);
  const top = join(stage, base);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(top, { recursive: true });
  cpSync(appDir, join(top, 'app'), { recursive: true });
  shipSharp(rootDir, target, join(top, 'app'), cacheDir);
  const runtime = fetchNodeRuntime(target, cacheDir);
  const nodeLicense = join(fetchNodeRuntime('linux-x64', cacheDir), 'package', 'LICENSE');
  const nodeTarget = target === 'win-x64' ? join(top, 'node', 'node.exe') : join(top, 'node', 'bin', 'node');
  mkdirSync(dirname(nodeTarget), { recursive: true });
  cpSync(join(runtime, NODE_BINARY_IN_PACKAGE[target]), nodeTarget);
  cpSync(nodeLicense, join(top, 'node', 'LICENSE.txt'));
  writeFileSync(join(top, 'VERSION.txt'), `Azubi Arcade ${version} (${target}, Node.js ${NODE_VERSION})\n`);
  writeFileSync(join(top, 'LIESMICH.txt'), readMe(version, target));
  const archive = join(outDir, target === 'win-x64' ? `${base}.zip` : `${base}.tar.gz`);
  rmSync(archive, { force: true });
  if (target === 'win-x64') {
    writeFileSync(join(top, WINDOWS_STARTER), windowsStarter());
    execFileSync('zip', ['-r', '-X', '-q', '-9', archive, base], { cwd: stage });
  } else {
    writeFileSync(join(top, LINUX_STARTER), linuxStarter());
    chmodSync(join(top, LINUX_STARTER), 0o755);
    chmodSync(nodeTarget, 0o755);
    execFileSync('tar', ['--owner=0', '--group=0', '--numeric-owner', '-czf', archive, base], { cwd: stage });
  }
  rmSync(stage, { recursive: true, force: true });
  return archive;
}

async function main(): Promise<void> {
  requireTool('tar', 'GNU tar, e.g. apt-get install tar');
  requireTool('zip', 'Info-ZIP, e.g. apt-get install zip');
  mkdirSync(outDir, { recursive: true });
  const appDir = await buildApp();
  for (const target of TARGETS) {
    const archive = packTarget(target, appDir);
    console.log(`${archive}: ${(statSync(archive).size / 1024 / 1024).toFixed(1)} MB`);
  }
  if (!existsSync(join(appDir, 'server.mjs'))) throw new Error('server bundle missing');
}

main().catch((err: unknown) => {
  console.error(`Release build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
