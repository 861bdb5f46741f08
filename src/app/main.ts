/**
 * The explorer page: a thin shell that wires the controls, the URL, the session (which runs
 * replications on Web Workers) and the views. Nothing here simulates.
 */
import { createWebWorkerRunner } from '../runner/web-workers.ts';
import { renderAssumptions } from './assumptions.ts';
import { createCards, renderCards } from './cards.ts';
import { breachesChart, caseloadChart, CHARTS, errorCurveChart, seriesTable, sweepTable, waitingListChart, type ChartInput } from './charts.ts';
import { MODEL_VERSION, modelChangesSince } from '../model/version.ts';
import { controlsKey, decodeLink, encodeLink, presetControls, type AppPreset, type Controls, type LinkProblem, type LinkState } from './link.ts';
import { formatMillions, formatNumber, formatPercent, horizonLabel, t, type Lang, type MessageKey } from './i18n.ts';
import { SOURCES } from '../scenario/sources.ts';
import type { Scenario } from '../scenario/types.ts';
import { chartPng, chartSvg, download, resultsCsv, scenarioFile } from './exports.ts';
import { controlsFromFile } from './scenario-file.ts';
import { Session, type SessionView } from './session.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

const LAST_KEY = 'sagstal:last-link';
/** The last state survives a reload: a bare address reopens where the user left off. */
function storedLink(): string {
  try {
    return location.search === '' ? (localStorage.getItem(LAST_KEY) ?? '') : location.search;
  } catch {
    return location.search; // storage can be disabled; then every visit starts fresh
  }
}
function remember(link: string): void {
  try {
    localStorage.setItem(LAST_KEY, link);
  } catch {
    // Private mode or a full quota: nothing to keep, nothing lost.
  }
}
const initial = decodeLink(storedLink());
const state: LinkState = initial.state;
let linkProblems: LinkProblem[] = initial.problems;
let linkVersion: string | null = initial.version;
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
const compare = $<HTMLSelectElement>('#compare');
compare.addEventListener('change', () => {
  change({ compare: compare.value as AppPreset }, true);
  renderTexts();
});

for (const control of numeric) {
  control.range.addEventListener('input', () => {
    control.number.value = control.range.value;
    control.number.removeAttribute('aria-invalid');
    change({ [control.key]: Number(control.range.value) });
  });
  // Releasing the slider settles the change: one history entry, so Back steps through it.
  control.range.addEventListener('change', () => change({}, true));
  control.number.addEventListener('change', () => change({}, true));
  control.number.addEventListener('input', () => {
    const x = control.number.valueAsNumber;
    const valid = Number.isFinite(x) && x >= Number(control.number.min) && x <= Number(control.number.max);
    control.number.setAttribute('aria-invalid', String(!valid));
    if (!valid) return; // keep the last good value running; the red outline says why
    control.range.value = String(x);
    change({ [control.key]: control.key === 'caseCap' ? Math.round(x) : x });
  });
}
horizon.addEventListener('change', () => change({ horizonWeeks: Number(horizon.value) }, true));
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
  button.addEventListener('click', () => {
    state.controls = { ...presetControls(button.dataset['preset'] as AppPreset), compare: state.controls.compare };
    syncControls();
    change({}, true);
  });
}
$('#lang-switch').addEventListener('click', (event) => {
  event.preventDefault();
  state.lang = state.lang === 'da' ? 'en' : 'da';
  history.replaceState(null, '', encodeLink(state));
  renderTexts();
  renderAll();
});

let pending: Partial<Controls> | null = null;
let settle = false;
/**
 * Coalesces changes to one per frame: dragging a slider fires far more often than a frame.
 * The address bar follows every change; a settled one (a released slider, a click) also
 * becomes a history entry.
 */
function change(update: Partial<Controls>, settled = false): void {
  lastInput = performance.now();
  pending = { ...(pending ?? {}), ...update };
  settle ||= settled;
  requestAnimationFrame(() => {
    if (!pending) return;
    state.controls = { ...state.controls, ...pending };
    pending = null;
    const link = encodeLink(state);
    if (settle && link !== lastEntry) {
      history.pushState(null, '', link);
      lastEntry = link;
    } else {
      history.replaceState(null, '', link);
    }
    settle = false;
    remember(link);
    markPreset();
    renderFteHelp();
    compute();
  });
}

