/**
 * An experiment: R replications of one scenario through a runner, summarised. The work
 * bound is checked before anything runs, so a scenario cannot ask for more than a few
 * minutes of computing (see work-bound.ts).
 */
import type { ReplicationResult } from '../model/metrics.ts';
import { checkWorkBound, WorkLimitError } from '../model/work-bound.ts';
import type { Runner } from '../runner/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { Replicator } from './replicator.ts';
import { summarize } from './summarize.ts';
import type { ExperimentResult } from './types.ts';

export interface ExperimentOptions {
  runner: Runner;
  /** Replications through this (its cache and queue) rather than straight from the runner. */
  replicator?: Replicator;
  /** Default: the scenario's seed. */
  seed?: number;
  /** Default: the scenario's replications. */
  replications?: number;
  signal?: AbortSignal;
  /** Called after each replication with the count done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called after each replication with every result so far (for progressive summaries). */
  onResult?: (result: ReplicationResult) => void;
}

export async function runExperiment(scenario: Scenario, options: ExperimentOptions): Promise<ExperimentResult> {
  const seed = options.seed ?? scenario.simulation.seed;
  const replications = options.replications ?? scenario.simulation.replications;
  const refusal = checkWorkBound(scenario, replications);
  if (refusal) throw new WorkLimitError(refusal);
  let done = 0;
  const seen = new Set<number>();
  const report = (result: ReplicationResult) => {
    seen.add(result.replication);
    done++;
    options.onResult?.(result);
    options.onProgress?.(done, replications);
  };
  const replicator = options.replicator ?? new Replicator(options.runner);
  const results = await replicator.replicate(scenario, seed, replications, { signal: options.signal, onResult: report });
  // Replications the cache already held are reported too: callers count on seeing every one.
  for (const result of results) if (!seen.has(result.replication)) report(result);
  return summarize(scenario, seed, results);
}
