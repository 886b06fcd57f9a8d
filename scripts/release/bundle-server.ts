import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'rolldown';

// Bundles the server into a few .mjs files with Rolldown (it comes with Vite 8), so a
// release needs no node_modules tree. What the bundle loads from disk at run time is
// copied beside it: PGlite's WebAssembly and data files (PGlite finds them next to its
// own code through import.meta.url) and the SQL migrations (server/db/migrate.ts).

/** Optional native add-ons the server's dependencies try and do without. */
const OPTIONAL_NATIVE = ['pg-native', 'bufferutil', 'utf-8-validate', 'msgpackr-extract'];
/** Native add-ons the release carries in app/node_modules per platform (sharp-packages.ts). */
const SHIPPED_NATIVE = ['sharp'];

/** PGlite's run-time files, beside its bundled code. */
const PGLITE_FILES = ['pglite.wasm', 'pglite.data', 'initdb.wasm'];

/**
 * Writes the server bundle into outDir (server.mjs, pglite-init.mjs, pdf-worker.mjs,
 * import-worker-boot.mjs, photo-child.mjs and shared chunks). `entries` (name → source path)
 * replaces the release's entry `server` (server/release/release-main.ts): the test run bundles
 * server/main.ts itself (tests/helpers/server-bundle.ts), with `logLevel` 'silent' (the release
 * prints the bundler's warnings about optional modules).
 */
export async function bundleServer(rootDir: string, outDir: string, { entries, logLevel = 'warn' }: { entries?: Record<string, string>; logLevel?: 'silent' | 'warn' } = {}): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    input: {
      ...(entries ?? { server: join(rootDir, 'server', 'release', 'release-main.ts') }),
      'pglite-init': join(rootDir, 'server', 'db', 'pglite-init.mjs'),
      // Record-book PDFs are made in worker threads (server/record-book/pdf-pool.ts).
      'pdf-worker': join(rootDir, 'server', 'record-book', 'pdf-worker.ts'),
      // The task-set import's worker thread (server/import/import-runner.ts starts
      // ./import-worker-boot.mjs: from source a tsx booter, here the bundled worker itself).
      'import-worker-boot': join(rootDir, 'server', 'import', 'import-worker.ts'),
      // Photos are re-encoded in a child process (server/photos/photo-encoder.ts forks
      // ./photo-child.mjs beside the bundle; from source it forks photo-child-boot.mjs).
      'photo-child': join(rootDir, 'server', 'photos', 'photo-child.ts'),
    },
    platform: 'node',
    cwd: rootDir,
    logLevel,
    external: (id) => [...OPTIONAL_NATIVE, ...SHIPPED_NATIVE].some((name) => id === name || id.startsWith(`${name}/`)),
    output: {
      dir: outDir,
      format: 'esm',
      entryFileNames: '[name].mjs',
      chunkFileNames: '[name]-[hash].mjs',
      // Not minified: readable stack traces from a trainer's laptop; the archive stays far below its 80 MB cap.
      minify: false,
      // Bundled CommonJS packages call require() for Node's own modules.
      // `var`, not `const`: a bundled package (fflate's Node build) declares its own top-level
      // `var require`, and a const beside it stops the module from loading (SyntaxError).
      banner: "import { createRequire as __arcadeCreateRequire } from 'node:module'; var require = __arcadeCreateRequire(import.meta.url);",
    },
  });
  const pgliteDist = dirname(createRequire(join(rootDir, 'package.json')).resolve('@electric-sql/pglite'));
  for (const file of PGLITE_FILES) cpSync(join(pgliteDist, file), join(outDir, file));
  cpSync(join(rootDir, 'server', 'db', 'migrations'), join(outDir, 'migrations'), { recursive: true });
  // The PDF font (server/record-book/pdf-render.ts looks for fonts/ beside its bundle first).
  const fonts = join(dirname(createRequire(join(rootDir, 'package.json')).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  mkdirSync(join(outDir, 'fonts'), { recursive: true });
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) cpSync(join(fonts, file), join(outDir, 'fonts', file));
  cpSync(join(fonts, '..', 'LICENSE'), join(outDir, 'fonts', 'LICENSE-DejaVu.txt'));
}
