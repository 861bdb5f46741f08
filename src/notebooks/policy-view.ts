/** The policy notebook's figures: the map's heatmaps, Herning's budget years, goal seek across intake. */
import * as Plot from '@observablehq/plot';
import { formatMillions, formatNumber, formatPercent } from '../app/i18n.ts';
import type { MetricId } from '../experiment/catalogue.ts';
import type { SweepResult } from '../experiment/sweep.ts';
import type { ComparisonResult } from '../experiment/types.ts';
import { table } from './check.ts';
import { pageLang, tr } from './lang.ts';
import type { GoalAtIntake } from './policy.ts';

const TODAY = '#64748b';
const HERNING = '#2563eb';
const STAFF = '#dc2626';
const MEASURES = '#16a34a';

export const METRIC_NAMES: Partial<Record<MetricId, { da: string; en: string }>> = {
  caseload: { da: 'Sager pr. rådgiver (gns.)', en: 'Cases per advisor (mean)' },
  waitingListEnd: { da: 'Venteliste ved horisonten', en: 'Waiting list at the horizon' },
  decisionErrorShare: { da: 'Afgørelser der mangler et retligt element', en: 'Decisions missing a legal element' },
  totalCostPerYear: { da: 'Samlet udgift pr. år', en: 'Total cost per year' },
};

function valueText(metric: MetricId, x: number, compact: boolean): string {
  const lang = pageLang();
  if (!Number.isFinite(x)) return '–';
  if (metric === 'decisionErrorShare') return compact ? formatNumber(lang, x * 100) : formatPercent(lang, x);
  if (metric === 'totalCostPerYear') return formatNumber(lang, x / 1e6);
  return formatNumber(lang, x);
}

