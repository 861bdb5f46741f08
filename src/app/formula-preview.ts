/**
 * A curve formula's live preview: as the budget officer types, the formula is compiled with the
 * same checks the scenario parser runs (src/formula), and either drawn beside the starting
 * curve or named with the parser's message and, for a parse error, the character it points at.
 * Applying it is the editor's business (on Enter or leaving the field), with the full parse.
 */
import { Plot, whenPlotReady } from './plot.ts';
import { accessiblePlot } from './accessible-plot.ts';
import { compileErrorCurve } from '../formula/error-curve.ts';
import { compileMultiplier } from '../formula/multiplier-curve.ts';
import type { FormulaVariable } from '../scenario/schema.ts';
import { et } from './editor-text.ts';
import { shownMessage, type ShownMessage } from './editor-messages.ts';
import { formatNumber, type Lang } from './i18n.ts';

/** The input range the preview draws (the checks run over the formula's whole range). */
const DOMAIN: Record<FormulaVariable, number> = { s: 1, c: 100, p: 4 };
const SAMPLES = 100;

export type Curve = { ok: true; points: { x: number; y: number }[] } | { ok: false; message: string };

/** The formula's points over the preview's range, or the check's message (pure: tested in Node). */
export function curvePoints(formula: string, variable: FormulaVariable, a: number | null): Curve {
  const compiled = variable === 's' ? compileErrorCurve(formula, a ?? 0) : compileMultiplier(formula, variable, a);
  if (!compiled.ok) return compiled;
  const f = 'g' in compiled ? compiled.g : compiled.f;
  const points = Array.from({ length: SAMPLES + 1 }, (_, i) => {
    const x = (i / SAMPLES) * DOMAIN[variable];
    return { x, y: f(x) };
  });
  return { ok: true, points };
}

export interface FormulaPreview {
  element: HTMLElement;
  /** Draws `formula` against `start` (the starting formula); `live`: also names what is wrong with it, as it is typed. */
  show(formula: string, start: string, live?: boolean): void;
}

export interface PreviewOptions {
  lang: Lang;
  path: string;
  variable: FormulaVariable;
  /** The curve's parameter a as the scenario has it, or null for a curve without one. */
  a: () => number | null;
  /** Shows (or clears) the check's message where the field shows its problems. */
  problem: (message: ShownMessage | null) => void;
}

export function createFormulaPreview(options: PreviewOptions): FormulaPreview {
  const { lang, path, variable } = options;
  const element = Object.assign(document.createElement('figure'), { className: 'formula-preview' });
  const plot = Object.assign(document.createElement('div'), { className: 'plot' });
  const message = Object.assign(document.createElement('div'), { className: 'formula-message' });
  const caption = Object.assign(document.createElement('figcaption'), { textContent: et(lang, 'formula.preview') });
  element.append(message, plot, caption);
  let pending = 0;
  let shown: { formula: string; start: string } | null = null;
  // Drawn at the width it has once it has one: inside a closed group it has none.
  new ResizeObserver(() => {
    if (shown) draw(shown.formula, shown.start);
  }).observe(plot);
  return {
    element,
    show(formula, start, live = false) {
      cancelAnimationFrame(pending);
      // One drawing a frame however fast the typing.
      pending = requestAnimationFrame(() => {
        shown = { formula, start };
        draw(formula, start);
        if (live) check(formula);
      });
    },
  };

  /** The field's problem as it is typed: the same check the parser runs on this curve. */
  function check(formula: string): void {
    const typed = curvePoints(formula, variable, options.a());
    options.problem(typed.ok ? null : shownMessage(lang, { path, message: `${path} ${typed.message}` }, path));
  }

  function draw(formula: string, start: string): void {
    const a = options.a();
    const typed = curvePoints(formula, variable, a);
    const before = curvePoints(start, variable, a);
    message.replaceChildren();
    const char = typed.ok ? null : shownMessage(lang, { path, message: `${path} ${typed.message}` }, path).char;
    if (char !== null) message.append(...pointer(lang, formula, char));
    const available = plot.clientWidth;
    if (available === 0 || !whenPlotReady(() => draw(formula, start))) return;
    plot.replaceChildren(formulaChart({ lang, variable, formula, typed, before, width: Math.min(520, available) }));
  }
}

export interface FormulaChartInput {
  lang: Lang;
  variable: FormulaVariable;
  /** The formula as typed, for the chart's name. */
  formula: string;
  /** Its curve (solid), and the starting formula's (dashed); a curve that failed its check is left out. */
  typed: Curve;
  before: Curve;
  width: number;
}

/** The preview's chart: the typed curve over the starting one (pure, so that its SVG can be snapshotted). */
export function formulaChart(input: FormulaChartInput): SVGSVGElement | HTMLElement {
  const { lang, variable, typed, before } = input;
  const lines = [
    ...(before.ok ? [Plot.line(before.points, { x: 'x', y: 'y', stroke: '#5c5c5c', strokeWidth: 2, strokeDasharray: '6 4' })] : []),
    ...(typed.ok ? [Plot.line(typed.points, { x: 'x', y: 'y', stroke: '#0b5cad', strokeWidth: 3 })] : []),
  ];
  return accessiblePlot({
    width: input.width,
    height: 170,
    marginLeft: 44,
    style: { fontSize: '12px' },
    ariaLabel: `${et(lang, 'formula.preview')}: ${input.formula}`,
    x: { label: et(lang, `formula.variable.${variable}`), domain: [0, DOMAIN[variable]], tickFormat: (x: number) => formatNumber(lang, x, 2) },
    y: { label: et(lang, 'formula.value'), grid: true, tickFormat: (y: number) => formatNumber(lang, y, 2) },
    marks: [Plot.ruleY([0]), ...lines],
  });
}

/** The formula with a caret under the character a parse error points at (1-based, as mathjs counts). */
function pointer(lang: Lang, formula: string, char: number): HTMLElement[] {
  const lead = Object.assign(document.createElement('p'), { className: 'formula-at-lead', textContent: et(lang, 'formula.at', { n: char }) });
  const pre = Object.assign(document.createElement('pre'), { className: 'formula-at' });
  pre.textContent = `${formula}\n${' '.repeat(Math.max(0, char - 1))}^`;
  pre.dataset['char'] = String(char);
  return [lead, pre];
}
