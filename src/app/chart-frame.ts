/**
 * What every chart shares: its input, colours, size, margins, date axis and table cells, so
 * that the charts read alike and a new one is drawn the same way.
 */
import type * as Plot from '@observablehq/plot';
import type { ReplicationResult } from '../experiment/catalogue.ts';
import type { Scenario } from '../scenario/types.ts';
import { formatDate, formatNumber, type Lang } from './i18n.ts';
import type { SweepPoint } from './session.ts';

/** Colour-blind-safe (Okabe–Ito hues, darkened for contrast on white). */
export const COLORS = { scenario: '#0b5cad', today: '#5c5c5c', guideline: '#007a5a', cap: '#b8460b' } as const;

export interface ChartInput {
  lang: Lang;
  /** Pixels available for the chart. */
  width: number;
  /** Pixels: the page's body text, so a chart reads as well as the text around it. */
  fontSize: number;
  /** The date of week 0. */
  start: Date;
  scenario: Scenario;
  results: readonly ReplicationResult[];
  comparisonResults: readonly ReplicationResult[];
  sweep: SweepPoint[] | null;
  /** Name of the comparison in labels ("I dag", "Herning-modellen"). */
  comparisonLabel: string;
  /** False when this scenario is the comparison itself: then only one is drawn. */
  showComparison: boolean;
  /** Pixels of height, when set (the printed report's small charts); otherwise from the width ({@link chartHeight}). */
  height?: number;
}

/** Date ticks no closer than a label's width ("okt. 2027" is about 6 characters wide). */
export function tickInterval(width: number, weeks: number, fontSize = 15): string {
  const label = fontSize * 5.5;
  const perQuarter = (width - 80) / (weeks / 13);
  if (perQuarter >= label) return '3 months';
  if (perQuarter * 2 >= label) return '6 months';
  return perQuarter * 4 >= label ? '1 year' : '2 years';
}

export const chartHeight = (width: number) => Math.round(Math.min(440, Math.max(260, width * 0.55)));
/** The height chart `input` is drawn at. */
export const heightOf = (input: ChartInput) => input.height ?? chartHeight(input.width);
/** Value ticks about three lines of text apart: few, large numbers read from the back of a room. */
export const yTicks = (input: ChartInput) => Math.max(3, Math.round(heightOf(input) / (input.fontSize * 3.6)));

export function frame(input: ChartInput): Plot.PlotOptions {
  const { width, fontSize } = input;
  return {
    width,
    height: heightOf(input),
    marginLeft: Math.round(fontSize * 3.4),
    marginRight: Math.round(fontSize * 1.2),
    marginTop: Math.round(fontSize * 1.8),
    marginBottom: Math.round(fontSize * 2.4),
    style: { fontSize: `${fontSize}px`, fontFamily: 'inherit', overflow: 'visible' },
  };
}

export function timeAxes(input: ChartInput, yLabel: string, yMax: number): Plot.PlotOptions {
  const { lang } = input;
  return {
    x: {
      type: 'utc',
      label: null,
      tickFormat: (d: Date) => formatDate(lang, d),
      ticks: tickInterval(input.width, input.scenario.simulation.horizonWeeks, input.fontSize),
    },
    // A flat line at zero still gets a readable axis.
    y: { label: yLabel, grid: true, domain: [0, Math.max(yMax, 5)], nice: true, ticks: yTicks(input), tickFormat: (d: number) => formatNumber(lang, d) },
  };
}

/** Table cells: a header row's `th` (column scope) or a body row's `td`. */
export const cells = (texts: string[], tag: 'td' | 'th') =>
  texts.map((text) => Object.assign(document.createElement(tag), tag === 'th' ? { scope: 'col', textContent: text } : { textContent: text }));
