/**
 * The tornado: which uncertain assumption moves the chosen metric most. One row per assumption,
 * the largest swing on top, its name and range written above its bar; from a rule at the
 * scenario's value, one bar to the metric with the assumption at the low end of its range and
 * one to it at the high end, each end labelled with its value. Beneath the chart (in the
 * panel): what each explains when all vary together. A table holds every number and source.
 */
import { Plot } from './plot.ts';
import { accessiblePlot } from './accessible-plot.ts';
import type { SensitivityResult } from '../experiment/sensitivity.ts';
import { cells, COLORS } from './chart-frame.ts';
import { formatNumber, formatPercent, t, type Lang, type MessageKey } from './i18n.ts';
import { formatMetric, isShare, type PanelMetric } from './question-metrics.ts';
import { paramLabel } from './param-labels.ts';
import { assumptionSource } from './param-sources.ts';

/** The two ends of an assumption: the low end light, the high end dark (Okabe–Ito orange and blue, told apart without colour by the legend's order and each end's label). */
export const END_COLORS = { low: '#e69f00', high: COLORS.scenario } as const;

/** How the shipped assumptions are named and written; a scenario file's own keep their path and plain numbers. */
const KNOWN: Record<string, { name: MessageKey; percent: boolean }> = {
  productiveShare: { name: 'sens.a.productiveShare', percent: true },
  taskHours: { name: 'sens.a.taskHours', percent: true },
  errorCurve: { name: 'sens.a.errorCurve', percent: false },
  placementResponse: { name: 'sens.a.placementResponse', percent: false },
};

export interface TornadoRow {
  id: string;
  /** The assumption's name ("Produktiv andel"). */
  name: string;
  /** Its range ("60–80 %"). */
  range: string;
  /** Name and range, the bar's label. */
  label: string;
  /** The assumption's ends and the scenario's value, as written ("60 %"). */
  lowText: string;
  highText: string;
  valueText: string;
  /** The metric's mean with the assumption at its low and its high end. */
  atLow: number;
  atHigh: number;
  swing: number;
  /** Standard error of the paired difference. */
  swingSe: number;
  /** Where the range comes from, markdown emphasis removed. */
  source: string;
}

/** One end's bar: from the scenario's value to the metric at that end. */
export interface TornadoSegment {
  id: string;
  end: 'low' | 'high';
  x1: number;
  x2: number;
  /**
   * The label at this bar's end: the metric there ("88 %"). Where both ends lie on one side
   * of the scenario's value, the farther end carries both values and the nearer none, so the
   * two labels never overlap.
   */
  text: string;
  /** The label's colour: its end's, or ink where it names both ends. */
  color: string;
}

const INK = '#1b1f24';

/** An assumption's value as written: a share or scale as a percentage, a parameter as a number. */
function writeValue(lang: Lang, percent: boolean, x: number): string {
  return percent ? formatNumber(lang, x * 100) : formatNumber(lang, x, 2);
}

/** The rows, largest swing first (an undefined swing last), each named and ranged in `lang`. */
export function tornadoRows(lang: Lang, result: SensitivityResult): TornadoRow[] {
  const rows = result.bars.map((bar): TornadoRow => {
    const known = KNOWN[bar.id];
    const percent = known?.percent ?? false;
    const name = known ? t(lang, known.name) : paramLabel(lang, bar.path);
    const unit = percent ? '\u00a0%' : '';
    const range = `${writeValue(lang, percent, bar.low)}–${writeValue(lang, percent, bar.high)}${unit}`;
    return {
      id: bar.id,
      name,
      range,
      label: `${name} ${range}`,
      lowText: `${writeValue(lang, percent, bar.low)}${unit}`,
      highText: `${writeValue(lang, percent, bar.high)}${unit}`,
      valueText: `${writeValue(lang, percent, bar.value)}${unit}`,
      atLow: bar.atLow.mean,
      atHigh: bar.atHigh.mean,
      swing: bar.swing,
      swingSe: bar.swingSe,
      source: assumptionSource(lang, bar.id, bar.source),
    };
  });
  const key = (r: TornadoRow) => (Number.isFinite(r.swing) ? r.swing : -Infinity);
  return rows.sort((a, b) => key(b) - key(a));
}

/**
 * Both ends' bars of every row, from `base`. Per row the longer comes first, so that where both
 * ends move the metric the same way, the shorter is drawn over it and both stay visible.
 */
