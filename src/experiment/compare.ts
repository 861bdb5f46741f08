/**
 * A scenario beside a comparison: both run with the same seed and replications through one
 * runner (common random numbers), so the paired differences are the decision's effect, not
 * noise; with the budget years and the payback year. The CLI's `--compare` and any caller
 * that needs "what does this change cost and save" use it.
 */
import { METRIC_IDS, type MetricId, type ReplicationResult } from '../model/metrics.ts';
import { MODEL_VERSION } from '../model/version.ts';
import type { Scenario } from '../scenario/types.ts';
import { budgetDifference, payback } from './budget.ts';
import { runExperiment, type ExperimentOptions } from './run-experiment.ts';
import { differenceSummary } from './summarize.ts';
import type { ComparisonResult, MetricSummary } from './types.ts';

export async function runComparison(
  scenario: Scenario,
  comparison: Scenario,
  options: Omit<ExperimentOptions, 'onResult'>,
): Promise<ComparisonResult> {
  const seed = options.seed ?? scenario.simulation.seed;
  const replications = options.replications ?? scenario.simulation.replications;
  const mine: ReplicationResult[] = [];
  const theirs: ReplicationResult[] = [];
  const progress = (offset: number) => (done: number) => options.onProgress?.(offset + done, 2 * replications);
  const result = await runExperiment(scenario, { ...options, seed, replications, onProgress: progress(0), onResult: (r) => mine.push(r) });
  const base = await runExperiment(comparison, {
    ...options,
    seed,
    replications,
    onProgress: progress(replications),
    onResult: (r) => theirs.push(r),
  });
  const metrics = {} as Record<MetricId, MetricSummary>;
  for (const id of METRIC_IDS) metrics[id] = differenceSummary(theirs, mine, id);
  return {
    modelVersion: MODEL_VERSION,
    seed,
    replications,
    result,
    comparison: base,
    difference: { metrics, budget: budgetDifference(theirs, mine) },
    payback: payback(theirs, mine),
  };
}
