/**
 * Replications to the numbers people read: mean, P10, P50 and P90 of every metric, and the
 * same bands for every week of every series. Values that are undefined in a replication
 * (NaN: no investigation finished, nobody allocated that week) are left out; a statistic
 * with no values at all is NaN, written as null in JSON.
 */
import { derive } from '../model/derive.ts';
import { METRIC_IDS, METRICS, SERIES_IDS, type MetricId, type MetricUnit, type ReplicationResult, type SeriesId } from '../model/metrics.ts';
import { MODEL_VERSION } from '../model/version.ts';
import type { Scenario } from '../scenario/types.ts';
import { decileBand, meanInOrder, quantileSorted, sortedFinite } from './quantiles.ts';
import { budgetSummary } from './budget.ts';
import type { ComparisonResult, ExperimentResult, MetricSummary, SeriesPoint } from './types.ts';

/** Mean and P10/P50/P90 of `values`, NaN ignored. */
export function summarizeMetric(values: ArrayLike<number>, unit: MetricUnit): MetricSummary {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return { mean: Number.NaN, p10: Number.NaN, p50: Number.NaN, p90: Number.NaN, unit };
  return {
    mean: meanInOrder(sorted),
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    unit,
  };
}

/** P10/P50/P90 across replications of series `id`, week by week. */
export function summarizeSeries(results: readonly ReplicationResult[], id: SeriesId): SeriesPoint[] {
  const weeks = results[0]?.series[id].length ?? 0;
  const column = new Float64Array(results.length);
  const scratch = new Float64Array(results.length);
  const series = results.map((r) => r.series[id]);
  const points: SeriesPoint[] = [];
  for (let week = 0; week < weeks; week++) {
    for (let r = 0; r < series.length; r++) column[r] = (series[r] as Float64Array)[week] as number;
    points.push({ week, ...decileBand(column, scratch) });
  }
  return points;
}

/** The experiment's result from its replications (in any order: they are sorted here). */
export function summarize(scenario: Scenario, seed: number, results: readonly ReplicationResult[]): ExperimentResult {
  const sorted = [...results].sort((a, b) => a.replication - b.replication);
  const metrics = {} as Record<MetricId, MetricSummary>;
  for (const id of METRIC_IDS) metrics[id] = summarizeMetric(sorted.map((r) => r.metrics[id]), METRICS[id].unit);
  const series = {} as Record<SeriesId, SeriesPoint[]>;
  for (const id of SERIES_IDS) series[id] = summarizeSeries(sorted, id);
  return {
    modelVersion: MODEL_VERSION,
    seed,
    replications: sorted.length,
    scenario,
    derived: derive(scenario),
    metrics,
    series,
    budget: budgetSummary(sorted),
  };
}

/**
 * Paired differences `b − a` of metric `id`, replication by replication. Two scenarios run
 * with the same seed share their random numbers (common random numbers), so the paired
 * difference has far less noise than the difference of two independent summaries.
 */
export function differenceSummary(
  a: readonly ReplicationResult[],
  b: readonly ReplicationResult[],
  id: MetricId,
): MetricSummary {
  const byIndex = new Map(a.map((r) => [r.replication, r.metrics[id]]));
  const differences: number[] = [];
  for (const r of b) {
    const base = byIndex.get(r.replication);
    if (base !== undefined) differences.push(r.metrics[id] - base);
  }
  return summarizeMetric(differences, METRICS[id].unit);
}

/** JSON text of a result; NaN (undefined statistics) becomes null, which JSON can carry. */
export function toJson(result: ExperimentResult | ComparisonResult, indent = 2): string {
  return JSON.stringify(result, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), indent);
}
