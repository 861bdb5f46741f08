// A worker thread starts without the parent's TypeScript loader: register tsx, then load the
// worker body from source, as bin/sagstal.js does for the main thread.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker.ts');
