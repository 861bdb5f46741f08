/**
 * The one way every experiment gets replications: replications 0..n−1 of a scenario under a
 * seed, through any {@link Runner}, with what was already computed taken from the cache. Index
 * k of every scenario shares its random numbers with index k of every other (common random
 * numbers), so comparisons, sweeps, goal seeks and sensitivity arms are paired by construction.
 *
 * Runners run one request at a time, so requests queue here: the page's main estimate, a goal
 * seek and a tornado can all ask at once, each batch waiting for the one before it. A request
 * whose signal is aborted leaves the queue at once.
 */
import { abortError } from '../runner/abort.ts';
import type { ReplicationResult } from '../model/metrics.ts';
import type { Runner } from '../runner/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { ResultCache } from './cache.ts';

export interface ReplicateOptions {
  signal?: AbortSignal;
  /** Each newly computed replication, as it arrives (cached ones are not repeated here). */
  onResult?: (result: ReplicationResult) => void;
}

export class Replicator {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly runner: Runner,
    readonly cache = new ResultCache(),
  ) {}

  /** Replications 0..n−1 of `scenario` under `seed`, sorted by index. */
  async replicate(scenario: Scenario, seed: number, n: number, options: ReplicateOptions = {}): Promise<ReplicationResult[]> {
    const have = this.cache.get(scenario, seed);
    if (have.length >= n) return have.slice(0, n);
    const turn = this.tail.then(
      () => this.runMissing(scenario, seed, n, options),
      () => this.runMissing(scenario, seed, n, options),
    );
    this.tail = turn.catch(() => undefined);
    const { signal } = options;
    if (!signal) return turn;
    // Leave the queue as soon as the caller gives up, not when this request's turn comes.
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(abortError());
      signal.addEventListener('abort', onAbort, { once: true });
      turn.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private async runMissing(scenario: Scenario, seed: number, n: number, options: ReplicateOptions): Promise<ReplicationResult[]> {
    if (options.signal?.aborted) throw abortError();
    // The cache may have grown while this request waited.
    const have = this.cache.get(scenario, seed);
    if (have.length >= n) return have.slice(0, n);
    const more = await this.runner.run({ scenario, seed, from: have.length, to: n }, options);
    const all = [...have, ...more];
    this.cache.set(scenario, seed, all);
    return all;
  }
}
