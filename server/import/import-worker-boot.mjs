// Starts the import worker (import-worker.ts) in a worker thread: the server runs TypeScript
// through tsx, whose loader a worker thread does not inherit, so it is registered here first.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
