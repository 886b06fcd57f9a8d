// `npm start`: build the client if it is missing or stale, then run the server as a child
// process that is started again after a crash (server/supervisor.ts). One server process
// serves the client, the HTTP API and Colyseus.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { supervise } from '../server/supervisor.ts';
import { ensureClientBuilt } from './client-build.ts';

const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureClientBuilt(ROOT_DIR);
// Production mode: Colyseus then prints no development hints (review N6, N13).
process.env.NODE_ENV ??= 'production';
const supervisor = supervise({ command: [process.execPath, '--import', 'tsx', join(ROOT_DIR, 'server', 'main.ts')], cwd: ROOT_DIR });
// Ctrl-C reaches the child from the terminal too; a `kill` of this process is passed on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => supervisor.stop(signal));
process.exitCode = await supervisor.done;
