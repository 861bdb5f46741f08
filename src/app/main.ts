/**
 * The explorer page: a thin shell that wires the controls, the URL, the session (which runs
 * replications on Web Workers) and the views. Nothing here simulates.
 */
import { createWebWorkerRunner } from '../runner/web-workers.ts';
import { renderAssumptions } from './assumptions.ts';
import { createCards, renderCards } from './cards.ts';
import { breachesChart, caseloadChart, CHARTS, errorCurveChart, seriesTable, sweepTable, waitingListChart, type ChartInput } from './charts.ts';
import { presetControls, readUrl, writeUrl, type AppPreset, type Controls, type UrlProblem, type UrlState } from './controls-state.ts';
import { formatNumber, horizonLabel, t, type Lang, type MessageKey } from './i18n.ts';
import { Session, type SessionView } from './session.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

const initial = readUrl(location.search);
const state: UrlState = initial.state;
const urlProblems: UrlProblem[] = initial.problems;
let view: SessionView | null = null;
const today = presetControls('status-quo');
const start = (() => {
  const d = new Date();
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
})();

const results = $('#results');
const cards = createCards($('#cards'));
const session = new Session(createWebWorkerRunner(), (v) => {
  view = v;
  scheduleRender();
});

// Controls -------------------------------------------------------------------------------

interface NumericControl {
  key: 'intakePercent' | 'fte' | 'caseCap';
  range: HTMLInputElement;
  number: HTMLInputElement;
}
const numeric: NumericControl[] = [
  { key: 'intakePercent', range: $('#intake'), number: $('#intake-number') },
  { key: 'fte', range: $('#fte'), number: $('#fte-number') },
  { key: 'caseCap', range: $('#cap'), number: $('#cap-number') },
];
const horizon = $<HTMLSelectElement>('#horizon');

for (const control of numeric) {
  control.range.addEventListener('input', () => {
    control.number.value = control.range.value;
    control.number.removeAttribute('aria-invalid');
    change({ [control.key]: Number(control.range.value) });
  });
  control.number.addEventListener('input', () => {
    const x = control.number.valueAsNumber;
    const valid = Number.isFinite(x) && x >= Number(control.number.min) && x <= Number(control.number.max);
    control.number.setAttribute('aria-invalid', String(!valid));
    if (!valid) return; // keep the last good value running; the red outline says why
    control.range.value = String(x);
    change({ [control.key]: control.key === 'caseCap' ? Math.round(x) : x });
  });
}
horizon.addEventListener('change', () => change({ horizonWeeks: Number(horizon.value) }));
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
  button.addEventListener('click', () => {
    state.controls = presetControls(button.dataset['preset'] as AppPreset);
    syncControls();
    change({});
  });
}
$('#lang-switch').addEventListener('click', (event) => {
  event.preventDefault();
  state.lang = state.lang === 'da' ? 'en' : 'da';
  history.replaceState(null, '', writeUrl(state));
  renderTexts();
  renderAll();
});

let pending: Partial<Controls> | null = null;
/** Coalesces changes to one per frame: dragging a slider fires far more often than a frame. */
function change(update: Partial<Controls>): void {
  lastInput = performance.now();
  pending = { ...(pending ?? {}), ...update };
  requestAnimationFrame(() => {
    if (!pending) return;
    state.controls = { ...state.controls, ...pending };
    pending = null;
    history.replaceState(null, '', writeUrl(state));
    markPreset();
    renderFteHelp();
    session.update(state.controls);
  });
}

function syncControls(): void {
  const c = state.controls;
  const values = { intakePercent: c.intakePercent, fte: c.fte, caseCap: c.caseCap };
  for (const control of numeric) {
    control.range.value = String(values[control.key]);
    control.number.value = String(values[control.key]);
    control.number.removeAttribute('aria-invalid');
  }
  if (![...horizon.options].some((o) => Number(o.value) === c.horizonWeeks)) {
    horizon.add(new Option('', String(c.horizonWeeks)));
  }
  horizon.value = String(c.horizonWeeks);
  markPreset();
}

function markPreset(): void {
  const c = state.controls;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    const p = presetControls(button.dataset['preset'] as AppPreset);
    const same = p.preset === c.preset && p.intakePercent === c.intakePercent && p.fte === c.fte && p.caseCap === c.caseCap;
    button.setAttribute('aria-pressed', String(same));
  }
}

// Rendering ------------------------------------------------------------------------------

function renderTexts(): void {
  const lang = state.lang;
  document.documentElement.lang = lang;
  document.title = `${t(lang, 'title')}: ${t(lang, 'tagline')}`;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(lang, element.dataset['i18n'] as MessageKey);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    button.textContent = t(lang, `preset.${button.dataset['preset'] as AppPreset}` as MessageKey);
  }
  for (const option of horizon.options) option.textContent = horizonLabel(lang, Number(option.value));
  const other: Lang = lang === 'da' ? 'en' : 'da';
  const sw = $<HTMLAnchorElement>('#lang-switch');
  sw.textContent = t(lang, 'otherLanguage');
  sw.href = writeUrl({ ...state, lang: other });
  sw.hreflang = other;
  sw.lang = other;
  $('#compared-with').textContent = t(lang, 'comparedWith', { fte: formatNumber(lang, today.fte), cap: formatNumber(lang, today.caseCap) });
  renderFteHelp();
  renderUrlProblems();
}

