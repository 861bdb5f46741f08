/** Replications on Node worker threads (the CLI's `--workers`). */
import { Worker } from 'node:worker_threads';
import { createPoolRunner, type PoolWorker } from './pool.ts';
import type { FromWorker } from './protocol.ts';
import type { Runner } from './types.ts';

const ENTRY = new URL('./node-worker-entry.js', import.meta.url);

export function createThreadRunner(workers: number): Runner {
  return createPoolRunner(workers, spawnThread, { terminateOnAbort: true });
}

function spawnThread(): PoolWorker {
  const worker = new Worker(ENTRY);
  let terminated = false;
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', (message: FromWorker) => listener(message)),
    onFailure: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => {
        if (!terminated && code !== 0) listener(new Error(`a worker thread stopped with exit code ${code}`));
      });
    },
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
  };
}
