/**
 * What the browser app may know about the model, and nothing more: the metric and series
 * catalogue, the model version, the derived figures shown beside the controls and the work
 * bound checked before a run. The app must not import src/model/ itself (an eslint boundary
 * rule): it runs the model only through src/runner, and reads about it only here.
 */
export {
  METRICS,
  METRIC_IDS,
  MONOTONE_METRIC_IDS,
  SERIES,
  SERIES_IDS,
} from '../model/metrics.ts';
export type { MetricId, MetricInfo, MetricUnit, ReplicationResult, SeriesId } from '../model/metrics.ts';
export { MODEL_CHANGES, MODEL_VERSION, modelChangesSince } from '../model/version.ts';
export { derive } from '../model/derive.ts';
export type { Derived } from '../model/derive.ts';
export { checkWorkBound } from '../model/work-bound.ts';
