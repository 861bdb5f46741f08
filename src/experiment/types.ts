/**
 * What an experiment reports: the JSON the CLI prints and the app draws
 * (the format is documented in docs/cli.md).
 */
import type { MetricId, MetricUnit, SeriesId } from '../model/metrics.ts';
import type { Derived } from '../model/derive.ts';
import type { Scenario } from '../scenario/types.ts';
import type { BudgetSummary, Payback } from './budget.ts';

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
  /** Spending by budget year (52 weeks each) and line, summarised across replications. */
  budget: BudgetSummary;
}

/** A scenario beside a comparison run with the same seed (common random numbers). */
export interface ComparisonResult {
  modelVersion: string;
  seed: number;
  replications: number;
  result: ExperimentResult;
  comparison: ExperimentResult;
  /** Paired differences, scenario − comparison, replication by replication. */
  difference: { metrics: Record<MetricId, MetricSummary>; budget: BudgetSummary };
  /** When the added staff cost is paid back by savings on measures (budget.ts). */
  payback: Payback;
}
