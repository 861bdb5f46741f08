/**
 * The frame of a decision panel (which assumptions decide it, the map): a heading and an intro,
 * the metric it shows, the run controls, and a figure drawn as the page's charts are (title,
 * legend, plot, notes, a table to open, SVG and PNG). The panel fills it; this only builds it.
 */
import type { Scenario } from '../scenario/types.ts';
import { chartPng, chartSvg, download } from './exports.ts';
import { t, type Lang, type MessageKey } from './i18n.ts';
import { metricName, PANEL_METRICS, type PanelMetric } from './question-metrics.ts';
import type { Controls } from './link.ts';
import type { RunControls } from './question-run.ts';
import { el } from './dom.ts';

/** What the page tells a decision panel on every render. */
export interface QuestionContext {
  lang: Lang;
  /** The controls on screen and the scenario they resolve to (null until parsed, or when they do not). */
  controls: Controls | null;
  scenario: Scenario | null;
  /** Pixels: the charts' label size. */
  fontSize: number;
}

export interface QuestionFrame {
  heading: HTMLHeadingElement;
  intro: HTMLParagraphElement;
  select: HTMLSelectElement;
  selectLabel: HTMLLabelElement;
  figure: HTMLElement;
  title: HTMLHeadingElement;
  legend: HTMLElement;
  plot: HTMLElement;
  /** Under the plot: the panel's own (the tornado's shares). */
  extra: HTMLElement;
  note: HTMLParagraphElement;
  tables: HTMLElement;
  summary: HTMLElement;
  svgButton: HTMLButtonElement;
  pngButton: HTMLButtonElement;
  /** Texts of the frame's own parts in `lang`; options name the metrics over `horizonWeeks`. */
  relabel(lang: Lang, horizonWeeks: number): void;
}

/** Builds the frame in `root` (a section of index.html) with ids prefixed by `name`. */
export function createQuestionFrame(root: HTMLElement, name: string, keys: { heading: MessageKey; intro: MessageKey; select: MessageKey }, run: RunControls, fileStem: () => string): QuestionFrame {
  const heading = el('h2', { id: `${name}-heading` });
  root.setAttribute('aria-labelledby', heading.id);
  const intro = el('p', { className: 'question-intro' });
  // Not through el(): Partial<HTMLSelectElement> (with its index signature) is too complex a type.
  const select = document.createElement('select');
  select.id = `${name}-metric`;
  for (const id of PANEL_METRICS) select.add(new Option(id, id));
  const selectLabel = document.createElement('label');
  selectLabel.htmlFor = select.id;
  const choose = el('p', { className: 'question-choice' });
  choose.append(selectLabel, select);
  const figure = el('figure', { className: 'chart question-figure' });
  figure.hidden = true;
  const title = el('h3');
  const legend = el('p', { className: 'legend' });
  const plot = el('div', { className: 'plot' });
  const extra = el('div', { className: 'question-extra' });
  const note = el('p', { className: 'band-note' });
  const details = el('details');
  const summary = el('summary');
  const tables = el('div', { className: 'table-wrap', tabIndex: 0 });
  details.append(summary, tables);
  const svgButton = el('button', { type: 'button' });
  const pngButton = el('button', { type: 'button' });
  svgButton.addEventListener('click', () => download(`${fileStem()}-${name}.svg`, chartSvg(figure), 'image/svg+xml'));
  pngButton.addEventListener('click', () => void chartPng(figure).then((png) => download(`${fileStem()}-${name}.png`, png)));
  const actions = el('p', { className: 'chart-actions' });
  actions.append(svgButton, pngButton);
  figure.append(title, legend, plot, note, extra, details, actions);
  root.replaceChildren(heading, intro, choose, run.element, figure);
  return {
    heading,
    intro,
    select,
    selectLabel,
    figure,
    title,
    legend,
    plot,
    extra,
    note,
    tables,
    summary,
    svgButton,
    pngButton,
    relabel(lang, horizonWeeks) {
      heading.textContent = t(lang, keys.heading);
      intro.textContent = t(lang, keys.intro);
      selectLabel.textContent = t(lang, keys.select);
      for (const option of select.options) option.textContent = metricName(lang, option.value as PanelMetric, horizonWeeks);
      summary.textContent = t(lang, 'chart.table');
      svgButton.textContent = t(lang, 'export.svg');
      pngButton.textContent = t(lang, 'export.png');
    },
  };
}
