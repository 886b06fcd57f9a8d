// Plain-JS entry of a PDF worker thread: Node 20 does not pass the parent's tsx loader to
// worker threads, so the worker registers tsx itself and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
