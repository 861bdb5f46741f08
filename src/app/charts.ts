/**
 * The charts, drawn with Observable Plot, each with a table alternative: four of what happens
 * to children and caseloads (here), and the hiring timeline and spending by budget year
 * (hiring-chart.ts, spending-chart.ts). This scenario
 * in blue, solid, with its P10–P90 band; the comparison in grey and dashed, so the two differ
 * without colour. Reference marks (the union's guideline, the cap) are labelled in the chart.
 */
import type * as PlotTypes from '@observablehq/plot';
import { Plot } from './plot.ts';
import { accessiblePlot } from './accessible-plot.ts';
import type { ReplicationResult, SeriesId } from '../experiment/catalogue.ts';
import { summarizeMetric } from '../experiment/summarize.ts';
import type { SeriesPoint } from '../experiment/types.ts';
import { cells, COLORS, frame, heightOf, timeAxes, yTicks, type ChartInput } from './chart-frame.ts';
import { formatDate, formatNumber, formatPercent, t, type MessageKey } from './i18n.ts';
import { hiringChart, hiringTable } from './hiring-chart.ts';
import { seriesBands, weekDate } from './series.ts';
import { spendingChart, spendingTable } from './spending-chart.ts';

export { COLORS, tickInterval, type ChartInput } from './chart-frame.ts';

export type ChartId = 'waiting-list' | 'caseload' | 'errors' | 'breaches' | 'hiring' | 'spending';

export interface ChartSpec {
  id: ChartId;
  title: MessageKey;
  /** The series a fan chart draws, and the weeks its trailing mean spans. */
  series: SeriesId | null;
  window: number;
}

export const CHARTS: readonly ChartSpec[] = [
  { id: 'waiting-list', title: 'chart.waitingList', series: 'waitingList', window: 1 },
  { id: 'caseload', title: 'chart.caseload', series: 'caseload', window: 1 },
  { id: 'errors', title: 'chart.errors', series: null, window: 1 },
  // Tasks done late jump from week to week: a four-week mean shows the trend.
  { id: 'breaches', title: 'chart.breaches', series: 'deadlineBreaches', window: 4 },
  { id: 'spending', title: 'chart.spending', series: null, window: 1 },
  { id: 'hiring', title: 'chart.hiring', series: null, window: 1 },
];

interface Row extends SeriesPoint {
  date: Date;
}

function rows(input: ChartInput, id: SeriesId, window: number): { scenario: Row[]; today: Row[] } {
  const tag = (points: SeriesPoint[]) => points.map((p) => ({ ...p, date: weekDate(input.start, p.week) }));
  return {
    scenario: input.results.length ? tag(seriesBands(input.results, id, window)) : [],
    today: input.comparisonResults.length ? tag(seriesBands(input.comparisonResults, id, window)) : [],
  };
}

/** Band and median line of both scenarios: the fan chart. */
function fan(input: ChartInput, spec: ChartSpec, yLabel: string, extra: PlotTypes.Markish[] = [], yFloor = 0): SVGSVGElement | HTMLElement {
  const { scenario, today } = rows(input, spec.series as SeriesId, spec.window);
  const yMax = Math.max(yFloor, ...scenario.map((r) => r.p90), ...today.map((r) => r.p90));
  const { lang } = input;
  const tip = (d: Row) => `${formatDate(lang, d.date)}\n${formatNumber(lang, d.p50, 1)} (${formatNumber(lang, d.p10, 1)}–${formatNumber(lang, d.p90, 1)})`;
  return accessiblePlot({
    ...frame(input),
    ...timeAxes(input, yLabel, yMax),
    marks: [
      ...extra,
      Plot.areaY(today, { x: 'date', y1: 'p10', y2: 'p90', fill: COLORS.today, fillOpacity: 0.1 }),
      Plot.areaY(scenario, { x: 'date', y1: 'p10', y2: 'p90', fill: COLORS.scenario, fillOpacity: 0.2 }),
      Plot.lineY(today, { x: 'date', y: 'p50', stroke: COLORS.today, strokeWidth: 2.5, strokeDasharray: '7 5' }),
      Plot.lineY(scenario, { x: 'date', y: 'p50', stroke: COLORS.scenario, strokeWidth: 3.5 }),
      Plot.ruleY([0]),
      Plot.tip(scenario, Plot.pointerX({ x: 'date', y: 'p50', title: tip })),
    ],
  });
}

const spec = (id: ChartId) => CHARTS.find((c) => c.id === id) as ChartSpec;

