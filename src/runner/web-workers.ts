/**
 * Replications on a pool of Web Workers (the app): one per core but one, capped.
 *
 * Each worker is given two replications at a time (two pool slots share one worker), so it
 * starts the next as soon as it posts a result, instead of idling until the page's main
 * thread, busy drawing charts, gets round to handing out more. When a run is abandoned the
 * worker is told, and drops the replication it holds but has not started (request-queue.ts),
 * so a new scenario waits at most for the one in progress.
 */
import { createPoolRunner, type PoolWorker } from './pool.ts';
import type { AbandonMessage, FromWorker, ToWorker } from './protocol.ts';
import type { Runner } from './types.ts';

/** More workers than this add memory and start-up time for little gain. */
export const MAX_WEB_WORKERS = 8;
/** Replications queued per worker. */
export const WORKER_QUEUE_DEPTH = 2;

/**
 * One worker per core but one, at most {@link MAX_WEB_WORKERS}, at least one. The page's own
 * thread keeps a core for the charts and the slider: on two cores one worker finishes the
 * default scenario as fast as two and leaves dragging free of long tasks (bench:browser).
 */
export function defaultWorkerCount(cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2): number {
  return Math.max(1, Math.min(MAX_WEB_WORKERS, cores - 1));
}

export function createWebWorkerRunner(workers = defaultWorkerCount()): Runner {
  return createPoolRunner(workers * WORKER_QUEUE_DEPTH, queuedSlots(spawnWebWorker, WORKER_QUEUE_DEPTH), { terminateOnAbort: false });
}

/**
 * Pool slots `depth` at a time over one worker: each call returns a slot, and every `depth`th
 * call starts a new worker. A worker answers in the order it was asked, and every answer names
 * its run and replication, so each answer goes back to the slot that asked for it.
 */
export function queuedSlots(spawn: () => PoolWorker, depth: number): () => PoolWorker {
  let worker: PoolWorker | null = null;
  let slots: { asked: ToWorker | null; listener: (message: FromWorker) => void }[] = [];
  return () => {
    if (!worker || slots.length >= depth) {
      const shared = spawn();
      const mine: typeof slots = [];
      shared.onMessage((message) => {
        const replication = message.type === 'result' ? message.result.replication : message.replication;
        const slot = mine.find((s) => s.asked?.run === message.run && s.asked.replication === replication);
        if (!slot) return;
        slot.asked = null;
        slot.listener(message);
      });
      worker = shared;
      slots = mine;
    }
    const shared = worker;
    const slot: (typeof slots)[number] = { asked: null, listener: () => undefined };
    slots.push(slot);
    return {
      post: (message) => {
        slot.asked = message;
        shared.post(message);
      },
      onMessage: (listener) => {
        slot.listener = listener;
      },
      onFailure: (listener) => shared.onFailure(listener),
      terminate: () => shared.terminate(),
      abandon: (run) => shared.abandon?.(run),
    };
  };
}

interface Started {
  worker: Worker;
  /** A failure before the pool listened (a worker that could not load), kept to report. */
  failure: Error | null;
}

function startWorker(): Started {
  // Written out in full: the bundler recognises `new Worker(new URL(…), …)` and builds the worker.
  const worker = new Worker(new URL('./web-worker.ts', import.meta.url), { type: 'module', name: 'sagstal' });
  const started: Started = { worker, failure: null };
  started.worker.addEventListener('error', (event) => {
    started.failure ??= new Error(event.message || 'a Web Worker failed to start');
  });
  return started;
}

const warm: Started[] = [];

/**
 * Starts `count` workers now, for the pool to take up when it first runs. A page calls this
 * before it loads anything else: a worker takes a few hundred milliseconds to load the
 * model, and can do so while the page loads its charts and controls.
 */
export function prewarmWebWorkers(count = defaultWorkerCount()): void {
  while (warm.length < count) warm.push(startWorker());
}

function spawnWebWorker(): PoolWorker {
  const started = warm.shift() ?? startWorker();
  const { worker } = started;
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener('message', (event: MessageEvent<FromWorker>) => listener(event.data)),
    onFailure: (listener) => {
      if (started.failure) queueMicrotask(() => listener(started.failure as Error));
      worker.addEventListener('error', (event) => listener(new Error(event.message || 'a Web Worker failed to start')));
    },
    terminate: () => worker.terminate(),
    abandon: (run) => worker.postMessage({ type: 'abandon', run } satisfies AbandonMessage),
  };
}
