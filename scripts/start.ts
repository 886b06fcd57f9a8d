// `npm start`: build the client if it is missing or stale, then run the server in this
// same process (one process serves the client, the HTTP API and Colyseus).
import { ROOT_DIR } from '../server/app.ts';
import { ensureClientBuilt } from './client-build.ts';

ensureClientBuilt(ROOT_DIR);
await import('../server/main.ts');