function renderFteHelp(): void {
  const lang = state.lang;
  const diff = Math.round((state.controls.fte - today.fte) * 10) / 10;
  $('#fte-help').textContent =
    diff === 0 ? t(lang, 'fte.sameAsToday') : t(lang, 'fte.vsToday', { sign: diff > 0 ? '+' : '−', n: formatNumber(lang, Math.abs(diff), 1) });
}

function renderUrlProblems(): void {
  const box = $('#url-errors');
  const lang = state.lang;
  box.hidden = urlProblems.length === 0;
  box.replaceChildren(
    ...urlProblems.map((p) => {
      const reason =
        p.reason.kind === 'number'
          ? t(lang, 'error.number', { min: formatNumber(lang, p.reason.min, 2), max: formatNumber(lang, p.reason.max, 2) })
          : t(lang, p.reason.kind === 'lang' ? 'error.lang' : 'error.preset', { names: p.reason.names.join(', ') });
      return Object.assign(document.createElement('p'), { textContent: t(lang, 'error.url', { name: p.name, value: p.value, reason }) });
    }),
  );
}

let frame = 0;
let lastCharts = 0;
let lastInput = 0;
let shownAssumptions = '';
let chartsKey = '';
function scheduleRender(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    renderAll();
  });
}

function renderAll(): void {
  const lang = state.lang;
  const v = view;
  if (!v) return;
  results.dataset['status'] = v.status;
  // Which controls the numbers on screen belong to: automation waits for its own change here.
  if (v.controls) results.dataset['for'] = writeUrl({ controls: v.controls, lang: 'da' }).slice(1);
  // Screen readers hear the results once they settle, not every streamed replication.
  results.setAttribute('aria-busy', String(v.status === 'running'));
  const progress = $<HTMLProgressElement>('#progress');
  progress.max = Math.max(1, v.total);
  progress.value = v.done;
  $('#status').textContent =
    v.status === 'error' ? t(lang, 'status.error') : t(lang, v.status === 'done' ? 'status.done' : 'status.running', { done: v.done, total: v.total });
  const error = $('#error');
  error.hidden = v.status !== 'error';
  error.textContent = v.error ? t(lang, 'error.scenario', { message: v.error }) : '';
  renderCards(cards, lang, v.scenario, v.results, v.comparisonResults);
  const assumptionsKey = `${lang}|${v.scenario ? JSON.stringify(v.scenario) : ''}`;
  if (v.scenario && assumptionsKey !== shownAssumptions) {
    shownAssumptions = assumptionsKey;
    renderAssumptions($('#assumptions'), lang, v.scenario);
  }
  // Plot redraws cost tens of milliseconds: at most a few a second while results stream in.
  const key = `${lang}|${v.results.length}|${v.comparisonResults.length}|${v.sweep?.length ?? -1}|${v.status}|${$('#charts').clientWidth}`;
  const now = performance.now();
  // While a slider is being dragged, cards keep up and charts wait: a Plot redraw is the
  // one thing here that could make the slider stutter.
  const dragging = now - lastInput < 300;
  if (key !== chartsKey && !dragging && (v.status !== 'running' || now - lastCharts > 400)) {
    chartsKey = key;
    lastCharts = now;
    renderCharts(v);
  } else if (key !== chartsKey) {
    scheduleRender();
  }
}

function renderCharts(v: SessionView): void {
  const container = $('#charts');
  const lang = state.lang;
  if (!v.scenario) {
    container.replaceChildren();
    return;
  }
  const figures = CHARTS.map(({ id, title, series }) => {
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.dataset['chart'] = id;
    figure.style.margin = '0';
    const heading = Object.assign(document.createElement('h3'), { textContent: t(lang, title) });
    const plot = Object.assign(document.createElement('div'), { className: 'plot' });
    figure.append(heading, plot);
    return { id, series, figure, plot };
  });
  container.replaceChildren(...figures.map((f) => f.figure));
  const width = Math.max(280, (figures[0]?.plot.clientWidth ?? 600) - 4);
  const input: ChartInput = { lang, width, start, scenario: v.scenario, results: v.results, comparisonResults: v.comparisonResults, sweep: v.sweep };
  for (const f of figures) {
    let chart: Element;
    let table: HTMLTableElement;
    if (f.id === 'errors') {
      chart = errorCurveChart(input);
      table = sweepTable(input);
      if (!v.sweep) f.plot.after(Object.assign(document.createElement('p'), { className: 'band-note', textContent: t(lang, 'chart.errors.computing') }));
    } else {
      chart = f.id === 'waiting-list' ? waitingListChart(input) : f.id === 'caseload' ? caseloadChart(input) : breachesChart(input);
      table = seriesTable(input, f.series as NonNullable<typeof f.series>);
      f.plot.after(Object.assign(document.createElement('p'), { className: 'band-note', textContent: t(lang, 'chart.band') }));
    }
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', t(lang, CHARTS.find((c) => c.id === f.id)?.title as MessageKey));
    f.plot.append(chart);
    const details = document.createElement('details');
    details.append(Object.assign(document.createElement('summary'), { textContent: t(lang, 'chart.table') }), table);
    f.figure.append(details);
  }
}

new ResizeObserver(() => scheduleRender()).observe($('#charts'));

// Start ----------------------------------------------------------------------------------
syncControls();
renderTexts();
history.replaceState(null, '', writeUrl(state));
session.update(state.controls);
