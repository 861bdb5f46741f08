/** Replication results made up for tests of the app's pure code: cheap, exact, chosen values. */
import { METRIC_IDS, SERIES_IDS, type MetricId, type ReplicationResult, type SeriesId } from '../../src/model/metrics.ts';

export function fakeResult(
  replication: number,
  metrics: Partial<Record<MetricId, number>> = {},
  series: Partial<Record<SeriesId, number[]>> = {},
  weeks = 4,
): ReplicationResult {
  return {
    replication,
    metrics: Object.fromEntries(METRIC_IDS.map((id) => [id, metrics[id] ?? 0])) as Record<MetricId, number>,
    series: Object.fromEntries(SERIES_IDS.map((id) => [id, Float64Array.from(series[id] ?? new Array<number>(weeks + 1).fill(0))])) as Record<SeriesId, Float64Array>,
    events: 0,
    arrivals: 0,
    assumptions: {},
  };
}
