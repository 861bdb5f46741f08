/**
 * The numbers on screen as one CSV: the scenario's name and every parameter in which it
 * differs from the model's defaults, the same for the comparison, then both scenarios' metrics,
 * budget years and weekly series and the paired differences, in the CLI's comparison format
 * (docs/cli.md) with one column added at the end, `value`, for the text rows (names and
 * parameter values). Pure: tested in Node.
 */
import { budgetDifference, payback } from '../experiment/budget.ts';
import { METRIC_IDS, MODEL_VERSION, SERIES, type MetricId, type ReplicationResult } from '../experiment/catalogue.ts';
import { CSV_HEADER, toComparisonCsv } from '../experiment/csv.ts';
import { differenceSummary, summarize } from '../experiment/summarize.ts';
import type { ComparisonResult, ExperimentResult, MetricSummary } from '../experiment/types.ts';
import { DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import { SCENARIO_SPEC, type FieldSpec } from '../scenario/schema.ts';
import type { Scenario } from '../scenario/types.ts';

/** The CLI's columns and `value`, the text of a name or a parameter row. */
export const APP_CSV_HEADER = [...CSV_HEADER, 'value'] as const;

export interface CsvSide {
  /** "I dag, højst 25 sager, 1 forudsætning ændret". */
  name: string;
  scenario: Scenario;
  results: readonly ReplicationResult[];
}

/** Fields that describe a scenario rather than set it. */
const DESCRIPTIVE = new Set(['schemaVersion', 'title', 'notes']);

/** A parameter that differs from the defaults: its path (case types and tasks by id), unit and value as text. */
export interface ParameterRow {
  path: string;
  unit: string;
  value: string;
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Every parameter of `s` that differs from the model's defaults, in schema order. */
export function differingParameters(s: Scenario): ParameterRow[] {
  const rows: ParameterRow[] = [];
  const walk = (spec: FieldSpec, mine: unknown, theirs: unknown, path: string) => {
    if (DESCRIPTIVE.has(path)) return;
    if (spec.kind === 'object') {
      for (const [key, field] of Object.entries(spec.fields)) {
        const at = (x: unknown) => (x as Record<string, unknown> | undefined)?.[key];
        walk(field, at(mine), at(theirs), path ? `${path}.${key}` : key);
      }
      return;
    }
    if (spec.kind === 'list') {
      const byId = new Map(((theirs ?? []) as { id: string }[]).map((item) => [item.id, item]));
      for (const item of (mine ?? []) as { id: string }[]) walk(spec.of, item, byId.get(item.id), `${path}.${item.id}`);
      for (const id of byId.keys()) if (!((mine ?? []) as { id: string }[]).some((item) => item.id === id)) rows.push({ path: `${path}.${id}`, unit: '', value: 'removed' });
      return;
    }
    if (JSON.stringify(mine) === JSON.stringify(theirs)) return;
    const unit = spec.kind === 'number' ? spec.unit : spec.kind === 'nullable' ? spec.of.unit : '';
    rows.push({ path, unit, value: show(mine) });
  };
  walk(SCENARIO_SPEC, s, DEFAULT_SCENARIO, '');
  return rows;
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break; text a spreadsheet would run
 * as a formula (=, +, −, @ first) gets a leading apostrophe, so a file's title cannot run.
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const textRow = (kind: string, id: string, unit: string, value: string) => [kind, csvText(id), '', unit, '', '', '', '', csvText(value)].join(',');
const cell = (x: number) => (Number.isFinite(x) ? String(x) : '');

function seriesRows(kind: string, result: ExperimentResult): string[] {
  return Object.entries(result.series).flatMap(([id, points]) =>
    points.map((p) => [kind, id, String(p.week), SERIES[id as keyof typeof SERIES].unit, '', cell(p.p10), cell(p.p50), cell(p.p90), ''].join(',')),
  );
}

/** The scenario beside its comparison as the CLI's `--compare` reports it, from the results on screen. */
export function comparisonOf(scenario: CsvSide, comparison: CsvSide): ComparisonResult {
  const metrics = {} as Record<MetricId, MetricSummary>;
  for (const id of METRIC_IDS) metrics[id] = differenceSummary(comparison.results, scenario.results, id);
  return {
    modelVersion: MODEL_VERSION,
    seed: scenario.scenario.simulation.seed,
    replications: scenario.results.length,
    result: summarize(scenario.scenario, scenario.scenario.simulation.seed, scenario.results),
    comparison: summarize(comparison.scenario, comparison.scenario.simulation.seed, comparison.results),
    difference: { metrics, budget: budgetDifference(comparison.results, scenario.results) },
    payback: payback(comparison.results, scenario.results),
  };
}

/** The app's CSV: names, parameters, both scenarios, the paired differences and both scenarios' weekly series. */
export function appCsv(scenario: CsvSide, comparison: CsvSide): string {
  const c = comparisonOf(scenario, comparison);
  const numbers = toComparisonCsv(c).trimEnd().split('\n').slice(1).map((row) => `${row},`);
  const parameters = (kind: string, s: Scenario) => differingParameters(s).map((p) => textRow(kind, p.path, p.unit, p.value));
  const rows = [
    APP_CSV_HEADER.join(','),
    textRow('name', 'scenario', '', scenario.name),
    textRow('name', 'comparison', '', comparison.name),
    ...parameters('parameter', scenario.scenario),
    ...parameters('comparison.parameter', comparison.scenario),
    ...numbers,
    ...seriesRows('series', c.result),
    ...seriesRows('comparison.series', c.comparison),
  ];
  return `${rows.join('\n')}\n`;
}