export function tornadoSegments(lang: Lang, metric: PanelMetric, rows: readonly TornadoRow[], base: number, options: { withEnds?: boolean } = {}): TornadoSegment[] {
  return rows.flatMap((r) => {
    const ends: TornadoSegment[] = (['low', 'high'] as const)
      .map((end) => {
        const x2 = end === 'low' ? r.atLow : r.atHigh;
        const value = formatMetric(lang, metric, x2);
        // Where there is room, the end names the assumption's value too ("88 % ved 60 %").
        const text = options.withEnds ? t(lang, 'sens.at', { value, end: end === 'low' ? r.lowText : r.highText }) : value;
        return { id: r.id, end, x1: base, x2, text, color: END_COLORS[end] };
      })
      .filter((s) => Number.isFinite(s.x2));
    ends.sort((a, b) => Math.abs(b.x2 - base) - Math.abs(a.x2 - base));
    const [far, near] = ends;
    if (far && near && Math.sign(far.x2 - base) === Math.sign(near.x2 - base)) {
      const [low, high] = [formatMetric(lang, metric, r.atLow), formatMetric(lang, metric, r.atHigh)];
      // Short where there is little room (a phone): the values alone.
      if (!options.withEnds) far.text = low === high ? low : `${low} / ${high}`;
      else far.text = low === high ? t(lang, 'sens.bothEnds', { value: low }) : t(lang, 'sens.lowHigh', { low, high });
      far.color = INK;
      near.text = '';
    }
    return ends;
  });
}

export interface TornadoInput {
  lang: Lang;
  metric: PanelMetric;
  result: SensitivityResult;
  /** Pixels. */
  width: number;
  fontSize: number;
}

/**
 * The x domain: every end and the base (and zero, for counts), widened so that `room` pixels
 * of label fit beyond the outermost ends of a plot `pixels` wide.
 */
export function tornadoDomain(values: readonly number[], share: boolean, pixels: number, room: number): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (!share) lo = Math.min(0, lo);
  const span = Math.max(hi - lo, share ? 0.02 : 1);
  const r = Math.min(room, pixels / 3);
  const pad = (span * r) / Math.max(1, pixels - 2 * r);
  lo = lo === 0 && !share ? 0 : lo - pad;
  hi = hi + pad;
  return share ? [Math.max(0, lo), Math.min(1, hi)] : [lo, hi];
}

/** About how wide a label of `text` is at `fontSize`, bold (pixels). */
const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.62;

export function tornadoChart(input: TornadoInput): SVGSVGElement | HTMLElement {
  const { lang, metric, result, width, fontSize } = input;
  const rows = tornadoRows(lang, result);
  const base = result.base.mean;
  // Room for half of the end ticks' labels ("0 %", "100 %"), which are centred on their ticks.
  const marginLeft = Math.round(fontSize * 1.2);
  const marginRight = Math.round(fontSize * 1.7);
  const pixels = width - marginLeft - marginRight;
  const segments = tornadoSegments(lang, metric, rows, base, { withEnds: pixels >= fontSize * 36 });
  const room = Math.max(0, ...segments.map((s) => textWidth(s.text, fontSize))) + 10;
  // A name too long for the width wraps to a second line, and every row grows by a line.
  const lines = rows.some((r) => textWidth(r.label, fontSize) > pixels) ? 2 : 1;
  const extra = (lines - 1) * fontSize * 1.2;
  const rowHeight = Math.round(fontSize * 4 + extra);
  const marginTop = Math.round(fontSize * 2.2);
  const marginBottom = Math.round(fontSize * 1.9);
  const domain = tornadoDomain([base, ...segments.map((s) => s.x2)], isShare(metric), pixels, room);
  const halo = { stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' } as const;
  // An end's value goes beyond its bar where it fits inside the chart, else over the bar's end
  // (a share's axis stops at 100 %, so a bar near it has no room beyond: the label ran out of the svg).
  const at = (x: number) => ((x - domain[0]) / (domain[1] - domain[0])) * pixels;
  const beyond = (s: TornadoSegment) =>
    s.x2 >= s.x1 ? at(s.x2) + 6 + textWidth(s.text, fontSize) <= pixels + marginRight : at(s.x2) - 6 - textWidth(s.text, fontSize) >= -marginLeft;
  const rightOf = (s: TornadoSegment) => s.text !== '' && (s.x2 >= s.x1) === beyond(s);
  // Labels sit above each bar, in the upper part of its row; the bar fills the lower part.
  const labelDy = -rowHeight / 2 + fontSize * 0.2;
  const barTop = Math.round(fontSize * 1.7 + extra);
  const barBottom = Math.round(fontSize * 0.45);
  const barMid = (barTop - barBottom) / 2;
  return accessiblePlot({
    width,
    height: marginTop + marginBottom + rowHeight * rows.length,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: `${fontSize}px`, fontFamily: 'inherit', overflow: 'visible' },
    // No axis label: the figure's title names the metric, and a long name would not fit a phone.
    x: {
      domain,
      label: null,
      grid: true,
      ticks: Math.max(3, Math.round(width / (fontSize * 5.5))),
      tickFormat: (x: number) => formatMetric(lang, metric, x),
    },
    y: { domain: rows.map((r) => r.id), axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.barX(segments, {
        x1: 'x1',
        x2: 'x2',
        y: 'id',
        fill: (s: TornadoSegment) => END_COLORS[s.end],
        insetTop: barTop,
        insetBottom: barBottom,
      }),
      // Under the text: on a phone the names cross the scenario's line, which ran through their letters.
      Plot.ruleX([base], { stroke: INK, strokeWidth: 2.5 }),
      // Each end's value beyond its bar's end (right of a bar pointing right, left of one pointing
      // left), or over the end where there is no room beyond.
      Plot.text(segments, {
        x: 'x2',
        y: 'id',
        text: 'text',
        dy: barMid,
        dx: 6,
        textAnchor: 'start',
        ...halo,
        fill: 'color',
        fontWeight: 700,
        // Anchor and offset are constants of a mark, not channels: one pass per side.
        filter: rightOf,
      }),
      Plot.text(segments, {
        x: 'x2',
        y: 'id',
        text: 'text',
        dy: barMid,
        dx: -6,
        textAnchor: 'end',
        ...halo,
        fill: 'color',
        fontWeight: 700,
        filter: (s: TornadoSegment) => s.text !== '' && !rightOf(s),
      }),
      Plot.text(rows, {
        y: 'id',
        text: 'label',
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineWidth: (pixels / fontSize) * 0.9, // ems; bold runs wider than Plot measures
        dy: labelDy,
        fontWeight: 600,
        fill: INK,
        ...halo,
      }),
      Plot.text([base], {
        x: (d: number) => d,
        frameAnchor: 'top',
        dy: -Math.round(fontSize * 1.1),
        text: () => t(lang, 'sens.base', { value: formatMetric(lang, metric, base) }),
        ...halo,
        fontWeight: 700,
        fill: INK,
      }),
    ],
  });
}