/** One metric of the map: posts down the side, intake change across, the mean in each cell. */
export function heatmap(result: SweepResult, metric: MetricId, width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  const [fte, intake] = result.axes;
  const cells = result.cells.map((c) => ({ fte: c.values[0] as number, intake: c.values[1] as number, value: c.metrics[metric]?.mean ?? Number.NaN }));
  const w = Math.max(280, Math.min(width, 640));
  const compact = w / (intake?.values.length ?? 1) < 70;
  const unit = metric === 'totalCostPerYear' ? tr({ da: ' (mio. kr.)', en: ' (m DKK)' }, lang) : metric === 'decisionErrorShare' && compact ? ' (%)' : '';
  return Plot.plot({
    width: w,
    height: 70 + 34 * (fte?.values.length ?? 1),
    marginLeft: 56,
    marginTop: 40,
    title: `${tr(METRIC_NAMES[metric] ?? { da: metric, en: metric }, lang)}${unit}`,
    x: { type: 'band', axis: 'top', label: tr({ da: 'Ændring i tilgang (%)', en: 'Intake change (%)' }, lang), domain: intake?.values, tickFormat: (d: number) => `${d > 0 ? '+' : ''}${d}` },
    y: { type: 'band', label: tr({ da: 'Stillinger', en: 'Posts' }, lang), domain: [...(fte?.values ?? [])].reverse() },
    color: { type: 'linear', scheme: 'YlOrRd', legend: false },
    marks: [
      Plot.cell(cells, { x: 'intake', y: 'fte', fill: 'value', inset: 1 }),
      Plot.text(cells, { x: 'intake', y: 'fte', text: (c: { value: number }) => valueText(metric, c.value, compact), fill: 'black', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', fontSize: 12 }),
    ],
  });
}

/** Each budget year: added staff cost, savings on measures (both Herning − today) and the net. */
export function budgetChart(c: ComparisonResult, width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  const d = c.difference.budget;
  const staff = tr({ da: 'Merudgift til personale', en: 'Added staff cost' }, lang);
  const measures = tr({ da: 'Udgift til foranstaltninger', en: 'Cost of measures' }, lang);
  const rows = d.years.flatMap((y, i) => [
    { year: y.year, line: staff, value: (d.byYear.staffing[i]?.mean ?? Number.NaN) / 1e6 },
    { year: y.year, line: measures, value: (d.byYear.measures[i]?.mean ?? Number.NaN) / 1e6 },
  ]);
  const net = d.years.map((y, i) => ({ year: y.year, value: (d.byYear.total[i]?.mean ?? Number.NaN) / 1e6 }));
  return Plot.plot({
    width: Math.max(300, Math.min(width, 900)),
    height: 320,
    marginLeft: 56,
    marginTop: 34,
    insetTop: 16,
    x: { label: tr({ da: 'Budgetår', en: 'Budget year' }, lang), type: 'band' },
    y: { label: tr({ da: 'Herning − i dag (mio. kr.)', en: 'Herning − today (m DKK)' }, lang), grid: true },
    color: { legend: true, domain: [staff, measures], range: [STAFF, MEASURES] },
    marks: [
      Plot.barY(rows, { x: 'year', y: 'value', fill: 'line', insetLeft: 8, insetRight: 8 }),
      Plot.ruleY([0]),
      Plot.line(net, { x: 'year', y: 'value', stroke: 'black', strokeWidth: 2 }),
      Plot.dot(net, { x: 'year', y: 'value', fill: 'black', r: 4 }),
      // The net beside its dot, black on a white halo (on a red bar a white label would vanish).
      Plot.text(net, { x: 'year', y: 'value', text: (r: { value: number }) => `${r.value > 0 ? '+' : ''}${formatNumber(lang, r.value, 1)}`, dx: 8, dy: -10, textAnchor: 'start', fill: 'black', fontWeight: 700, stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' }),
    ],
  });
}

/** The budget years as a table: today's and Herning's total, and the difference by line. */
export function budgetTable(c: ComparisonResult): HTMLElement {
  const lang = pageLang();
  const m = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : formatMillions(lang, x));
  const head = [
    tr({ da: 'År', en: 'Year' }, lang),
    tr({ da: 'I dag i alt', en: 'Today, total' }, lang),
    tr({ da: 'Herning i alt', en: 'Herning, total' }, lang),
    tr({ da: 'Forskel: personale', en: 'Difference: staff' }, lang),
    tr({ da: 'Forskel: foranstaltninger', en: 'Difference: measures' }, lang),
    tr({ da: 'Forskel i alt', en: 'Difference, total' }, lang),
  ];
  const d = c.difference.budget;
  const rows = d.years.map((y, i) => [String(y.year), m(c.comparison.budget.byYear.total[i]?.mean), m(c.result.budget.byYear.total[i]?.mean), m(d.byYear.staffing[i]?.mean), m(d.byYear.measures[i]?.mean), m(d.byYear.total[i]?.mean)]);
  return table(head, rows);
}

/** The payback year in words. */
export function paybackText(c: ComparisonResult): string {
  const p = c.payback;
  const lang = pageLang();
  if (p.kind === 'noAddedCost') return tr({ da: 'Herning koster ikke mere i personale end i dag.', en: 'Herning costs no more in staff than today.' }, lang);
  if (p.kind === 'year') return tr({ da: `Tilbagebetalt i budgetår ${p.year} (i ${formatPercent(lang, p.share)} af replikationerne inden for fem år).`, en: `Paid back in budget year ${p.year} (in ${formatPercent(lang, p.share)} of replications within five years).` }, lang);
  return tr({ da: `Ikke tilbagebetalt inden for fem år (kun i ${formatPercent(lang, p.share)} af replikationerne).`, en: `Not paid back within five years (only in ${formatPercent(lang, p.share)} of replications).` }, lang);
}

/** The answer (posts) at each intake change, today's posts marked; an unreached target is said so. */
export function goalChart(goals: readonly GoalAtIntake[], todayPosts: number, width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  const rows = goals.map((g) => {
    const c = g.result.answer ?? g.result.best;
    return {
      intake: `${g.intake > 0 ? '+' : ''}${g.intake} %`,
      posts: c?.postsFte ?? Number.NaN,
      reached: g.result.reachable,
      label: g.result.reachable
        ? `${formatNumber(lang, c?.postsFte ?? Number.NaN, 1)} (${c && c.addedStaffCostPerYear >= 0 ? '+' : ''}${formatMillions(lang, c?.addedStaffCostPerYear ?? Number.NaN)})`
        : tr({ da: 'ikke nået', en: 'not reached' }, lang),
    };
  });
  return Plot.plot({
    width: Math.max(300, Math.min(width, 700)),
    height: 300,
    marginLeft: 56,
    x: { label: tr({ da: 'Ændring i tilgang', en: 'Intake change' }, lang), type: 'band', padding: 0.35, domain: rows.map((r) => r.intake) },
    y: { label: tr({ da: 'Stillinger der skal til', en: 'Posts needed' }, lang), grid: true, domain: [0, Math.max(todayPosts, ...rows.map((r) => r.posts).filter(Number.isFinite)) * 1.15] },
    marks: [
      Plot.barY(rows, { x: 'intake', y: 'posts', fill: (r: { reached: boolean }) => (r.reached ? HERNING : '#cbd5e1') }),
      Plot.ruleY([todayPosts], { stroke: TODAY, strokeWidth: 2, strokeDasharray: '6 4' }),
      Plot.text([todayPosts], { y: (d: number) => d, frameAnchor: 'right', dy: -8, fill: TODAY, fontWeight: 600, text: () => tr({ da: `i dag: ${todayPosts}`, en: `today: ${todayPosts}` }, lang) }),
      Plot.text(rows, { x: 'intake', y: 'posts', text: 'label', dy: -10, fontWeight: 600 }),
    ],
  });
}

/** Goal seek's answers as a table: posts, probability with its interval, one step below, cost. */
export function goalTable(goals: readonly GoalAtIntake[]): HTMLElement {
  const lang = pageLang();
  const p = (x: number) => formatPercent(lang, x);
  const head = [
    tr({ da: 'Tilgang', en: 'Intake' }, lang),
    tr({ da: 'Stillinger', en: 'Posts' }, lang),
    tr({ da: 'Mål nået (95 %-interval)', en: 'Targets met (95 % interval)' }, lang),
    tr({ da: 'Et trin under', en: 'One step below' }, lang),
    tr({ da: 'Merudgift personale pr. år', en: 'Added staff cost per year' }, lang),
  ];
  const rows = goals.map(({ intake, result }) => {
    const a = result.answer ?? result.best;
    const b = result.belowAnswer;
    return [
      `${intake > 0 ? '+' : ''}${intake} %`,
      a ? `${formatNumber(lang, a.postsFte, 1)}${result.reachable ? '' : ` (${tr({ da: 'ikke nået', en: 'not reached' }, lang)})`}` : '–',
      a ? `${p(a.probability)} (${p(a.interval[0])}–${p(a.interval[1])})` : '–',
      b ? `${formatNumber(lang, b.postsFte, 1)}: ${p(b.probability)}` : '–',
      a ? formatMillions(lang, a.addedStaffCostPerYear) : '–',
    ];
  });
  return table(head, rows);
}
