/**
 * The map: the chosen metric over advisors in post (x) and the change in new cases (y), one
 * cell per pair of the sweep, coloured and labelled with its mean. Today's cell and the
 * scenario's (the nearest cell to its controls) are outlined and named; the goal-seek frontier
 * (the fewest advisors meeting the targets with the probability, per change in cases) runs as
 * a staircase along the left edges of the first cells that meet them. Positions are numbers,
 * not bands, so the axes keep their true spacing.
 */
import type * as PlotTypes from '@observablehq/plot';
import { Plot } from './plot.ts';
import { accessiblePlot } from './accessible-plot.ts';
import type { SweepResult } from '../experiment/sweep.ts';
import { cells, COLORS } from './chart-frame.ts';
import { formatNumber, t, type Lang } from './i18n.ts';
import { formatMetric, isShare, metricName, type PanelMetric } from './question-metrics.ts';

/** Light where the metric is low (good: every panel metric is less-is-better), dark red where high. */
export const MAP_SCHEME = 'YlOrRd';
export const MAP_LOOKS = {
  frontier: { stroke: '#1b1f24', width: 4 },
  today: { stroke: '#1b1f24', width: 3, dash: '6 4' },
  here: { stroke: COLORS.scenario, width: 4 },
} as const;

export interface HeatCell {
  fte: number;
  intake: number;
  /** The cell's edges: halfway to its neighbours (half a step beyond the outer ones). */
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** The metric's mean over the cell's replications. */
  value: number;
  text: string;
  /** Replications meeting the targets, of how many (null without targets). */
  met: number | null;
  replications: number | null;
}

/** For each of `values` (ascending), the interval it owns: halfway to each neighbour. */
export function cellEdges(values: readonly number[]): [number, number][] {
  return values.map((v, i) => {
    const before = values[i - 1];
    const after = values[i + 1];
    const lowGap = before !== undefined ? v - before : after !== undefined ? after - v : 1;
    const highGap = after !== undefined ? after - v : lowGap;
    return [v - lowGap / 2, v + highGap / 2];
  });
}

/** The sweep's cells with their edges and labels: axis 0 (advisors) across, axis 1 (intake) up. */
export function heatCells(lang: Lang, metric: PanelMetric, result: SweepResult): HeatCell[] {
  const [xs, ys] = result.axes.map((a) => a.values) as [number[], number[]];
  const xEdges = cellEdges(xs);
  const yEdges = cellEdges(ys);
  return result.cells.map((cell, k) => {
    const i = Math.floor(k / ys.length);
    const j = k % ys.length;
    const value = cell.metrics[metric]?.mean ?? Number.NaN;
    const [x1, x2] = xEdges[i] as [number, number];
    const [y1, y2] = yEdges[j] as [number, number];
    return {
      fte: cell.values[0] as number,
      intake: cell.values[1] as number,
      x1,
      x2,
      y1,
      y2,
      value,
      text: formatMetric(lang, metric, value),
      met: cell.targets?.met ?? null,
      replications: cell.targets?.replications ?? null,
    };
  });
}

/**
 * The frontier as a staircase: per change in cases (a row), a vertical stretch on the left edge
 * of the first cell meeting the targets, joined row to row. A row with no such cell in the grid
 * breaks the line (a point of NaN, which Plot leaves as a gap).
 */
export function frontierLine(result: SweepResult): { x: number; y: number }[] {
  if (!result.frontier) return [];
  const [xs, ys] = result.axes.map((a) => a.values) as [number[], number[]];
  const xEdges = cellEdges(xs);
  const yEdges = cellEdges(ys);
  const points: { x: number; y: number }[] = [];
  result.frontier.forEach((f, j) => {
    const [y1, y2] = yEdges[j] as [number, number];
    const i = f.first === null ? -1 : xs.indexOf(f.first);
    if (i < 0) {
      if (points.length && Number.isFinite(points.at(-1)?.x)) points.push({ x: Number.NaN, y: Number.NaN });
      return;
    }
    const x = (xEdges[i] as [number, number])[0];
    points.push({ x, y: y1 }, { x, y: y2 });
  });
  return points;
}

/** The cell nearest to (`fte`, `intake`) in axis units scaled by each axis's step. */
export function nearestCell(result: SweepResult, fte: number, intake: number): { fte: number; intake: number } {
  const nearest = (values: readonly number[], x: number) => values.reduce((best, v) => (Math.abs(v - x) < Math.abs(best - x) ? v : best), values[0] as number);
  const [xs, ys] = result.axes.map((a) => a.values) as [number[], number[]];
  return { fte: nearest(xs, fte), intake: nearest(ys, intake) };
}

export interface MapInput {
  lang: Lang;
  metric: PanelMetric;
  horizonWeeks: number;
  result: SweepResult;
  /** Today's department: its posts, no change in cases. */
  today: { fte: number; intake: number };
  /** The scenario on the controls, if it is not today. */
  here: { fte: number; intake: number } | null;
  width: number;
  fontSize: number;
}

