import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseDataDir } from './data-folder.ts';
import { setReleaseInfo } from './release-info.ts';

// Entry of a release build (bundled to app/server.mjs, started by the starters with the
// Node.js runtime shipped beside it). Fills in what `npm start` gets from the repository,
// then runs the ordinary server start (server/main.ts).

const appDir = dirname(fileURLToPath(import.meta.url));
const releaseDir = dirname(appDir);
const manifest = JSON.parse(readFileSync(join(appDir, 'release.json'), 'utf8')) as { version: string; buildId: string };
setReleaseInfo({ version: manifest.version, buildId: manifest.buildId });

const data = chooseDataDir(process.env, process.platform, homedir(), releaseDir);
process.env.DATA_DIR = data.dir;
process.env.CLIENT_DIR ||= join(appDir, 'client');
process.env.NODE_ENV ||= 'production';

await import('../main.ts');
