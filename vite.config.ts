import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { computeBuildId } from './server/build-id.ts';
import { precompressDir } from './scripts/precompress.ts';

// The web client: sources in client/, sounds and images from assets/ (served as-is),
// output in dist/client, which the server serves. Phaser stays out of the first load:
// only the game scenes import it, and they are loaded lazily (client/games/index.ts).

const repoRoot = dirname(fileURLToPath(import.meta.url));
const outDir = join(repoRoot, 'dist', 'client');
const buildId = computeBuildId(repoRoot);
/** `npm run dev` starts the game server here (scripts/dev.mjs). */
const GAME_SERVER = 'http://127.0.0.1:2567';

/** Writes the build id beside the bundle, so `npm start` can tell a stale build. */
function writeBuildId(): Plugin {
  return {
    name: 'arcade-build-id',
    apply: 'build',
    closeBundle() {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'build-id.txt'), `${buildId}\n`);
    },
  };
}

/** Writes .br and .gz twins of the built assets (the server sends them as they are). */
function precompressAssets(): Plugin {
  return {
    name: 'arcade-precompress',
    apply: 'build',
    closeBundle() {
      precompressDir(join(outDir, 'assets'));
    },
  };
}

export default defineConfig({
  root: join(repoRoot, 'client'),
  publicDir: join(repoRoot, 'assets'),
  define: {
    __BUILD_ID__: JSON.stringify(buildId),
  },
  plugins: [writeBuildId(), precompressAssets()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Phaser alone is ~1.2 MB minified; it is a lazy chunk, so the warning says nothing useful.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // One Phaser chunk shared by every game scene, loaded only when a game starts.
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/, priority: 2 },
            { name: 'howler', test: /node_modules[\\/]howler[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    host: true,
    // Everything the page talks to goes through Vite, so the page, the API and the game
    // server share one origin: the trainer's cookie and Origin check work as in production.
    // Object form: the string shorthand would rewrite Host (changeOrigin), and the server's
    // same-origin check compares Origin with Host.
    proxy: {
      '/api': { target: GAME_SERVER },
      '/health': { target: GAME_SERVER },
      '/matchmake': { target: GAME_SERVER },
      // A room's WebSocket: /<processId>/<roomId>?sessionId=… (module paths always have a dot).
      '^/[A-Za-z0-9_-]{4,}/[A-Za-z0-9_-]{4,}(\\?|$)': { target: GAME_SERVER, ws: true },
    },
  },
});
