/**
 * A pool of workers that hands out replication indices one at a time and collects results:
 * the part of the Node and browser runners that does not depend on what a worker is.
 *
 * On abort the run rejects at once. What happens to replications still in flight is the
 * caller's choice: Node threads are terminated (a CLI run is over); Web Workers are kept,
 * because starting a module worker again costs more than finishing one replication, and the
 * app aborts on every slider move. They are told, and drop what they had not started; a
 * result that still arrives for an abandoned run is dropped here.
 */
import type { ReplicationResult } from '../model/metrics.ts';
import { abortError } from './abort.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import type { RunOptions, RunRequest, Runner } from './types.ts';

/** What the pool needs of a worker thread or Web Worker. */
export interface PoolWorker {
  post(message: ToWorker): void;
  /** Registered once, when the worker is spawned. */
  onMessage(listener: (message: FromWorker) => void): void;
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
  /** Tells the worker run `run` was given up, so it need not start what it holds of it (Web Workers). */
  abandon?(run: number): void;
}

export class WorkerError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

interface ActiveRun {
  id: number;
  request: RunRequest;
  options: RunOptions;
  next: number;
  results: ReplicationResult[];
  finish: (error: unknown) => void;
}

interface Slot {
  worker: PoolWorker;
  /** Run id of the replication in flight, or null when idle. */
  busyWith: number | null;
}

export function createPoolRunner(size: number, spawn: () => PoolWorker, options: { terminateOnAbort: boolean }): Runner {
  let slots: Slot[] = [];
  let active: ActiveRun | null = null;
  let runs = 0;

  const feed = (slot: Slot) => {
    const run = active;
    if (!run || run.next >= run.request.to) return;
    slot.busyWith = run.id;
    slot.worker.post({ type: 'run', run: run.id, scenario: run.request.scenario, seed: run.request.seed, replication: run.next++ });
  };

  const start = () => {
    slots = Array.from({ length: Math.max(1, size) }, () => {
      const slot: Slot = { worker: spawn(), busyWith: null };
      slot.worker.onMessage((message) => {
        slot.busyWith = null;
        const run = active;
        if (!run || message.run !== run.id) {
          feed(slot);
          return;
        }
        if (message.type === 'error') {
          run.finish(new WorkerError(message.name, message.message));
          return;
        }
        // Only an abandoned run's requests are dropped, and an abandoned run is never active again.
        if (message.type === 'dropped') {
          run.finish(new Error(`a worker dropped replication ${message.replication} of the run in progress`));
          return;
        }
        run.results.push(message.result);
        run.options.onResult?.(message.result);
        if (active !== run) return; // onResult may have aborted the run
        if (run.results.length === run.request.to - run.request.from) run.finish(null);
        else feed(slot);
      });
      slot.worker.onFailure((error) => active?.finish(error));
      return slot;
    });
  };

  const stop = () => {
    for (const slot of slots) slot.worker.terminate();
    slots = [];
  };

  return {
    run(request: RunRequest, runOptions: RunOptions = {}): Promise<ReplicationResult[]> {
      if (active) return Promise.reject(new Error('this runner is already running; abort the run first'));
      if (runOptions.signal?.aborted) return Promise.reject(abortError());
      if (request.to <= request.from) return Promise.resolve([]);
      if (slots.length === 0) start();
      return new Promise<ReplicationResult[]>((resolve, reject) => {
        const run: ActiveRun = {
          id: ++runs,
          request,
          options: runOptions,
          next: request.from,
          results: [],
          finish: (error) => {
            if (active !== run) return;
            active = null;
            runOptions.signal?.removeEventListener('abort', onAbort);
            if (error) {
              if (options.terminateOnAbort || !(error instanceof DOMException)) stop();
              else for (const slot of slots) if (slot.busyWith === run.id) slot.worker.abandon?.(run.id);
              reject(error);
            } else {
              resolve(run.results.sort((a, b) => a.replication - b.replication));
            }
          },
        };
        const onAbort = () => run.finish(abortError());
        runOptions.signal?.addEventListener('abort', onAbort);
        active = run;
        for (const slot of slots) if (slot.busyWith === null) feed(slot);
      });
    },
    close: () => {
      active?.finish(abortError());
      stop();
    },
  };
}
