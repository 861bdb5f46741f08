/**
 * The charts' section of the page: a figure per chart, built once, whose plot and table are
 * redrawn as results come in. A redraw takes one chart per animation frame, each drawn in a
 * task just after its frame, so the main thread never blocks for long (the Web Workers wait on
 * it for their next replication, and a slider being dragged must not stutter). Drawn inside the
 * frame (or in the render that asked), a chart's JavaScript and the frame's style, layout and
 * paint were one task of 100–250 ms on a phone; apart, input is handled between them. A newer
 * redraw supersedes one still under way.
 * Figures persist, so an opened table stays open while numbers refine.
 *
 * While results stream in, a figure more than a screen away from the viewport is not redrawn:
 * it keeps what it is to draw (`data-pending`) and draws it when it scrolls near, or with the
 * final numbers. On a phone most charts are screens below the cards, and each is a long task
 * of 50–150 ms there.
 */
import { SPEND_LINES } from '../experiment/budget.ts';
import { emptyChartReason } from './chart-empty.ts';
import { CHARTS, COLORS, drawChart, type ChartId, type ChartInput } from './charts.ts';
import { chartPng, chartSvg, download } from './exports.ts';
import { HIRING_LINES, hiringLabel } from './hiring-chart.ts';
import { t } from './i18n.ts';
import { whenPlotReady } from './plot.ts';
import { SPEND_COLORS } from './spending-chart.ts';
import { el } from './dom.ts';

interface Figure {
  id: ChartId;
  figure: HTMLElement;
  title: HTMLElement;
  legend: HTMLElement;
  plot: HTMLElement;
  note: HTMLElement;
  summary: HTMLElement;
  table: HTMLElement;
  svgButton: HTMLButtonElement;
  pngButton: HTMLButtonElement;
  /** The download buttons, hidden when the chart is empty. */
  actions: HTMLElement;
  /** What the figure is to draw once it is near the viewport (null: it shows what it should). */
  pending: ChartInput | null;
}

export interface ChartPanel {
  /**
   * Redraws every chart from `input` (or clears them), one per frame; `done` runs after the last.
   * While `streaming`, a chart far from the viewport waits (see the header).
   */
  draw(input: ChartInput | null, done?: () => void, streaming?: boolean): void;
  /** Redraws every chart from `input` at once (for print: the page is laid out right after). */
  drawNow(input: ChartInput): void;
  /** Whether a redraw is under way. */
  readonly busy: boolean;
  /** Main-thread milliseconds the last complete redraw took, summed over its charts (0 before one). */
  readonly drawMs: number;
}

/** What a legend entry looks like: a line (with its dash) or a filled box (a band or a bar). */
type Look = { line: string; width: number; dash?: string } | { fill: string; opacity: number };
const LOOKS = {
  line: { line: COLORS.scenario, width: 3.5 },
  dashed: { line: COLORS.today, width: 2.5, dash: '7 5' },
  band: { fill: COLORS.scenario, opacity: 0.2 },
} as const satisfies Record<string, Look>;

/** A small inline picture of a line, band or bar, for the legend. */
function swatch(look: Look): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 28 12');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('swatch');
  svg.innerHTML =
    'fill' in look
      ? `<rect x="0" y="1" width="28" height="10" fill="${look.fill}" fill-opacity="${look.opacity}"/>`
      : `<line x1="0" y1="6" x2="28" y2="6" stroke="${look.line}" stroke-width="${look.width}"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}/>`;
  return svg;
}

/** A legend entry; `this` marks the entry of this scenario (set in the scenario's colour). */
function legendItem(look: keyof typeof LOOKS | Look, text: string, className = ''): HTMLElement {
  const item = el('span', { className: `legend-item ${className}`.trim() });
  item.append(swatch(typeof look === 'string' ? LOOKS[look] : look), el('span', { textContent: text }));
  return item;
}

/** The legend of chart `id`: what each line, band or bar is. */
function legendOf(id: ChartId, input: ChartInput): HTMLElement[] {
  const { lang, comparisonLabel } = input;
  switch (id) {
    case 'errors':
      return [
        el('span', { className: 'legend-item this', textContent: `◆ ${t(lang, 'chart.this')}` }),
        ...(input.showComparison ? [el('span', { className: 'legend-item today', textContent: `○ ${comparisonLabel}` })] : []),
      ];
    case 'hiring': {
      const share = input.scenario.advisors.staffing.onboardingCapacityShare;
      return HIRING_LINES.map((line) =>
        legendItem({ line: line.stroke, width: line.strokeWidth, ...(line.dash ? { dash: line.dash } : {}) }, hiringLabel(lang, line, share)),
      );
    }
    case 'spending':
      return SPEND_LINES.map((line) => legendItem({ fill: SPEND_COLORS[line], opacity: 1 }, t(lang, `spend.${line}`)));
    default:
      return [
        legendItem('line', t(lang, 'chart.this'), 'this'),
        ...(input.showComparison ? [legendItem('dashed', comparisonLabel)] : []),
        legendItem('band', t(lang, 'chart.band'), 'band'),
      ];
  }
}