/** The waiting list, and of it the children already past a deadline (a thin line, labelled, when there are any). */
export function waitingListChart(input: ChartInput) {
  const { lang } = input;
  const past = rows(input, 'waitingPastDeadline', 1).scenario;
  const last = past.at(-1);
  const extra: PlotTypes.Markish[] =
    last && past.some((r) => r.p50 >= 0.5)
      ? [
          Plot.lineY(past, { x: 'date', y: 'p50', stroke: COLORS.cap, strokeWidth: 2 }),
          Plot.text([last], {
            x: 'date',
            y: 'p50',
            text: () => t(lang, 'chart.waitingList.pastDeadline'),
            textAnchor: 'end',
            dy: -Math.round(input.fontSize * 0.9),
            fill: COLORS.cap,
            fontWeight: 600,
            stroke: 'white',
            strokeWidth: 4,
            paintOrder: 'stroke',
          }),
        ]
      : [];
  return fan(input, spec('waiting-list'), t(lang, 'chart.waitingList.y'), extra);
}

/** Caseload against the union's guideline (20–30) and this scenario's cap. */
export function caseloadChart(input: ChartInput) {
  const cap = input.scenario.advisors.caseCap;
  const { lang } = input;
  return fan(
    input,
    spec('caseload'),
    t(lang, 'chart.caseload.y'),
    [
      Plot.rectY([{ y1: 20, y2: 30 }], { y1: 'y1', y2: 'y2', fill: COLORS.guideline, fillOpacity: 0.12 }),
      Plot.text([t(lang, 'chart.caseload.guideline')], { frameAnchor: 'left', y: 25, dx: 6, fill: COLORS.guideline, fontWeight: 600 }),
      Plot.ruleY([cap], { stroke: COLORS.cap, strokeDasharray: '3 3', strokeWidth: 2 }),
      Plot.text([`${t(lang, 'chart.caseload.cap')}: ${formatNumber(lang, cap)}`], { y: cap, frameAnchor: 'right', dy: -10, fill: COLORS.cap, fontWeight: 600 }),
    ],
    cap + 2,
  );
}

export function breachesChart(input: ChartInput) {
  return fan(input, spec('breaches'), t(input.lang, 'chart.breaches.y'));
}

/** Median caseload and decision error share of a set of replications: a point on the curve. */
function operatingPoint(results: readonly ReplicationResult[]): { caseload: number; share: number } {
  return {
    caseload: summarizeMetric(results.map((r) => r.metrics.caseload), 'cases/FTE').p50,
    share: summarizeMetric(results.map((r) => r.metrics.decisionErrorShare), 'share').p50,
  };
}

/**
 * The error chart's y label, short where the whole one would not fit across the chart (about half
 * an em a character): in a printed column it ran 40 px out of its svg, over the next card.
 */
function errorsYLabel(input: ChartInput): string {
  const whole = t(input.lang, 'chart.errors.y');
  return (whole.length + 2) * input.fontSize * 0.55 > input.width ? t(input.lang, 'chart.errors.y.short') : whole;
}