/**
 * Every assumption's numbers and source: the chart's text alternative. Each source is a line
 * of its own under its assumption's numbers, across the table: as a seventh column in a panel
 * about 740 px wide it was squeezed to a few words a line, or cut off at the scroll box's edge.
 */
export function tornadoTable(lang: Lang, metric: PanelMetric, result: SensitivityResult): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'with-sources';
  const head = ['sens.table.assumption', 'sens.table.range', 'sens.table.low', 'sens.table.high', 'sens.table.swing', 'sens.table.share'] as const;
  table.createTHead().insertRow().append(...cells(head.map((k) => t(lang, k)), 'th'));
  const body = table.createTBody();
  const source = (id: string, text: string) => {
    const row = body.insertRow();
    row.className = 'source-row';
    row.dataset['sourceOf'] = id;
    const cell = row.insertCell();
    cell.colSpan = head.length;
    cell.textContent = `${t(lang, 'sens.table.source')}: ${text}`;
  };
  const shares = new Map(result.together?.shares.map((s) => [s.id, s.share]) ?? []);
  const percent = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : formatPercent(lang, x));
  for (const r of tornadoRows(lang, result)) {
    const row = body.insertRow();
    row.dataset['assumption'] = r.id;
    row.dataset['swing'] = String(r.swing);
    row.append(
      ...cells(
        [
          r.name,
          t(lang, 'sens.table.rangeValue', { range: r.range, value: r.valueText }),
          formatMetric(lang, metric, r.atLow, 1),
          formatMetric(lang, metric, r.atHigh, 1),
          `${formatMetric(lang, metric, r.swing, 1)} (± ${formatMetric(lang, metric, r.swingSe, 1)})`,
          percent(shares.get(r.id)),
        ],
        'td',
      ),
    );
    source(r.id, r.source);
  }
  if (result.together) {
    const row = body.insertRow();
    row.dataset['assumption'] = 'chance';
    row.append(...cells([t(lang, 'sens.chance'), '', '', '', '', percent(result.together.unexplained)], 'td'));
    source('chance', t(lang, 'sens.chance.source'));
  }
  return table;
}

export interface ShareRow {
  id: string;
  name: string;
  share: number;
}

/**
 * What each assumption explains of the spread when all vary together, largest first, and the
 * rest (chance) last; empty without a together run. Shares are clamped to 0–1 (a regression on
 * few runs can overshoot).
 */
export function shareRows(lang: Lang, result: SensitivityResult): ShareRow[] {
  const together = result.together;
  if (!together) return [];
  const names = new Map(tornadoRows(lang, result).map((r) => [r.id, r.name]));
  const clamp = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : Number.NaN);
  const rows = together.shares.map((s) => ({ id: s.id, name: names.get(s.id) ?? s.id, share: clamp(s.share) }));
  rows.sort((a, b) => (Number.isFinite(b.share) ? b.share : -1) - (Number.isFinite(a.share) ? a.share : -1));
  return [...rows, { id: 'chance', name: t(lang, 'sens.chance'), share: clamp(together.unexplained) }];
}