/** Starts the session on the current controls unless it is already on them. */
let computing = '';
function compute(): void {
  const key = controlsKey(state.controls);
  if (key === computing) return;
  computing = key;
  session.update(state.controls);
}
let lastEntry = '';

window.addEventListener('popstate', () => {
  const decoded = decodeLink(location.search);
  state.controls = decoded.state.controls;
  state.lang = decoded.state.lang;
  linkProblems = decoded.problems;
  linkVersion = decoded.version;
  lastEntry = location.search;
  syncControls();
  renderTexts();
  compute();
});

$('#copy-link').addEventListener('click', () => {
  const done = (key: MessageKey) => ($('#copy-status').textContent = t(state.lang, key));
  // Clipboard access can be refused (permissions, insecure origin): then offer the link to copy by hand.
  const byHand = () => {
    const field = $<HTMLInputElement>('#link-field');
    field.value = location.href;
    field.hidden = false;
    field.select();
    done('link.copyByHand');
  };
  if (!navigator.clipboard) {
    byHand();
    return;
  }
  navigator.clipboard.writeText(location.href).then(() => done('link.copied'), byHand);
});

/** A file name that says what is in it: sagstal-herning-model-fte58-cap25. */
function fileStem(): string {
  const c = state.controls;
  return `sagstal-${c.preset}-fte${c.fte}-cap${c.caseCap}-${Math.round((c.horizonWeeks / 52) * 10) / 10}y`;
}
$('#download-csv').addEventListener('click', () => {
  if (view?.scenario && view.results.length) download(`${fileStem()}.csv`, resultsCsv(view.scenario, view.results), 'text/csv');
});
$('#download-scenario').addEventListener('click', () => {
  if (view?.scenario) download(`${fileStem()}.json`, scenarioFile(view.scenario), 'application/json');
});
$('#print-report').addEventListener('click', () => window.print());
$<HTMLInputElement>('#open-scenario').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const result = controlsFromFile(await file.text(), file.name);
  if (!result.ok) {
    // The current scenario stays as it was; the message says what in the file is wrong.
    fileProblems = result.messages;
    renderUrlProblems();
    return;
  }
  fileProblems = [];
  state.controls = { ...result.controls, compare: state.controls.compare };
  syncControls();
  change({}, true);
  renderUrlProblems();
});
let fileProblems: string[] = [];

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
  compare.value = c.compare;
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
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(lang, element.dataset['i18nLabel'] as MessageKey));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    button.textContent = t(lang, `preset.${button.dataset['preset'] as AppPreset}` as MessageKey);
  }
  for (const option of horizon.options) option.textContent = horizonLabel(lang, Number(option.value));
  const other: Lang = lang === 'da' ? 'en' : 'da';
  const sw = $<HTMLAnchorElement>('#lang-switch');
  sw.textContent = t(lang, 'otherLanguage');
  sw.href = encodeLink({ ...state, lang: other });
  sw.hreflang = other;
  sw.lang = other;
  const against = presetControls(state.controls.compare);
  $('#compared-with').textContent = t(lang, 'comparedWith', { fte: formatNumber(lang, against.fte), cap: formatNumber(lang, against.caseCap) });
  for (const option of compare.options) option.textContent = t(lang, `compare.${option.value as AppPreset}` as MessageKey);
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
  const lines = linkProblems.map((p) => t(lang, 'error.url', { name: p.name, value: p.value, reason: reasonText(lang, p) }));
  lines.push(...fileProblems.map((message) => t(lang, 'file.problem', { message })));
  if (linkVersion !== null && linkVersion !== MODEL_VERSION) {
    lines.unshift(t(lang, 'link.version', { theirs: linkVersion, ours: MODEL_VERSION, changes: modelChangesSince(linkVersion) }));
  }
  box.hidden = lines.length === 0;
  // textContent only: a link's text is never markup.
  box.replaceChildren(...lines.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
}

