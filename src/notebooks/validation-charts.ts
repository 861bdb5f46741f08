/** The validation notebook's figures (Plot), one per check, in the page's language. */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatPercent } from '../app/i18n.ts';
import { pageLang, tr } from './lang.ts';
import type { LittleResult, PressurePoint, QueuePoint, WorkerRun } from './validation.ts';

const INK = '#1f2937';
const MODEL = '#2563eb';
const FORMULA = '#d97706';

const size = (width: number) => ({ width: Math.max(280, Math.min(width, 900)), height: Math.round(Math.max(240, Math.min(width, 900) * 0.45)) });

/** Erlang C's mean wait against the simulated one (±2 standard errors) over utilisation. */
export function queueChart(points: readonly QueuePoint[], width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  const bars = points.map((p) => ({ ...p, lo: Math.max(0, p.simulated - 2 * p.se), hi: p.simulated + 2 * p.se }));
  return Plot.plot({
    ...size(width),
    marginLeft: 50,
    x: { label: tr({ da: 'Udnyttelse ρ = λ / (c μ)', en: 'Utilisation ρ = λ / (c μ)' }, lang), domain: [0.45, 1], grid: true },
    y: { label: tr({ da: 'Gns. ventetid (dage)', en: 'Mean wait (days)' }, lang), grid: true },
    color: {
      legend: true,
      domain: [tr({ da: 'Erlang C (formel)', en: 'Erlang C (formula)' }, lang), tr({ da: 'Simulation ± 2 SE', en: 'Simulation ± 2 SE' }, lang)],
      range: [FORMULA, MODEL],
    },
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, { x: 'rho', y: 'formula', stroke: () => tr({ da: 'Erlang C (formel)', en: 'Erlang C (formula)' }, lang), strokeWidth: 2 }),
      Plot.ruleX(bars, { x: 'rho', y1: 'lo', y2: 'hi', stroke: MODEL, strokeWidth: 2 }),
      Plot.dot(bars, { x: 'rho', y: 'simulated', fill: () => tr({ da: 'Simulation ± 2 SE', en: 'Simulation ± 2 SE' }, lang), r: 4 }),
      Plot.tip(bars, Plot.pointerX({ x: 'rho', y: 'simulated', title: (p: QueuePoint) => `ρ = ${p.rho}\n${tr({ da: 'formel', en: 'formula' }, lang)}: ${formatNumber(lang, p.formula, 2)}\n${tr({ da: 'simuleret', en: 'simulated' }, lang)}: ${formatNumber(lang, p.simulated, 2)} ± ${formatNumber(lang, p.se, 2)}` })),
    ],
  });
}

/** Open cases week by week (median and P10–P90) against arrival rate × mean duration. */
export function littleChart(result: LittleResult, width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  return Plot.plot({
    ...size(width),
    marginLeft: 56,
    x: { label: tr({ da: 'Uge', en: 'Week' }, lang), grid: true },
    y: { label: tr({ da: 'Åbne sager', en: 'Open cases' }, lang), grid: true, zero: false },
    marks: [
      Plot.areaY(result.series, { x: 'week', y1: 'p10', y2: 'p90', fill: MODEL, fillOpacity: 0.15 }),
      Plot.line(result.series, { x: 'week', y: 'p50', stroke: MODEL, strokeWidth: 2 }),
      Plot.ruleY([result.expected], { stroke: FORMULA, strokeWidth: 2, strokeDasharray: '6 4' }),
      Plot.text([result.expected], { y: (d: number) => d, frameAnchor: 'left', dy: -10, dx: 4, fill: FORMULA, fontWeight: 600, text: () => `λ · W = ${formatNumber(lang, result.expected)}` }),
    ],
  });
}

/** Measured pressure against posts, with the workload formula's FTE and pressure 1 marked. */
export function pressureChart(points: readonly PressurePoint[], formulaFte: number, width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  return Plot.plot({
    ...size(width),
    marginLeft: 50,
    x: { label: tr({ da: 'Rådgivere (årsværk)', en: 'Advisors (FTE)' }, lang), grid: true, tickFormat: (d: number) => formatNumber(lang, d) },
    y: { label: tr({ da: 'Arbejdspres (efterspørgsel / kapacitet)', en: 'Pressure (demand / capacity)' }, lang), grid: true },
    marks: [
      Plot.ruleY([1], { stroke: INK, strokeDasharray: '4 3' }),
      Plot.ruleX([formulaFte], { stroke: FORMULA, strokeWidth: 2 }),
      Plot.text([formulaFte], { x: (d: number) => d, frameAnchor: 'top', dy: 6, dx: 6, textAnchor: 'start', fill: FORMULA, fontWeight: 600, text: () => `${tr({ da: 'formlens', en: 'formula' }, lang)}: ${formatNumber(lang, formulaFte, 1)}` }),
      Plot.line(points, { x: 'fte', y: 'pressure', stroke: MODEL, strokeWidth: 2 }),
      Plot.dot(points, { x: 'fte', y: 'pressure', fill: MODEL, r: 4 }),
    ],
  });
}

/** Each replication's figure as each pool of workers computed it: the rows must be identical. */
export function determinismChart(runs: readonly WorkerRun[], width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  const rows = runs.flatMap((r) => r.perReplication.map((p) => ({ ...p, workers: `${r.workers} ${tr(r.workers === 1 ? { da: 'worker', en: 'worker' } : { da: 'workers', en: 'workers' }, lang)}` })));
  return Plot.plot({
    width: Math.max(280, Math.min(width, 900)),
    height: 60 + 56 * runs.length,
    marginLeft: 80,
    x: { label: tr({ da: 'Replikation', en: 'Replication' }, lang), ticks: runs[0]?.perReplication.length ?? 0, tickFormat: (d: number) => String(d) },
    y: { label: null, ticks: 2, tickFormat: (d: number) => formatPercent(lang, d) },
    fy: { label: null },
    marks: [
      Plot.frame({ stroke: '#ddd' }),
      Plot.dot(rows, { x: 'replication', y: 'value', fy: 'workers', fill: MODEL, r: 4 }),
    ],
  });
}
