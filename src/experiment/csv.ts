/**
 * The CSV form of an experiment: one tidy table (one row per metric, then one per series
 * week) that a spreadsheet or R reads without reshaping. Empty cells where a value is
 * undefined (NaN: nothing to measure).
 */
import { SERIES } from '../model/metrics.ts';
import type { BudgetSummary } from './budget.ts';
import type { ComparisonResult, ExperimentResult, MetricSummary } from './types.ts';

/** `week` holds the week of a series row and the budget year of a budget row. */
export const CSV_HEADER = ['kind', 'id', 'week', 'unit', 'mean', 'p10', 'p50', 'p90'] as const;

const cell = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '' : String(x));
const summaryRow = (kind: string, id: string, at: string, m: MetricSummary) =>
  [kind, id, at, m.unit, cell(m.mean), cell(m.p10), cell(m.p50), cell(m.p90)].join(',');

function metricRows(kind: string, metrics: Record<string, MetricSummary>): string[] {
  return Object.entries(metrics).map(([id, m]) => summaryRow(kind, id, '', m));
}

/** One row per spending line and budget year (the `week` column holds the year). */
function budgetRows(kind: string, budget: BudgetSummary): string[] {
  return Object.entries(budget.byYear).flatMap(([line, years]) => years.map((m, i) => summaryRow(kind, line, String(i + 1), m)));
}

export function toCsv(result: ExperimentResult): string {
  const rows: string[] = [CSV_HEADER.join(','), ...metricRows('metric', result.metrics)];
  for (const [id, points] of Object.entries(result.series)) {
    const unit = SERIES[id as keyof typeof SERIES].unit;
    for (const p of points) rows.push(['series', id, String(p.week), unit, '', cell(p.p10), cell(p.p50), cell(p.p90)].join(','));
  }
  rows.push(...budgetRows('budget', result.budget));
  return `${rows.join('\n')}\n`;
}

/**
 * A comparison as one table: the scenario's metrics and budget years, the comparison's, the
 * paired differences (kinds `difference.metric`, `difference.budget`), and the payback year
 * (kind `payback`: id the verdict, the year in `week`, the share of replications that pay back
 * within the horizon in `mean`).
 */
export function toComparisonCsv(c: ComparisonResult): string {
  const year = c.payback.kind === 'year' ? String(c.payback.year) : '';
  const share = c.payback.kind === 'noAddedCost' ? '' : cell(c.payback.share);
  const rows = [
    CSV_HEADER.join(','),
    ...metricRows('metric', c.result.metrics),
    ...budgetRows('budget', c.result.budget),
    ...metricRows('comparison.metric', c.comparison.metrics),
    ...budgetRows('comparison.budget', c.comparison.budget),
    ...metricRows('difference.metric', c.difference.metrics),
    ...budgetRows('difference.budget', c.difference.budget),
    ['payback', c.payback.kind, year, 'year', share, '', '', ''].join(','),
  ];
  return `${rows.join('\n')}\n`;
}