/** The note under chart `id`, if any. */
function noteOf(id: ChartId, input: ChartInput): string {
  const { lang } = input;
  switch (id) {
    case 'caseload':
      return t(lang, 'chart.caseload.note');
    case 'breaches':
      return t(lang, 'chart.breaches.note');
    case 'errors':
      return t(lang, input.sweep ? 'chart.errors.note' : 'chart.errors.computing');
    case 'hiring':
      return t(lang, 'chart.hiring.note');
    case 'spending':
      return input.showComparison ? t(lang, 'chart.spending.note', { against: input.comparisonLabel }) : '';
    default:
      return '';
  }
}

/** Runs `work` in a task of its own after the next frame (see the header). */
const afterFrame = (work: () => void) => requestAnimationFrame(() => setTimeout(work, 0));

/** The charts `ids` (default: all) in `container`, in that order. */
export function createChartPanel(container: HTMLElement, fileStem: () => string, ids: readonly ChartId[] = CHARTS.map((c) => c.id)): ChartPanel {
  const figures: Figure[] = ids.map((id) => {
    const figure = el('figure', { className: 'chart' });
    figure.dataset['chart'] = id;
    const title = el('h3');
    const legend = el('p', { className: 'legend' });
    const plot = el('div', { className: 'plot' });
    const note = el('p', { className: 'band-note' });
    const svgButton = el('button', { type: 'button' });
    const pngButton = el('button', { type: 'button' });
    svgButton.addEventListener('click', () => download(`${fileStem()}-${id}.svg`, chartSvg(figure), 'image/svg+xml'));
    pngButton.addEventListener('click', () => void chartPng(figure).then((png) => download(`${fileStem()}-${id}.png`, png)));
    const actions = el('p', { className: 'chart-actions' });
    actions.append(svgButton, pngButton);
    const details = el('details');
    const summary = el('summary');
    const table = el('div', { className: 'table-wrap', tabIndex: 0 });
    details.append(summary, table);
    figure.append(title, legend, plot, note, details, actions);
    return { id, figure, title, legend, plot, note, summary, table, svgButton, pngButton, actions, pending: null };
  });
  container.replaceChildren(...figures.map((f) => f.figure));

  /** The figures within a screen of the viewport. */
  const near = new Set<Element>();
  const setPending = (f: Figure, input: ChartInput | null) => {
    f.pending = input;
    if (input) f.figure.dataset['pending'] = 'true';
    else delete f.figure.dataset['pending'];
  };
  const nearby = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) {
          near.delete(entry.target);
          continue;
        }
        near.add(entry.target);
        const f = figures.find((x) => x.figure === entry.target);
        if (f?.pending) {
          const input = f.pending;
          afterFrame(() => {
            if (f.pending === input) drawFigure(f, input); // not drawn or superseded meanwhile
          });
        }
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const f of figures) nearby.observe(f.figure);

  let labels = '';
  const relabel = (input: ChartInput) => {
    const share = input.scenario.advisors.staffing.onboardingCapacityShare;
    const key = `${input.lang}|${input.comparisonLabel}|${input.showComparison}|${share}|${input.sweep !== null}`;
    if (key === labels) return;
    labels = key;
    for (const f of figures) {
      f.title.textContent = t(input.lang, (CHARTS.find((c) => c.id === f.id) as (typeof CHARTS)[number]).title);
      f.summary.textContent = t(input.lang, 'chart.table');
      f.svgButton.textContent = t(input.lang, 'export.svg');
      f.pngButton.textContent = t(input.lang, 'export.png');
      f.legend.replaceChildren(...legendOf(f.id, input));
      f.note.textContent = noteOf(f.id, input);
    }
  };

  let pass = 0;
  let busy = false;
  let drawMs = 0;
  /** Draws `f` from `input`, which it then shows: nothing is pending for it any more. */
  const drawFigure = (f: Figure, input: ChartInput) => {
    setPending(f, null);
    const { chart, table } = drawChart(f.id, input);
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', f.title.textContent ?? '');
    const empty = emptyChartReason(f.id, input);
    f.figure.dataset['empty'] = String(empty !== null);
    f.plot.replaceChildren(empty ? el('p', { className: 'chart-empty', textContent: t(input.lang, empty) }) : chart);
    // Nothing drawn, nothing to download: the table still has the numbers.
    f.actions.hidden = empty !== null;
    f.table.replaceChildren(table);
  };
  return {
    get busy() {
      return busy;
    },
    get drawMs() {
      return drawMs;
    },
    drawNow(input) {
      ++pass; // supersedes a redraw under way
      busy = false;
      relabel(input);
      // Before Plot has loaded (a print in the page's first second), the charts follow once it has.
      if (!whenPlotReady(() => this.drawNow(input))) return;
      for (const f of figures) drawFigure(f, input);
    },
    draw(input, done, streaming = false) {
      const mine = ++pass;
      if (!input) {
        for (const f of figures) {
          setPending(f, null);
          f.plot.replaceChildren();
          f.table.replaceChildren();
        }
        busy = false;
        done?.();
        return;
      }
      relabel(input);
      busy = true;
      if (!whenPlotReady(() => mine === pass && this.draw(input, done, streaming))) return;
      let next = 0;
      let spent = 0;
      const step = () => {
        if (mine !== pass) return;
        let f = figures[next++];
        for (; f && streaming && !near.has(f.figure); f = figures[next++]) setPending(f, input);
        if (!f) {
          busy = false;
          drawMs = spent;
          done?.();
          return;
        }
        const started = performance.now();
        drawFigure(f, input);
        spent += performance.now() - started;
        afterFrame(step);
      };
      afterFrame(step);
    },
  };
}
