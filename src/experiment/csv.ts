/**
 * The CSV form of an experiment: one tidy table (one row per metric, then one per series
 * week) that a spreadsheet or R reads without reshaping. Empty cells where a value is
 * undefined (NaN: nothing to measure).
 */
import { SERIES } from '../model/metrics.ts';
import type { ExperimentResult } from './types.ts';

export const CSV_HEADER = ['kind', 'id', 'week', 'unit', 'mean', 'p10', 'p50', 'p90'] as const;

export function toCsv(result: ExperimentResult): string {
  const cell = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '' : String(x));
  const rows: string[] = [CSV_HEADER.join(',')];
  for (const [id, m] of Object.entries(result.metrics)) {
    rows.push(['metric', id, '', m.unit, cell(m.mean), cell(m.p10), cell(m.p50), cell(m.p90)].join(','));
  }
  for (const [id, points] of Object.entries(result.series)) {
    const unit = SERIES[id as keyof typeof SERIES].unit;
    for (const p of points) rows.push(['series', id, String(p.week), unit, '', cell(p.p10), cell(p.p50), cell(p.p90)].join(','));
  }
  return `${rows.join('\n')}\n`;
}
