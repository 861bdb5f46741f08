/**
 * The four charts, drawn with Observable Plot, each with a table alternative. Scenario in
 * blue with its P10–P90 band; today in grey and dashed, so the two differ without colour.
 */
import * as Plot from '@observablehq/plot';
import { summarizeMetric, summarizeSeries } from '../experiment/summarize.ts';
import type { ReplicationResult, SeriesId } from '../model/metrics.ts';
import type { SeriesPoint } from '../experiment/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { formatDate, formatNumber, formatPercent, t, type Lang, type MessageKey } from './i18n.ts';
import type { SweepPoint } from './session.ts';

export const COLORS = { scenario: '#1d5fa6', today: '#6b6b6b', guideline: '#2e7d32', cap: '#b3261e' } as const;

export interface ChartInput {
  lang: Lang;
  width: number;
  start: Date;
  scenario: Scenario;
  results: readonly ReplicationResult[];
  comparisonResults: readonly ReplicationResult[];
  sweep: SweepPoint[] | null;
  /** Name of the comparison in legends ("I dag", "Herning-modellen"). */
  comparisonLabel: string;
}

interface Row extends SeriesPoint {
  date: Date;
  series: string;
}

const weekDate = (start: Date, week: number) => new Date(start.getTime() + week * 7 * 86_400_000);

function rows(input: ChartInput, id: SeriesId): { scenario: Row[]; today: Row[] } {
  const { lang, start } = input;
  const tag = (points: SeriesPoint[], series: string) =>
    points.filter((p) => Number.isFinite(p.p50)).map((p) => ({ ...p, date: weekDate(start, p.week), series }));
  return {
    scenario: input.results.length ? tag(summarizeSeries(input.results, id), t(lang, 'chart.this')) : [],
    today: input.comparisonResults.length ? tag(summarizeSeries(input.comparisonResults, id), input.comparisonLabel) : [],
  };
}

/** Date ticks no closer than a label's width ("okt. 2027" at projector size is about 100 px). */
function tickInterval(width: number, weeks: number): string {
  const perQuarter = (width - 80) / (weeks / 13);
  if (perQuarter >= 110) return '3 months';
  if (perQuarter >= 55) return '6 months';
  return perQuarter * 4 >= 85 ? '1 year' : '2 years';
}

function base(input: ChartInput, yLabel: string): Plot.PlotOptions {
  const { lang, width } = input;
  return {
    width,
    height: Math.round(Math.min(420, Math.max(240, width * 0.45))),
    marginLeft: 56,
    marginBottom: 40,
    style: { fontSize: width < 500 ? '13px' : '15px', fontFamily: 'inherit', overflow: 'visible' },
    x: { type: 'utc', label: null, tickFormat: (d: Date) => formatDate(lang, d), ticks: tickInterval(width, input.scenario.simulation.horizonWeeks) },
    y: { label: yLabel, grid: true, zero: true, tickFormat: (d: number) => formatNumber(lang, d) },
    color: {
      domain: [t(lang, 'chart.this'), input.comparisonLabel],
      range: [COLORS.scenario, COLORS.today],
      legend: true,
    },
  };
}

/** Band and median line of both scenarios: the fan chart. */
function fan(input: ChartInput, id: SeriesId, yLabel: string, extra: Plot.Markish[] = []): SVGSVGElement | HTMLElement {
  const { scenario, today } = rows(input, id);
  return Plot.plot({
    ...base(input, yLabel),
    marks: [
      ...extra,
      Plot.areaY(today, { x: 'date', y1: 'p10', y2: 'p90', fill: COLORS.today, fillOpacity: 0.12, curve: 'step-after' }),
      Plot.areaY(scenario, { x: 'date', y1: 'p10', y2: 'p90', fill: COLORS.scenario, fillOpacity: 0.22, curve: 'step-after' }),
      Plot.lineY(today, { x: 'date', y: 'p50', stroke: 'series', strokeWidth: 2.5, strokeDasharray: '6 4', curve: 'step-after' }),
      Plot.lineY(scenario, { x: 'date', y: 'p50', stroke: 'series', strokeWidth: 3, curve: 'step-after' }),
      Plot.ruleY([0]),
      Plot.tip(scenario, Plot.pointerX({ x: 'date', y: 'p50', title: (d: Row) => `${formatDate(input.lang, d.date)}\n${formatNumber(input.lang, d.p50, 1)} (${formatNumber(input.lang, d.p10, 1)}–${formatNumber(input.lang, d.p90, 1)})` })),
    ],
  });
}

export function waitingListChart(input: ChartInput) {
  return fan(input, 'waitingList', t(input.lang, 'chart.waitingList.y'));
}

export function caseloadChart(input: ChartInput) {
  const cap = input.scenario.advisors.caseCap;
  const { lang } = input;
  return fan(input, 'caseload', t(lang, 'chart.caseload.y'), [
    Plot.rectY([{ y1: 20, y2: 30 }], { y1: 'y1', y2: 'y2', fill: COLORS.guideline, fillOpacity: 0.1 }),
    Plot.text([t(lang, 'chart.caseload.guideline')], { frameAnchor: 'bottom-left', dx: 6, dy: -4, fill: COLORS.guideline, y: 20 }),
    Plot.ruleY([cap], { stroke: COLORS.cap, strokeDasharray: '2 3', strokeWidth: 1.5 }),
    Plot.text([`${t(lang, 'chart.caseload.cap')} ${formatNumber(lang, cap)}`], { y: cap, frameAnchor: 'right', dy: -9, fill: COLORS.cap }),
  ]);
}

