/**
 * The goal seek's tries: for each headcount tried, the share of runs meeting the targets with
 * its 95 % interval, the required probability as a dashed rule and the answer ringed and
 * named. A try that meets the requirement is filled, one that does not is hollow, so the
 * verdict never rests on colour alone. Where a headcount was screened with half the runs and
 * then run with all of them, the full run is the one drawn.
 */
import { Plot } from './plot.ts';
import { accessiblePlot } from './accessible-plot.ts';
import type { Candidate } from '../experiment/goal-seek.ts';
import { cells, COLORS } from './chart-frame.ts';
import { interval, percent } from './goal-text.ts';
import { formatNumber, t, type Lang, type MessageKey } from './i18n.ts';

export interface GoalChartInput {
  lang: Lang;
  width: number;
  fontSize: number;
  /** Every candidate evaluated so far (screened and full runs). */
  candidates: readonly Candidate[];
  /** Required probability, 0–1. */
  required: number;
  /** Posts of the answer, once known. */
  answerPosts: number | null;
}

/** One point per headcount: the run with the most replications. */
export function triedPoints(candidates: readonly Candidate[]): Candidate[] {
  const best = new Map<number, Candidate>();
  for (const c of candidates) {
    const known = best.get(c.postsFte);
    if (!known || c.replications > known.replications) best.set(c.postsFte, c);
  }
  return [...best.values()].sort((a, b) => a.postsFte - b.postsFte);
}

export function goalChart(input: GoalChartInput): SVGSVGElement | HTMLElement {
  const { lang, width, fontSize, required } = input;
  const points = triedPoints(input.candidates).map((c) => ({ ...c, lo: c.interval[0], hi: c.interval[1], met: c.probability >= required }));
  const answer = points.filter((p) => p.postsFte === input.answerPosts);
  const posts = points.map((p) => p.postsFte);
  // At least four posts across (one try alone would otherwise get ticks a fraction apart).
  const mid = (Math.min(...posts) + Math.max(...posts)) / 2;
  const half = Math.max(2, (Math.max(...posts) - Math.min(...posts)) / 2) * 1.06;
  const [lo, hi] = [mid - half, mid + half];
  return accessiblePlot({
    width,
    height: Math.round(Math.min(320, Math.max(220, width * 0.42))),
    marginLeft: Math.round(fontSize * 3.2),
    marginRight: Math.round(fontSize * 1.5),
    marginTop: Math.round(fontSize * 1.8),
    marginBottom: Math.round(fontSize * 2.6),
    style: { fontSize: `${fontSize}px`, fontFamily: 'inherit', overflow: 'visible' },
    x: {
      label: t(lang, 'goal.chart.x'),
      labelAnchor: 'right',
      domain: [lo, hi],
      ticks: Math.max(2, Math.min(Math.floor(width / (fontSize * 5)), Math.floor(hi - lo))),
      tickFormat: (d: number) => formatNumber(lang, d),
    },
    y: { label: t(lang, 'goal.chart.y'), domain: [0, 1], grid: true, ticks: 5, tickFormat: (d: number) => percent(lang, d) },
    marks: [
      Plot.ruleY([required], { stroke: COLORS.guideline, strokeWidth: 2, strokeDasharray: '6 4' }),
      Plot.text([required], {
        y: (d: number) => d,
        frameAnchor: 'left',
        dx: 4,
        dy: -fontSize * 0.7,
        text: () => t(lang, 'goal.chart.required', { p: percent(lang, required) }),
        fill: COLORS.guideline,
        fontWeight: 600,
      }),
      Plot.ruleX(points, { x: 'postsFte', y1: 'lo', y2: 'hi', stroke: COLORS.scenario, strokeOpacity: 0.55, strokeWidth: 2 }),
      Plot.dot(points, {
        x: 'postsFte',
        y: 'probability',
        r: fontSize * 0.32,
        stroke: COLORS.scenario,
        strokeWidth: 2,
        fill: (d: { met: boolean }) => (d.met ? COLORS.scenario : '#fff'),
        title: (d: Candidate) => `${formatNumber(lang, d.postsFte, 1)} ${t(lang, 'control.fte.unit')}: ${percent(lang, d.probability)} (${interval(lang, d.interval)})`,
      }),
      Plot.dot(answer, { x: 'postsFte', y: 'probability', r: fontSize * 0.75, stroke: COLORS.cap, strokeWidth: 2.5 }),
      Plot.text(answer, {
        x: 'postsFte',
        y: 'probability',
        dy: -fontSize * 1.2,
        text: (d: Candidate) => t(lang, 'goal.chart.answer', { posts: formatNumber(lang, d.postsFte, 1) }),
        fill: COLORS.cap,
        fontWeight: 700,
        stroke: '#fff',
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
    ],
  });
}

/** The tries as a table: the chart's text alternative. */
export function goalTable(lang: Lang, candidates: readonly Candidate[]): HTMLTableElement {
  const table = document.createElement('table');
  table.createTHead().insertRow().append(...cells((['goal.table.posts', 'goal.table.p', 'goal.table.ci', 'goal.table.runs'] as const satisfies readonly MessageKey[]).map((k) => t(lang, k)), 'th'));
  const body = table.createTBody();
  for (const c of triedPoints(candidates)) {
    body.insertRow().append(...cells([formatNumber(lang, c.postsFte, 1), percent(lang, c.probability), interval(lang, c.interval), String(c.replications)], 'td'));
  }
  return table;
}
