// Plain-JS entry of the photo child process (photo-encoder.ts) when the server runs from
// source: the child registers tsx itself, then loads the TypeScript child. In a release the
// bundle has photo-child.mjs beside server.mjs instead (scripts/release/bundle-server.ts).
import { register } from 'tsx/esm/api';

register();
await import('./photo-child.ts');
