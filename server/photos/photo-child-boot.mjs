// Plain-JS entry of the photo child process (photo-encoder.ts) when the server runs from
// source. It bundles the TypeScript child with esbuild (tsx's own compiler) into one file, as
// the release does (scripts/release/bundle-server.ts: photo-child.mjs beside server.mjs),
// loads it and deletes the file. So from source, too, the child carries neither tsx's loader
// thread nor esbuild's service process (stopped once built): measured 65 instead of 89 MB at
// start, plus the 17 MB service. Without esbuild, or where it cannot write, it registers tsx.
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('./photo-child.ts', import.meta.url));
// Inside node_modules so the bundle finds sharp; one file per process (two servers may start children at once).
const out = fileURLToPath(new URL(`../../node_modules/.cache/photo-child/photo-child-${process.pid}.mjs`, import.meta.url));

/** Bundles the child into `out`; false when esbuild is missing or cannot write there (read-only checkout). */
async function bundled() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  try {
    await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'silent' });
    return true;
  } catch {
    return false;
  } finally {
    await esbuild.stop();
  }
}

if (await bundled()) {
  try {
    await import(pathToFileURL(out).href);
  } finally {
    rmSync(out, { force: true });
  }
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./photo-child.ts');
}
