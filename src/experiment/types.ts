/**
 * What an experiment reports: the JSON the CLI prints and the app draws
 * (the format is documented in docs/cli.md).
 */
import type { MetricId, MetricUnit, SeriesId } from '../model/metrics.ts';
import type { Derived } from '../model/derive.ts';
import type { Scenario } from '../scenario/types.ts';

export type { Derived };

export interface MetricSummary {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  unit: MetricUnit;
}

export interface SeriesPoint {
  week: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface ExperimentResult {
  modelVersion: string;
  seed: number;
  replications: number;
  scenario: Scenario;
  derived: Derived;
  metrics: Record<MetricId, MetricSummary>;
  series: Record<SeriesId, SeriesPoint[]>;
}