/** Decision error share against caseload: the sweep's curve, with this scenario and the comparison marked. */
export function errorCurveChart(input: ChartInput): SVGSVGElement | HTMLElement {
  const { lang } = input;
  const curve = (input.sweep ?? []).map((p) => operatingPoint(p.results)).filter((p) => Number.isFinite(p.share));
  const here = input.results.length ? [{ ...operatingPoint(input.results), label: t(lang, 'chart.errors.point') }] : [];
  const today = input.comparisonResults.length ? [{ ...operatingPoint(input.comparisonResults), label: input.comparisonLabel }] : [];
  const xMax = Math.max(65, ...[...here, ...today, ...curve].map((p) => p.caseload + 5).filter(Number.isFinite));
  // Labels away from each other: the higher point's above its marker, the lower one's below.
  const hereHigher = (here[0]?.share ?? 1) >= (today[0]?.share ?? 0);
  const offset = (above: boolean) => ({ dy: above ? -Math.round(input.fontSize * 1.4) : Math.round(input.fontSize * 1.6) });
  const halo = { stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' } as const;
  const framed = frame(input);
  const marginBottom = Math.round(input.fontSize * 3.4);
  // A label a line and a half above or below its marker needs room: in the printed report's
  // small chart (about three lines of plot) the labels ran over the curve and the axis. The
  // legend names both markers, so there the labels are left out.
  const labelled = heightOf(input) - (framed.marginTop ?? 0) - marginBottom >= input.fontSize * 8;
  return accessiblePlot({
    ...framed,
    // "100 %" is wider than the other charts' numbers: at 360 px it ran out of the svg on the left.
    marginLeft: Math.round(input.fontSize * 4.2),
    marginBottom,
    x: {
      label: t(lang, 'chart.errors.x'),
      labelAnchor: 'center',
      labelOffset: Math.round(input.fontSize * 3),
      grid: true,
      domain: [10, xMax],
      tickFormat: (d: number) => formatNumber(lang, d),
    },
    y: { label: errorsYLabel(input), grid: true, domain: [0, 1], ticks: yTicks(input), tickFormat: (d: number) => formatPercent(lang, d) },
    marks: [
      Plot.rectX([{ x1: 20, x2: 30 }], { x1: 'x1', x2: 'x2', fill: COLORS.guideline, fillOpacity: 0.12 }),
      Plot.line(curve, { x: 'caseload', y: 'share', stroke: COLORS.today, strokeWidth: 2, curve: 'monotone-x' }),
      Plot.dot(curve, { x: 'caseload', y: 'share', fill: COLORS.today, r: 3 }),
      Plot.dot(today, { x: 'caseload', y: 'share', stroke: COLORS.today, strokeWidth: 3, r: 9, fill: 'white' }),
      labelled ? Plot.text(today, { x: 'caseload', y: 'share', text: 'label', ...offset(!hereHigher), ...halo, fill: COLORS.today, fontWeight: 600 }) : null,
      Plot.dot(here, { x: 'caseload', y: 'share', fill: COLORS.scenario, r: 9, symbol: 'diamond2' }),
      labelled ? Plot.text(here, { x: 'caseload', y: 'share', text: 'label', ...offset(hereHigher), ...halo, fill: COLORS.scenario, fontWeight: 700 }) : null,
    ],
  });
}

/** A table with a fan chart's numbers, quarter by quarter: its text alternative. */
export function seriesTable(input: ChartInput, chart: ChartSpec): HTMLTableElement {
  const { lang } = input;
  const { scenario, today } = rows(input, chart.series as SeriesId, chart.window);
  const table = document.createElement('table');
  const head = [t(lang, 'table.date'), t(lang, 'table.median'), t(lang, 'table.low'), t(lang, 'table.high'), input.comparisonLabel];
  table.createTHead().insertRow().append(...cells(head, 'th'));
  const body = table.createTBody();
  const todayByWeek = new Map(today.map((r) => [r.week, r.p50]));
  const last = scenario.at(-1)?.week ?? 0;
  for (const r of scenario.filter((r) => r.week % 13 === 0 || r.week === last)) {
    const base = todayByWeek.get(r.week);
    const texts = [formatDate(lang, r.date), formatNumber(lang, r.p50, 1), formatNumber(lang, r.p10, 1), formatNumber(lang, r.p90, 1)];
    texts.push(base === undefined ? '–' : formatNumber(lang, base, 1));
    body.insertRow().append(...cells(texts, 'td'));
  }
  return table;
}

/** The error curve's points as a table. */
export function sweepTable(input: ChartInput): HTMLTableElement {
  const { lang } = input;
  const table = document.createElement('table');
  table.createTHead().insertRow().append(...cells([t(lang, 'table.caseload'), t(lang, 'table.errorShare')], 'th'));
  const body = table.createTBody();
  for (const p of input.sweep ?? []) {
    const { caseload, share } = operatingPoint(p.results);
    body.insertRow().append(...cells([formatNumber(lang, caseload), Number.isFinite(share) ? formatPercent(lang, share) : '–'], 'td'));
  }
  return table;
}

/** The chart and its table for `id`. */
export function drawChart(id: ChartId, input: ChartInput): { chart: SVGSVGElement | HTMLElement; table: HTMLTableElement } {
  switch (id) {
    case 'waiting-list':
      return { chart: waitingListChart(input), table: seriesTable(input, spec(id)) };
    case 'caseload':
      return { chart: caseloadChart(input), table: seriesTable(input, spec(id)) };
    case 'breaches':
      return { chart: breachesChart(input), table: seriesTable(input, spec(id)) };
    case 'errors':
      return { chart: errorCurveChart(input), table: sweepTable(input) };
    case 'hiring':
      return { chart: hiringChart(input), table: hiringTable(input) };
    case 'spending':
      return { chart: spendingChart(input), table: spendingTable(input) };
  }
}
