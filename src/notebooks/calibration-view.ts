/** The calibration notebook's figures: the anchors beside the model, the error curve, the placement response. */
import * as Plot from '@observablehq/plot';
import { ANCHORS } from '../experiment/anchors.ts';
import { formatNumber, formatPercent, t, type MessageKey } from '../app/i18n.ts';
import { table } from './check.ts';
import { pageLang, tr } from './lang.ts';
import { ASSUMPTIONS, placementResponseCurve, RESPONSE_HERNING, RESPONSE_TODAY, type AnchorResult, type CurvePoint } from './calibration.ts';
import type { Field } from './form.ts';

const MODEL = '#2563eb';
const OTHER = '#64748b';
const BAND = '#16a34a';
const ANCHOR = '#b45309';

/** Short names for the anchors of src/experiment/anchors.ts, in both languages (the table there is English). */
export const ANCHOR_NAMES: Readonly<Record<string, { da: string; en: string }>> = {
  'investigations-late': { da: 'Undersøgelser over 4 mdr.', en: 'Investigations over 4 months' },
  'placement-files': { da: 'Anbringelsessager med fejl', en: 'Placement files with an error' },
  'follow-ups': { da: 'Opfølgninger for sent', en: 'Follow-ups late' },
  'herning-few-errors': { da: 'Herning: afgørelser med fejl', en: 'Herning: decisions with an error' },
  'herning-beats-headcount': { da: 'Herning mod 45 stillinger', en: 'Herning against 45 posts' },
};

