/** Replications on a pool of Web Workers (the app): one per core, capped. */
import { createPoolRunner, type PoolWorker } from './pool.ts';
import type { FromWorker } from './protocol.ts';
import type { Runner } from './types.ts';

/** More workers than this add memory and start-up time for little gain. */
export const MAX_WEB_WORKERS = 8;

export function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(MAX_WEB_WORKERS, cores));
}

export function createWebWorkerRunner(workers = defaultWorkerCount()): Runner {
  return createPoolRunner(workers, spawnWebWorker, { terminateOnAbort: false });
}

function spawnWebWorker(): PoolWorker {
  const worker = new Worker(new URL('./web-worker.ts', import.meta.url), { type: 'module', name: 'sagstal' });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener('message', (event: MessageEvent<FromWorker>) => listener(event.data)),
    onFailure: (listener) =>
      worker.addEventListener('error', (event) => listener(new Error(event.message || 'a Web Worker failed to start'))),
    terminate: () => worker.terminate(),
  };
}
