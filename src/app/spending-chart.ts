/**
 * Spending by budget year: for each year a stacked bar of this scenario (pay, recruitment,
 * preventive measures, placements) beside the comparison's, lighter and to its right, with
 * the total above each bar. Bars stack the means of the runs, which add up (medians do not).
 */
import { Plot } from './plot.ts';
import { accessiblePlot } from './accessible-plot.ts';
import { budgetSummary, SPEND_LINES, type BudgetLine, type BudgetSummary, type BudgetYear, type SpendLine } from '../experiment/budget.ts';
import { cells, frame, heightOf, yTicks, type ChartInput } from './chart-frame.ts';
import { formatNumber, numberFormat, t, type Lang, type MessageKey } from './i18n.ts';

/** Okabe–Ito hues: staffing in blues, measures in green and vermilion. */
export const SPEND_COLORS: Record<SpendLine, string> = {
  staff: '#0b5cad',
  recruitment: '#56b4e9',
  preventive: '#009e73',
  placement: '#d55e00',
};

type Who = 'this' | 'other';

interface Bar {
  year: string;
  who: Who;
  line: string;
  value: number;
}

/** "År 1", or "År 3 (26 uger)" for a shorter last year. */
export function yearLabel(lang: Lang, y: BudgetYear): string {
  if (y.weeks === 52) return t(lang, 'chart.spending.year', { n: y.year });
  const text = t(lang, 'cost.partialYear', { n: y.year, weeks: y.weeks });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const spendLabel = (lang: Lang, line: BudgetLine) => t(lang, `spend.${line === 'staffing' || line === 'measures' ? 'total' : line}` as MessageKey);

/** Millions of kroner with `digits` decimals, always shown, no unit (the axis and the header carry it). */
const millions = (lang: Lang, dkk: number, digits = 1) =>
  Number.isFinite(dkk) ? numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(dkk / 1e6) : '–';

function summaries(input: ChartInput): { mine: BudgetSummary; other: BudgetSummary | null } {
  return {
    mine: budgetSummary(input.results),
    other: input.showComparison && input.comparisonResults.length ? budgetSummary(input.comparisonResults) : null,
  };
}

export function spendingChart(input: ChartInput): SVGSVGElement | HTMLElement {
  const { lang, fontSize } = input;
  const { mine, other } = summaries(input);
  const bars: Bar[] = [];
  const totals: { year: string; who: Who; total: number }[] = [];
  const add = (s: BudgetSummary, who: Who) =>
    s.years.forEach((y, i) => {
      const year = yearLabel(lang, y);
      for (const line of SPEND_LINES) bars.push({ year, who, line: t(lang, `spend.${line}`), value: (s.byYear[line][i]?.mean ?? Number.NaN) / 1e6 });
      totals.push({ year, who, total: s.byYear.total[i]?.mean ?? Number.NaN });
    });
  add(mine, 'this');
  if (other) add(other, 'other');
  const yMax = Math.max(1, ...totals.map((d) => d.total / 1e6).filter(Number.isFinite));
  const years = mine.years.length || 1;
  const base = frame(input);
  const plotWidth = input.width - (base.marginLeft ?? 0) - (base.marginRight ?? 0);
  const whoLabel = (who: Who) => (who === 'this' ? t(lang, 'chart.spending.this') : input.comparisonLabel);
  // Bar names under the bars only where they fit; the note says which is which.
  const longest = Math.max(...(other ? (['this', 'other'] as const) : (['this'] as const)).map((who) => whoLabel(who).length));
  const named = other !== null && plotWidth / (years * 2.6) >= fontSize * 0.62 * longest;
  // Totals over the bars: with a decimal where a bar is wide enough, whole millions and smaller where not.
  const bar = plotWidth / (years * (other ? 2.3 : 1.3));
  const digits = bar >= fontSize * 0.62 * 5.5 ? 1 : 0;
  const totalSize = bar >= fontSize * 0.62 * 3.5 ? fontSize : Math.round(fontSize * 0.8);
  return accessiblePlot({
    ...base,
    height: heightOf(input),
    marginBottom: Math.round(fontSize * (named ? 3.6 : 2.4)),
    fx: { label: null, axis: 'bottom', tickPadding: named ? Math.round(fontSize * 1.5) : 6, tickSize: 0, padding: 0.15 },
    x: { label: null, axis: named ? 'bottom' : null, domain: other ? ['this', 'other'] : ['this'], tickFormat: whoLabel, tickSize: 0, padding: 0.12 },
    y: { label: t(lang, 'chart.spending.y'), grid: true, domain: [0, yMax * 1.12], nice: true, ticks: yTicks(input), tickFormat: (d: number) => formatNumber(lang, d) },
    color: { domain: SPEND_LINES.map((line) => t(lang, `spend.${line}`)), range: SPEND_LINES.map((line) => SPEND_COLORS[line]) },
    marks: [
      Plot.barY(bars, {
        fx: 'year',
        x: 'who',
        y: 'value',
        fill: 'line',
        fillOpacity: (d: Bar) => (d.who === 'this' ? 1 : 0.42),
        stroke: 'line',
        strokeWidth: 1,
        title: (d: Bar) => `${d.year} · ${whoLabel(d.who)}\n${d.line}: ${formatNumber(lang, d.value, 1)} ${t(lang, 'chart.spending.unit')}`,
      }),
      Plot.text(totals, {
        fx: 'year',
        x: 'who',
        y: (d: { total: number }) => d.total / 1e6,
        text: (d: { total: number }) => millions(lang, d.total, digits),
        dy: -Math.round(totalSize * 0.7),
        fontSize: totalSize,
        fontWeight: 700,
      }),
      Plot.ruleY([0]),
    ],
  });
}

/** Each year's spending, this scenario, the comparison and the difference: the chart's text alternative. */
export function spendingTable(input: ChartInput): HTMLTableElement {
  const { lang } = input;
  const { mine, other } = summaries(input);
  const lines: BudgetLine[] = [...SPEND_LINES, 'total'];
  const table = document.createElement('table');
  const head = [t(lang, 'table.year'), t(lang, 'table.which'), ...lines.map((line) => spendLabel(lang, line))];
  table.createTHead().insertRow().append(...cells(head.map((h, i) => (i >= 2 ? `${h} (${t(lang, 'chart.spending.unit')})` : h)), 'th'));
  const body = table.createTBody();
  mine.years.forEach((y, i) => {
    const row = (who: string, value: (line: BudgetLine) => number) =>
      body.insertRow().append(...cells([yearLabel(lang, y), who, ...lines.map((line) => millions(lang, value(line)))], 'td'));
    const mean = (s: BudgetSummary) => (line: BudgetLine) => s.byYear[line][i]?.mean ?? Number.NaN;
    row(t(lang, 'chart.this'), mean(mine));
    if (!other) return;
    row(input.comparisonLabel, mean(other));
    // Means are linear: the difference of means is the mean of the paired differences.
    row(t(lang, 'table.difference'), (line) => mean(mine)(line) - mean(other)(line));
  });
  return table;
}
