/** The body of a Node worker thread: replications on request (loaded by node-worker-entry.js). */
import { parentPort } from 'node:worker_threads';
import { handle, type ToWorker } from './protocol.ts';

parentPort?.on('message', (message: ToWorker) => {
  const { reply, transfer } = handle(message);
  parentPort?.postMessage(reply, transfer);
});