function reasonText(lang: Lang, p: LinkProblem): string {
  const r = p.reason;
  switch (r.kind) {
    case 'number':
      return t(lang, 'error.number', { min: formatNumber(lang, r.min, 2), max: formatNumber(lang, r.max, 2) });
    case 'choice':
      return t(lang, 'error.choice', { names: r.names.join(', ') });
    case 'unknown':
      return t(lang, 'error.unknown');
    case 'alias':
      return t(lang, 'error.alias', { use: r.use });
    case 'tooLong':
      return t(lang, 'error.tooLong', { max: r.max });
    case 'scenario':
      return r.message;
  }
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
  if (v.controls) results.dataset['for'] = controlsKey(v.controls);
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
  const against = v.controls?.compare ?? 'status-quo';
  renderCards(cards, lang, v.scenario, v.results, v.comparisonResults, t(lang, `compare.${against}` as MessageKey));
  if (v.scenario) renderReport(lang, v.scenario, v.controls ?? state.controls);
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

/** The printed report's header: the scenario in words, method, assumptions and the link. */
function renderReport(lang: Lang, s: Scenario, c: Controls): void {
  const n = (x: number, d = 0) => formatNumber(lang, x, d);
  const intake = c.intakePercent === 0 ? t(lang, 'report.intakeSame') : t(lang, 'report.intakeChange', { sign: c.intakePercent > 0 ? '+' : '−', n: n(Math.abs(c.intakePercent)) });
  const paragraphs = [
    t(lang, 'report.scenario', {
      preset: t(lang, `preset.${c.preset}` as MessageKey),
      fte: n(s.advisors.fte, 1),
      cap: n(s.advisors.caseCap),
      intake,
      horizon: horizonLabel(lang, s.simulation.horizonWeeks),
      against: t(lang, `compare.${c.compare}` as MessageKey),
    }),
    t(lang, 'report.method', { n: s.simulation.replications, seed: s.simulation.seed, version: MODEL_VERSION }),
    t(lang, 'report.assumptions', {
      hours: n(s.advisors.hoursPerWeek),
      productive: formatPercent(lang, s.advisors.productiveShare),
      cost: formatMillions(lang, s.advisors.fullCostPerFteDkk),
    }),
    t(lang, 'report.sources', {
      sources: ['advisors.caseCap', 'advisors.productiveShare', 'advisors.fullCostPerFteDkk', 'intake.growth.percent', 'documentation.errorCurve']
        .map((path) => `${path}: ${SOURCES[path] ?? ''}`)
        .join('; '),
    }),
  ];
  const link = Object.assign(document.createElement('p'), { className: 'report-link' });
  link.append(`${t(lang, 'report.link')} `, Object.assign(document.createElement('span'), { textContent: location.href }));
  $('#report').replaceChildren(
    Object.assign(document.createElement('h2'), { textContent: t(lang, 'report.title') }),
    ...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })),
    link,
  );
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
  const comparisonLabel = t(lang, `preset.${v.controls?.compare ?? 'status-quo'}` as MessageKey);
  const input: ChartInput = { lang, width, start, scenario: v.scenario, results: v.results, comparisonResults: v.comparisonResults, sweep: v.sweep, comparisonLabel };
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
    const actions = Object.assign(document.createElement('p'), { className: 'chart-actions' });
    const svgButton = Object.assign(document.createElement('button'), { type: 'button', textContent: t(lang, 'export.svg') });
    svgButton.addEventListener('click', () => download(`${fileStem()}-${f.id}.svg`, chartSvg(f.figure), 'image/svg+xml'));
    const pngButton = Object.assign(document.createElement('button'), { type: 'button', textContent: t(lang, 'export.png') });
    pngButton.addEventListener('click', () => void chartPng(f.figure).then((png) => download(`${fileStem()}-${f.id}.png`, png)));
    actions.append(svgButton, pngButton);
    f.figure.append(actions);
    const details = document.createElement('details');
    details.append(Object.assign(document.createElement('summary'), { textContent: t(lang, 'chart.table') }), table);
    f.figure.append(details);
  }
}

new ResizeObserver(() => scheduleRender()).observe($('#charts'));

// Start ----------------------------------------------------------------------------------
syncControls();
renderTexts();
lastEntry = encodeLink(state);
history.replaceState(null, '', lastEntry);
remember(lastEntry);
compute();