export function breachesChart(input: ChartInput) {
  return fan(input, 'deadlineBreaches', t(input.lang, 'chart.breaches.y'));
}

/** Decision error share against caseload: the sweep's curve, with this scenario and today marked. */
export function errorCurveChart(input: ChartInput): SVGSVGElement | HTMLElement {
  const { lang } = input;
  const point = (results: readonly ReplicationResult[]) => ({
    caseload: summarizeMetric(results.map((r) => r.metrics.caseload), 'cases/FTE').p50,
    share: summarizeMetric(results.map((r) => r.metrics.decisionErrorShare), 'share').p50,
  });
  const curve = (input.sweep ?? []).map((p) => ({ ...point(p.results) })).filter((p) => Number.isFinite(p.share));
  const here = input.results.length ? [{ ...point(input.results), label: t(lang, 'chart.errors.point') }] : [];
  const today = input.comparisonResults.length ? [{ ...point(input.comparisonResults), label: input.comparisonLabel }] : [];
  const options = base(input, t(lang, 'chart.errors.y'));
  return Plot.plot({
    ...options,
    x: { label: t(lang, 'chart.errors.x'), grid: true, domain: [10, 65], tickFormat: (d: number) => formatNumber(lang, d) },
    clip: true,
    y: { label: t(lang, 'chart.errors.y'), grid: true, domain: [0, 1], tickFormat: (d: number) => formatPercent(lang, d) },
    marks: [
      Plot.rectX([{ x1: 20, x2: 30 }], { x1: 'x1', x2: 'x2', fill: COLORS.guideline, fillOpacity: 0.1 }),
      Plot.line(curve, { x: 'caseload', y: 'share', stroke: COLORS.today, strokeWidth: 2, curve: 'monotone-x' }),
      Plot.dot(curve, { x: 'caseload', y: 'share', fill: COLORS.today, r: 3 }),
      Plot.dot(today, { x: 'caseload', y: 'share', stroke: COLORS.today, strokeWidth: 2.5, r: 8, fill: 'white' }),
      Plot.text(today, { x: 'caseload', y: 'share', text: 'label', dy: 20, fill: COLORS.today, fontWeight: 600 }),
      Plot.dot(here, { x: 'caseload', y: 'share', fill: COLORS.scenario, r: 8, symbol: 'diamond2' }),
      Plot.text(here, { x: 'caseload', y: 'share', text: 'label', dy: -18, fill: COLORS.scenario, fontWeight: 700 }),
    ],
  });
}

/** A table with the chart's numbers, quarter by quarter: the text alternative. */
export function seriesTable(input: ChartInput, id: SeriesId): HTMLTableElement {
  const { lang } = input;
  const { scenario, today } = rows(input, id);
  const table = document.createElement('table');
  const head = [t(lang, 'table.date'), t(lang, 'table.median'), t(lang, 'table.low'), t(lang, 'table.high'), input.comparisonLabel];
  table.createTHead().insertRow().append(...head.map((text) => Object.assign(document.createElement('th'), { scope: 'col', textContent: text })));
  const body = table.createTBody();
  const todayByWeek = new Map(today.map((r) => [r.week, r.p50]));
  const last = scenario.at(-1)?.week ?? 0;
  for (const r of scenario.filter((r) => r.week % 13 === 0 || r.week === last)) {
    const row = body.insertRow();
    const cells = [formatDate(lang, r.date), formatNumber(lang, r.p50, 1), formatNumber(lang, r.p10, 1), formatNumber(lang, r.p90, 1)];
    const base = todayByWeek.get(r.week);
    cells.push(base === undefined ? '–' : formatNumber(lang, base, 1));
    row.append(...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })));
  }
  return table;
}

export function sweepTable(input: ChartInput): HTMLTableElement {
  const { lang } = input;
  const table = document.createElement('table');
  const head = [t(lang, 'table.caseload'), t(lang, 'table.errorShare')];
  table.createTHead().insertRow().append(...head.map((text) => Object.assign(document.createElement('th'), { scope: 'col', textContent: text })));
  const body = table.createTBody();
  for (const p of input.sweep ?? []) {
    const caseload = summarizeMetric(p.results.map((r) => r.metrics.caseload), 'cases/FTE').p50;
    const share = summarizeMetric(p.results.map((r) => r.metrics.decisionErrorShare), 'share').p50;
    body.insertRow().append(
      ...[formatNumber(lang, caseload), Number.isFinite(share) ? formatPercent(lang, share) : '–'].map((text) => Object.assign(document.createElement('td'), { textContent: text })),
    );
  }
  return table;
}

export const CHARTS: { id: string; title: MessageKey; series: SeriesId | null }[] = [
  { id: 'waiting-list', title: 'chart.waitingList', series: 'waitingList' },
  { id: 'caseload', title: 'chart.caseload', series: 'caseload' },
  { id: 'errors', title: 'chart.errors', series: null },
  { id: 'breaches', title: 'chart.breaches', series: 'deadlineBreaches' },
];