/** The form's fields: each ranged assumption (its range as the field's), replications and seed. */
export function calibrationFields(replications = 3): Field[] {
  const label = (id: string, lang: 'da' | 'en') => {
    const text = t(lang, `uncertainty.name.${id}` as MessageKey);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return [
    ...ASSUMPTIONS.map((a) => ({ name: a.id, label: { da: label(a.id, 'da'), en: label(a.id, 'en') }, min: a.low, max: a.high, step: 0.01, value: a.value })),
    { name: 'replications', label: { da: 'Replikationer', en: 'Replications' }, min: 2, max: 40, step: 1, value: replications },
    { name: 'seed', label: { da: 'Seed', en: 'Seed' }, min: 1, max: 99_999, step: 1, value: 1 },
  ];
}

const nameOf = (id: string) => tr(ANCHOR_NAMES[id] ?? { da: id, en: id });
const pct = (x: number) => (Number.isFinite(x) ? formatPercent(pageLang(), x) : '–');

/** Each anchor's band (green) and the model's mean (dot) with P10–P90 across replications. */
export function anchorChart(results: readonly AnchorResult[], width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  const rows = results.map((r) => {
    const a = r.anchor;
    const [low, high] = a.kind === 'band' ? [a.low, a.high] : [0, (r.other?.mean ?? Number.NaN) - a.margin];
    return { name: nameOf(a.id), low, high, ...r.figure, holds: r.holds };
  });
  const others = results.flatMap((r) => (r.other ? [{ name: nameOf(r.anchor.id), ...r.other }] : []));
  const narrow = width < 560;
  return Plot.plot({
    width: Math.max(300, Math.min(width, 900)),
    height: 60 + 44 * rows.length,
    marginLeft: narrow ? 120 : 210,
    x: { domain: [0, 1], label: tr({ da: 'Andel', en: 'Share' }, lang), grid: true, tickFormat: (d: number) => formatPercent(lang, d), ticks: narrow ? 4 : 10 },
    y: { label: null, domain: rows.map((r) => r.name), tickFormat: (d: string) => (narrow && d.length > 18 ? `${d.slice(0, 17)}…` : d) },
    marks: [
      Plot.barX(rows, { y: 'name', x1: 'low', x2: 'high', fill: BAND, fillOpacity: 0.22, insetTop: 6, insetBottom: 6 }),
      Plot.ruleY(rows, { y: 'name', x1: 'p10', x2: 'p90', stroke: MODEL, strokeWidth: 2 }),
      Plot.dot(others, { y: 'name', x: 'mean', stroke: OTHER, strokeWidth: 2, r: 5, symbol: 'circle' }),
      Plot.dot(rows, { y: 'name', x: 'mean', fill: MODEL, r: 5 }),
      Plot.text(rows, { y: 'name', x: 'mean', text: (r: { mean: number }) => pct(r.mean), dy: -12, fill: MODEL, fontWeight: 600 }),
    ],
  });
}

/** The anchors' sources in Danish (src/experiment/anchors.ts keeps them in English, as docs/model.md prints them). */
const SOURCE_DA: Record<string, string> = {
  'investigations-late': 'Børnesagsbarometret: 40 % for sent (2021), 66 % (2023), 50 % (2024); DS’ sagstalsundersøgelser 2019–23',
  'placement-files': 'Ankestyrelsen, praksisundersøgelse 2009: 83 % af 125 anbringelsessager',
  'follow-ups': 'Børnesagsbarometret: første opfølgning inden 3 måneder i 50 % (2020–22) og 75 % (2024) af sagerne',
  'herning-few-errors': 'Herning (KORA 2015): "næsten ingen klager" efter halverede sagstal; antagelse: højst 1 ud af 10',
  'herning-beats-headcount': 'DS anbefaler 20–30 sager; Herning 2013–15; mekanismen: sagstallets virkning (antagelse)',
};

/** The anchors as a table: source, band, the model's figure and the verdict. */
export function anchorTable(results: readonly AnchorResult[]): HTMLElement {
  const lang = pageLang();
  const head = [tr({ da: 'Anker', en: 'Anchor' }, lang), tr({ da: 'Kilde', en: 'Source' }, lang), tr({ da: 'Skal være', en: 'Must be' }, lang), tr({ da: 'Model (P10–P90)', en: 'Model (P10–P90)' }, lang), tr({ da: 'Dom', en: 'Verdict' }, lang)];
  const rows = results.map((r) => {
    const a = r.anchor;
    const band = a.kind === 'band' ? `${pct(a.low)} – ${pct(a.high)}` : tr({ da: `mindst ${pct(a.margin)} lavere`, en: `lower by ≥ ${pct(a.margin)}` }, lang);
    const model = `${pct(r.figure.mean)} (${pct(r.figure.p10)}–${pct(r.figure.p90)})${r.other ? ` vs ${pct(r.other.mean)}` : ''}`;
    return [nameOf(a.id), tr({ da: SOURCE_DA[a.id] ?? a.source, en: a.source }, lang), band, model, r.holds ? tr({ da: 'holder', en: 'holds' }, lang) : tr({ da: 'holder ikke', en: 'fails' }, lang)];
  });
  const element = table(head, rows);
  results.forEach((r, i) => {
    const row = element.querySelectorAll('tbody tr')[i] as HTMLElement | undefined;
    if (!row) return;
    row.dataset['anchor'] = r.anchor.id;
    row.dataset['figure'] = String(r.figure.mean);
    row.dataset['verdict'] = r.holds ? 'holds' : 'fails';
  });
  return element;
}

/** Decision and placement-file error shares against caseload, with the two anchors they were calibrated to. */
export function errorCurveChart(points: readonly CurvePoint[], width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  const decisions = tr({ da: 'Afgørelser der mangler et retligt element', en: 'Decisions missing a legal element' }, lang);
  const files = tr({ da: 'Anbringelsessager med fejl ved tilsyn', en: 'Placement files with an error at audit' }, lang);
  const late = tr({ da: 'Undersøgelser over 4 måneder', en: 'Investigations over 4 months' }, lang);
  const long = points.flatMap((p) => [
    { caseload: p.caseload, share: p.decisionErrorShare, line: decisions },
    { caseload: p.caseload, share: p.auditedPlacementFileErrorShare, line: files },
    { caseload: p.caseload, share: p.investigationsLateShare, line: late },
  ]).filter((p) => Number.isFinite(p.share) && Number.isFinite(p.caseload));
  const band = (id: string) => ANCHORS.find((a) => a.id === id);
  const files46 = band('placement-files');
  const herning = band('herning-few-errors');
  const anchors = [
    ...(files46?.kind === 'band' ? [{ caseload: 46, low: files46.low, high: files46.high, share: 0.83, label: tr({ da: 'Ankestyrelsen 2009: 83 %', en: 'Ankestyrelsen 2009: 83 %' }, lang) }] : []),
    ...(herning?.kind === 'band' ? [{ caseload: 23, low: herning.low, high: herning.high, share: herning.high / 2, label: tr({ da: 'Herning: højst 10 %', en: 'Herning: at most 10 %' }, lang) }] : []),
  ];
  return Plot.plot({
    width: Math.max(300, Math.min(width, 900)),
    height: Math.round(Math.max(280, Math.min(width, 900) * 0.5)),
    marginLeft: 48,
    x: { label: tr({ da: 'Sager pr. produktivt årsværk', en: 'Cases per productive FTE' }, lang), grid: true, domain: [10, 60] },
    y: { label: tr({ da: 'Andel', en: 'Share' }, lang), grid: true, domain: [0, 1], tickFormat: (d: number) => formatPercent(lang, d) },
    color: { legend: true, domain: [decisions, files, late], range: [MODEL, '#7c3aed', OTHER] },
    marks: [
      Plot.line(long, { x: 'caseload', y: 'share', stroke: 'line', strokeWidth: 2, curve: 'monotone-x' }),
      Plot.dot(long, { x: 'caseload', y: 'share', fill: 'line', r: 3 }),
      Plot.ruleX(anchors, { x: 'caseload', y1: 'low', y2: 'high', stroke: ANCHOR, strokeWidth: 8, strokeOpacity: 0.35 }),
      Plot.dot(anchors, { x: 'caseload', y: 'share', stroke: ANCHOR, strokeWidth: 2, r: 6, symbol: 'diamond' }),
      Plot.text(anchors, { x: 'caseload', y: 'high', text: 'label', dy: -10, fill: ANCHOR, fontWeight: 600, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' }),
    ],
  });
}

/** h(c) at the chosen strength, the assumption's range as a band, and the calibration points. */
export function responseChart(a: number, range: { low: number; high: number }, width: number): SVGSVGElement | HTMLElement {
  const lang = pageLang();
  const at = placementResponseCurve(a);
  const lo = placementResponseCurve(range.low);
  const hi = placementResponseCurve(range.high);
  const band = at.map((p, i) => ({ c: p.c, y1: Math.min(lo[i]?.h ?? 1, hi[i]?.h ?? 1), y2: Math.max(lo[i]?.h ?? 1, hi[i]?.h ?? 1) }));
  const h = (c: number) => at.find((p) => p.c === c)?.h ?? Number.NaN;
  const points = [
    { c: RESPONSE_TODAY, h: h(RESPONSE_TODAY), label: tr({ da: 'i dag: 46 sager, h = 1', en: 'today: 46 cases, h = 1' }, lang) },
    { c: RESPONSE_HERNING, h: h(RESPONSE_HERNING), label: tr({ da: `Herning, halveret: h = ${formatNumber(lang, h(RESPONSE_HERNING), 3)}`, en: `Herning, halved: h = ${formatNumber(lang, h(RESPONSE_HERNING), 3)}` }, lang) },
  ];
  return Plot.plot({
    width: Math.max(300, Math.min(width, 900)),
    height: Math.round(Math.max(260, Math.min(width, 900) * 0.42)),
    marginLeft: 48,
    x: { label: tr({ da: 'Sager pr. produktivt årsværk, c', en: 'Cases per productive FTE, c' }, lang), grid: true },
    y: { label: tr({ da: 'h(c): gange chancen for anbringelse', en: 'h(c): times the chance of a placement' }, lang), grid: true, domain: [0.8, 1.1] },
    marks: [
      Plot.areaY(band, { x: 'c', y1: 'y1', y2: 'y2', fill: OTHER, fillOpacity: 0.15 }),
      Plot.ruleY([1], { stroke: '#999', strokeDasharray: '4 3' }),
      Plot.line(at, { x: 'c', y: 'h', stroke: MODEL, strokeWidth: 2 }),
      Plot.dot(points, { x: 'c', y: 'h', stroke: ANCHOR, strokeWidth: 2, r: 6, symbol: 'diamond' }),
      Plot.text(points, { x: 'c', y: 'h', text: 'label', dy: 18, textAnchor: 'end', dx: 8, fill: ANCHOR, fontWeight: 600, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' }),
    ],
  });
}
