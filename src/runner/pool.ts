/**
 * A pool of workers that hands out replication indices one at a time and collects results:
 * the part of the Node and browser runners that does not depend on what a worker is.
 */
import type { ReplicationResult } from '../model/metrics.ts';
import { abortError } from './abort.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import type { RunOptions, RunRequest, Runner } from './types.ts';

/** What the pool needs of a worker thread or Web Worker. */
export interface PoolWorker {
  post(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
}

export class WorkerError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** A runner over `size` workers made by `spawn`; workers are started on first use and after an abort. */
export function createPoolRunner(size: number, spawn: () => PoolWorker): Runner {
  let workers: PoolWorker[] = [];
  let busy = false;
  const stop = () => {
    for (const w of workers) w.terminate();
    workers = [];
  };
  return {
    run(request: RunRequest, options: RunOptions = {}): Promise<ReplicationResult[]> {
      if (busy) return Promise.reject(new Error('this runner is already running; abort the run or use another runner'));
      if (options.signal?.aborted) return Promise.reject(abortError());
      const total = request.to - request.from;
      if (total <= 0) return Promise.resolve([]);
      busy = true;
      if (workers.length === 0) workers = Array.from({ length: Math.max(1, size) }, spawn);
      const results: ReplicationResult[] = [];
      let next = request.from;
      return new Promise<ReplicationResult[]>((resolve, reject) => {
        let settled = false;
        const finish = (error: unknown) => {
          if (settled) return;
          settled = true;
          busy = false;
          options.signal?.removeEventListener('abort', onAbort);
          if (error) {
            // Workers may still be busy with replications nobody wants: stop them.
            stop();
            reject(error);
          } else {
            resolve(results.sort((a, b) => a.replication - b.replication));
          }
        };
        const onAbort = () => finish(abortError());
        options.signal?.addEventListener('abort', onAbort);
        const feed = (worker: PoolWorker) => {
          if (next >= request.to) return;
          worker.post({ type: 'run', scenario: request.scenario, seed: request.seed, replication: next++ });
        };
        for (const worker of workers) {
          worker.onMessage((message) => {
            if (settled) return;
            if (message.type === 'error') {
              finish(new WorkerError(message.name, message.message));
              return;
            }
            results.push(message.result);
            options.onResult?.(message.result);
            if (results.length === total) finish(null);
            else feed(worker);
          });
          worker.onFailure((error) => finish(error));
          feed(worker);
        }
      });
    },
    close: stop,
  };
}
