/**
 * The charts' section of the page: a figure per chart, built once, whose plot and table are
 * redrawn as results come in. A redraw takes one chart per animation frame, so the main
 * thread never blocks for long (the Web Workers wait on it for their next replication, and a
 * slider being dragged must not stutter); a newer redraw supersedes one still under way.
 * Figures persist, so an opened table stays open while numbers refine.
 */
import { CHARTS, COLORS, drawChart, type ChartId, type ChartInput } from './charts.ts';
import { chartPng, chartSvg, download } from './exports.ts';
import { t, type MessageKey } from './i18n.ts';

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
}

export interface ChartPanel {
  /** Redraws every chart from `input` (or clears them), one per frame; `done` runs after the last. */
  draw(input: ChartInput | null, done?: () => void): void;
  /** Whether a redraw is under way. */
  readonly busy: boolean;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
  Object.assign(document.createElement(tag), props);

/** A small inline picture of a line or band, for the legend. */
function swatch(kind: 'line' | 'dashed' | 'band'): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 28 12');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('swatch');
  if (kind === 'band') {
    svg.innerHTML = `<rect x="0" y="1" width="28" height="10" fill="${COLORS.scenario}" fill-opacity="0.2"/>`;
  } else {
    const color = kind === 'line' ? COLORS.scenario : COLORS.today;
    const dash = kind === 'dashed' ? ' stroke-dasharray="7 5"' : '';
    svg.innerHTML = `<line x1="0" y1="6" x2="28" y2="6" stroke="${color}" stroke-width="${kind === 'line' ? 3.5 : 2.5}"${dash}/>`;
  }
  return svg;
}

function legendItem(kind: 'line' | 'dashed' | 'band', text: string): HTMLElement {
  const item = el('span', { className: 'legend-item' });
  item.append(swatch(kind), el('span', { textContent: text }));
  return item;
}

export function createChartPanel(container: HTMLElement, fileStem: () => string): ChartPanel {
  const figures: Figure[] = CHARTS.map(({ id }) => {
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
    const table = el('div', { className: 'table-wrap' });
    details.append(summary, table);
    figure.append(title, legend, plot, note, details, actions);
    return { id, figure, title, legend, plot, note, summary, table, svgButton, pngButton };
  });
  container.replaceChildren(...figures.map((f) => f.figure));

  let labels = '';
  const relabel = (input: ChartInput) => {
    const key = `${input.lang}|${input.comparisonLabel}|${input.showComparison}`;
    if (key === labels) return;
    labels = key;
    const { lang, comparisonLabel } = input;
    for (const f of figures) {
      f.title.textContent = t(lang, (CHARTS.find((c) => c.id === f.id) as (typeof CHARTS)[number]).title);
      f.summary.textContent = t(lang, 'chart.table');
      f.svgButton.textContent = t(lang, 'export.svg');
      f.pngButton.textContent = t(lang, 'export.png');
      if (f.id === 'errors') {
        f.legend.replaceChildren(
          el('span', { className: 'legend-item', textContent: `◆ ${t(lang, 'chart.this')}` }),
          ...(input.showComparison ? [el('span', { className: 'legend-item today', textContent: `○ ${comparisonLabel}` })] : []),
        );
      } else {
        f.legend.replaceChildren(
          legendItem('line', t(lang, 'chart.this')),
          ...(input.showComparison ? [legendItem('dashed', comparisonLabel)] : []),
          legendItem('band', t(lang, 'chart.band')),
        );
      }
      if (f.id === 'caseload') f.note.textContent = t(lang, 'chart.caseload.note');
      if (f.id === 'breaches') f.note.textContent = t(lang, 'chart.breaches.note');
      if (f.id === 'errors') f.note.textContent = t(lang, 'chart.errors.note');
    }
  };

  let pass = 0;
  let busy = false;
  return {
    get busy() {
      return busy;
    },
    draw(input, done) {
      const mine = ++pass;
      if (!input) {
        for (const f of figures) {
          f.plot.replaceChildren();
          f.table.replaceChildren();
        }
        busy = false;
        done?.();
        return;
      }
      relabel(input);
      busy = true;
      let next = 0;
      const step = () => {
        if (mine !== pass) return;
        const f = figures[next++];
        if (!f) {
          busy = false;
          done?.();
          return;
        }
        const { chart, table } = drawChart(f.id, input);
        chart.setAttribute('role', 'img');
        chart.setAttribute('aria-label', f.title.textContent ?? '');
        f.plot.replaceChildren(chart);
        f.table.replaceChildren(table);
        if (f.id === 'errors' && !input.sweep) f.note.textContent = t(input.lang, 'chart.errors.computing' satisfies MessageKey);
        else if (f.id === 'errors') f.note.textContent = t(input.lang, 'chart.errors.note');
        requestAnimationFrame(step);
      };
      step();
    },
  };
}
