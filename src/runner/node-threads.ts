/** Replications on Node worker threads (the CLI's `--workers`). */
import { Worker } from 'node:worker_threads';
import { createPoolRunner, type PoolWorker } from './pool.ts';
import type { FromWorker } from './protocol.ts';
import type { Runner } from './types.ts';

const ENTRY = new URL('./node-worker-entry.js', import.meta.url);

export function createThreadRunner(workers: number): Runner {
  return createPoolRunner(workers, spawnThread);
}

function spawnThread(): PoolWorker {
  const worker = new Worker(ENTRY);
  // The pool re-registers listeners for every run; keep only the current ones.
  let onMessage: (message: FromWorker) => void = () => {};
  let onFailure: (error: Error) => void = () => {};
  worker.on('message', (message: FromWorker) => onMessage(message));
  worker.on('error', (error: Error) => onFailure(error));
  worker.on('exit', (code) => {
    if (code !== 0) onFailure(new Error(`a worker thread stopped with exit code ${code}`));
  });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => (onMessage = listener),
    onFailure: (listener) => (onFailure = listener),
    terminate: () => void worker.terminate(),
  };
}