/** "+20 %", "0 %", "−10 %": a change in cases. */
export function formatChange(lang: Lang, percent: number): string {
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${formatNumber(lang, Math.abs(percent))}${lang === 'da' ? '\u00a0' : ''}%`;
}

export function heatmapChart(input: MapInput): (SVGSVGElement | HTMLElement) & PlotTypes.Plot {
  const { lang, metric, result, width, fontSize } = input;
  const data = heatCells(lang, metric, result);
  const [xs, ys] = result.axes.map((a) => a.values) as [number[], number[]];
  const finite = data.map((d) => d.value).filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  // Room for the longest intake label ("+50 %") and the tick padding: a fixed 3.6 em let it run out of the svg at 360 px.
  const marginLeft = Math.round(Math.max(fontSize * 3.6, Math.max(...ys.map((y) => formatChange(lang, y).length)) * fontSize * 0.7 + fontSize));
  const marginRight = Math.round(fontSize * 0.8);
  const cellWidth = (width - marginLeft - marginRight) / xs.length;
  const rowHeight = Math.round(Math.max(fontSize * 2.9, Math.min(cellWidth * 0.75, fontSize * 4)));
  // Room above the grid for the y label (read across, not rotated) and the frontier's label.
  const marginTop = Math.round(fontSize * 2.2);
  const marginBottom = Math.round(fontSize * 3.4);
  // Numbers in the cells when they fit; the colour, the tip and the table carry them otherwise.
  const numbers = cellWidth >= fontSize * 2.6;
  // Narrower (a phone): the bare number, smaller, the unit left to the legend and the title.
  const bare = !numbers && cellWidth >= fontSize * 1.7;
  const bareText = (d: HeatCell) => (Number.isFinite(d.value) ? formatNumber(lang, isShare(metric) ? d.value * 100 : d.value) : '–');
  const dark = (v: number) => hi > lo && (v - lo) / (hi - lo) > 0.55;
  const x0 = (cellEdges(xs)[0] as [number, number])[0];
  const x9 = (cellEdges(xs).at(-1) as [number, number])[1];
  const y0 = (cellEdges(ys)[0] as [number, number])[0];
  const y9 = (cellEdges(ys).at(-1) as [number, number])[1];
  const todayCell = nearestCell(result, input.today.fte, input.today.intake);
  const hereCell = input.here ? nearestCell(result, input.here.fte, input.here.intake) : null;
  const sameCell = hereCell !== null && hereCell.fte === todayCell.fte && hereCell.intake === todayCell.intake;
  const outline = (c: { fte: number; intake: number }) => data.filter((d) => d.fte === c.fte && d.intake === c.intake);
  const tagDy = -rowHeight / 2 + fontSize * 0.6;
  const tag = (c: { fte: number; intake: number }, label: string, fill: string) =>
    Plot.text(outline(c), { x: 'fte', y: 'intake', text: () => label, dy: tagDy, fontSize: Math.round(fontSize * 0.8), fontWeight: 700, fill, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' });
  const halo = { stroke: 'white', strokeWidth: 7, strokeLinejoin: 'round' } as const;
  const frontier = frontierLine(result);
  // The frontier's name above the grid, right of where the staircase leaves it (the side where the
  // targets are met), where it fits; not when the staircase stops inside the grid (it would cover a cell).
  const top = frontier.filter((p) => Number.isFinite(p.x) && p.y === y9).at(-1);
  const metText = t(lang, 'map.met');
  // The room to its right, up to the svg's edge: counting the figure's padding too, it ran out of
  // the svg ("Targets met →" at 768 px). Where it does not fit, it ends at the svg's edge instead.
  const room = top ? ((x9 - top.x) / (x9 - x0)) * (width - marginLeft - marginRight) + marginRight : 0;
  const need = metText.length * fontSize * 0.6 + fontSize * 0.4;
  const atEdge = room < need;
  // At the edge it shares the line above the grid with the y axis's name, read from the left: only clear of it.
  const clear = !atEdge || width - need >= t(lang, 'map.y').length * fontSize * 0.6 + fontSize;
  const frontierLabel = top && clear ? [{ ...top, text: metText }] : [];
  const tip = (d: HeatCell) =>
    `${formatNumber(lang, d.fte)} ${t(lang, 'map.fte.short')}, ${formatChange(lang, d.intake)}\n${d.text}` +
    (d.met === null ? '' : `\n${t(lang, 'map.meets', { met: d.met, n: d.replications ?? 0 })}`);
  return accessiblePlot({
    width,
    height: marginTop + marginBottom + rowHeight * ys.length,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: `${fontSize}px`, fontFamily: 'inherit', overflow: 'visible' },
    x: {
      domain: [x0, x9],
      label: t(lang, 'map.x'),
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: Math.round(fontSize * 2.8),
      ticks: xs,
      tickFormat: (x: number) => formatNumber(lang, x),
      tickSize: 0,
    },
    y: {
      domain: [y0, y9],
      label: t(lang, 'map.y'),
      labelAnchor: 'top',
      labelArrow: 'none',
      ticks: ys,
      tickFormat: (y: number) => formatChange(lang, y),
      tickSize: 0,
    },
    color: { type: 'linear', scheme: MAP_SCHEME, domain: hi > lo ? [lo, hi] : [lo - 1e-9, hi + 1e-9], label: metricName(lang, metric, input.horizonWeeks), tickFormat: (x: number) => formatMetric(lang, metric, x) },
    marks: [
      Plot.rect(data, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'value', stroke: 'white', strokeWidth: 1.5 }),
      ...(numbers
        ? [
            Plot.text(data, {
              x: 'fte',
              y: 'intake',
              text: 'text',
              // A little below the middle: the outlined cells' names sit above.
              dy: Math.round(fontSize * 0.3),
              fontWeight: 600,
              fill: (d: HeatCell) => (dark(d.value) ? 'white' : '#1b1f24'),
            }),
          ]
        : bare
          ? [
              Plot.text(data, {
                x: 'fte',
                y: 'intake',
                text: bareText,
                fontSize: Math.round(fontSize * 0.85),
                fontWeight: 600,
                fill: (d: HeatCell) => (dark(d.value) ? 'white' : '#1b1f24'),
              }),
            ]
          : []),
      Plot.rect(outline(todayCell), { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: null, stroke: MAP_LOOKS.today.stroke, strokeWidth: MAP_LOOKS.today.width, strokeDasharray: MAP_LOOKS.today.dash, inset: 2 }),
      ...(hereCell && !sameCell
        ? [Plot.rect(outline(hereCell), { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: null, stroke: MAP_LOOKS.here.stroke, strokeWidth: MAP_LOOKS.here.width, inset: 2 })]
        : []),
      ...(numbers ? [tag(todayCell, t(lang, 'map.today'), '#1b1f24')] : []),
      ...(numbers && hereCell && !sameCell ? [tag(hereCell, t(lang, 'map.this'), COLORS.scenario)] : []),
      Plot.line(frontier, { x: 'x', y: 'y', ...halo }),
      Plot.line(frontier, { x: 'x', y: 'y', stroke: MAP_LOOKS.frontier.stroke, strokeWidth: MAP_LOOKS.frontier.width, strokeLinejoin: 'round' }),
      Plot.text(frontierLabel, {
        x: atEdge ? () => x9 : 'x',
        y: 'y',
        text: 'text',
        textAnchor: atEdge ? 'end' : 'start',
        dx: atEdge ? marginRight - 2 : Math.round(fontSize * 0.4),
        dy: -Math.round(fontSize * 0.7),
        fontWeight: 700,
        fill: MAP_LOOKS.frontier.stroke,
        stroke: 'white',
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
      Plot.tip(data, Plot.pointer({ x: 'fte', y: 'intake', title: tip, maxRadius: Math.max(cellWidth, rowHeight) })),
    ],
  });
}

/** Every cell's numbers, and the frontier: the map's text alternative. */
export function heatmapTable(lang: Lang, metric: PanelMetric, horizonWeeks: number, result: SweepResult): HTMLTableElement {
  const table = document.createElement('table');
  const head = [t(lang, 'map.table.fte'), t(lang, 'map.table.intake'), metricName(lang, metric, horizonWeeks), t(lang, 'map.table.meets')];
  table.createTHead().insertRow().append(...cells(head, 'th'));
  const body = table.createTBody();
  for (const c of heatCells(lang, metric, result)) {
    const row = body.insertRow();
    row.dataset['fte'] = String(c.fte);
    row.dataset['intake'] = String(c.intake);
    const meets = c.met === null ? '–' : t(lang, 'map.meets', { met: c.met, n: c.replications ?? 0 });
    row.append(...cells([formatNumber(lang, c.fte), formatChange(lang, c.intake), formatMetric(lang, metric, c.value, 1), meets], 'td'));
  }
  return table;
}

/** Per change in cases, the fewest advisors meeting the targets (or that none in the map does). */
export function frontierTable(lang: Lang, result: SweepResult): HTMLTableElement {
  const table = document.createElement('table');
  table.createTHead().insertRow().append(...cells([t(lang, 'map.table.intake'), t(lang, 'map.table.fewest')], 'th'));
  const body = table.createTBody();
  const top = result.axes[0]?.values.at(-1) ?? 0;
  for (const f of result.frontier ?? []) {
    const row = body.insertRow();
    row.dataset['frontier'] = f.first === null ? 'none' : String(f.first);
    row.append(...cells([formatChange(lang, f.value), f.first === null ? t(lang, 'map.beyond', { fte: formatNumber(lang, top) }) : formatNumber(lang, f.first)], 'td'));
  }
  return table;
}
