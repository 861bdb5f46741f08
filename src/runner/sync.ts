/**
 * Replications in the calling thread: the reference runner (tests, benchmarks, one-worker
 * CLI runs). It yields to the event loop between replications so that an abort can land.
 */
import type { ReplicationResult } from '../model/metrics.ts';
import { runReplication } from '../model/run-replication.ts';
import { abortError } from './abort.ts';
import type { RunOptions, RunRequest, Runner } from './types.ts';

/** A macrotask turn (setImmediate in Node; pages have only setTimeout). */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

export function createSyncRunner(): Runner {
  return {
    async run({ scenario, seed, from, to }: RunRequest, options: RunOptions = {}): Promise<ReplicationResult[]> {
      const results: ReplicationResult[] = [];
      for (let i = from; i < to; i++) {
        if (options.signal?.aborted) throw abortError();
        const result = runReplication(scenario, seed, i);
        results.push(result);
        options.onResult?.(result);
        if (i + 1 < to) await nextTask();
      }
      return results;
    },
    close() {},
  };
}
