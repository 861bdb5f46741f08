/**
 * The hiring timeline: posts in the establishment, posts filled by a person, and the capacity
 * at work (a newcomer counting at the onboarding share), week by week, medians of this
 * scenario. It shows what a decision to hire does and when: posts step up at once, people
 * arrive after the recruitment delay, capacity follows as they learn. Three lines that differ
 * by dash as well as colour, named in the legend.
 */
import { Plot } from './plot.ts';
import { accessiblePlot } from './accessible-plot.ts';
import type { SeriesId } from '../experiment/catalogue.ts';
import { cells, frame, timeAxes, type ChartInput } from './chart-frame.ts';
import { formatDate, formatNumber, formatPercent, t, type Lang } from './i18n.ts';
import { seriesBands, weekDate } from './series.ts';

/** The three lines, each with its look (kept in one place for the chart and its legend). */
export const HIRING_LINES = [
  { id: 'postsFte', label: 'chart.hiring.posts', stroke: '#5c5c5c', strokeWidth: 2.5, dash: '7 5' },
  { id: 'filledFte', label: 'chart.hiring.filled', stroke: '#0b5cad', strokeWidth: 3.5, dash: null },
  { id: 'productiveFte', label: 'chart.hiring.productive', stroke: '#007a5a', strokeWidth: 2.5, dash: '2 4' },
] as const satisfies readonly { id: SeriesId; label: string; stroke: string; strokeWidth: number; dash: string | null }[];

type HiringLine = (typeof HIRING_LINES)[number];

/** A line's name in the legend and the table. */
export function hiringLabel(lang: Lang, line: HiringLine, onboardingShare: number): string {
  return t(lang, line.label, { share: formatPercent(lang, onboardingShare) });
}

interface Point {
  week: number;
  date: Date;
  value: number;
}

function medians(input: ChartInput): Map<SeriesId, Point[]> {
  const lines = new Map<SeriesId, Point[]>();
  for (const line of HIRING_LINES) {
    const points = input.results.length ? seriesBands(input.results, line.id) : [];
    lines.set(line.id, points.map((p) => ({ week: p.week, date: weekDate(input.start, p.week), value: p.p50 })));
  }
  return lines;
}

export function hiringChart(input: ChartInput): SVGSVGElement | HTMLElement {
  const { lang } = input;
  const lines = medians(input);
  const yMax = Math.max(0, ...[...lines.values()].flat().map((p) => p.value).filter(Number.isFinite));
  const share = input.scenario.advisors.staffing.onboardingCapacityShare;
  const posts = lines.get('postsFte') ?? [];
  const tip = (d: Point) =>
    `${formatDate(lang, d.date)}\n${HIRING_LINES.map((line) => {
      const value = lines.get(line.id)?.find((p) => p.week === d.week)?.value;
      return `${hiringLabel(lang, line, share)}: ${value === undefined ? '–' : formatNumber(lang, value, 1)}`;
    }).join('\n')}`;
  return accessiblePlot({
    ...frame(input),
    ...timeAxes(input, t(lang, 'chart.hiring.y'), yMax * 1.08),
    marks: [
      ...HIRING_LINES.map((line) =>
        Plot.lineY(lines.get(line.id) ?? [], {
          x: 'date',
          y: 'value',
          stroke: line.stroke,
          strokeWidth: line.strokeWidth,
          ...(line.dash ? { strokeDasharray: line.dash } : {}),
          // Posts change in steps; people and capacity drift.
          curve: line.id === 'postsFte' ? 'step-after' : 'linear',
        }),
      ),
      Plot.ruleY([0]),
      Plot.tip(posts, Plot.pointerX({ x: 'date', y: 'value', title: tip })),
    ],
  });
}

/** The three lines quarter by quarter: the chart's text alternative. */
export function hiringTable(input: ChartInput): HTMLTableElement {
  const { lang } = input;
  const lines = medians(input);
  const share = input.scenario.advisors.staffing.onboardingCapacityShare;
  const table = document.createElement('table');
  table.createTHead().insertRow().append(...cells([t(lang, 'table.date'), ...HIRING_LINES.map((line) => hiringLabel(lang, line, share))], 'th'));
  const body = table.createTBody();
  const posts = lines.get('postsFte') ?? [];
  const last = posts.at(-1)?.week ?? 0;
  for (const p of posts.filter((p) => p.week % 13 === 0 || p.week === last)) {
    const values = HIRING_LINES.map((line) => lines.get(line.id)?.find((q) => q.week === p.week)?.value);
    body.insertRow().append(...cells([formatDate(lang, p.date), ...values.map((v) => (v === undefined ? '–' : formatNumber(lang, v, 1)))], 'td'));
  }
  return table;
}
