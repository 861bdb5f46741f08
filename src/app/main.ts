/**
 * The explorer page: a thin shell that wires the controls, the URL, the session (which runs
 * replications on Web Workers) and the views. Nothing here simulates.
 */
import { createWebWorkerRunner } from '../runner/web-workers.ts';
import { createEditor } from './editor.ts';
import { decodeFragment } from './scenario-link.ts';
import { createChartPanel } from './chart-panel.ts';
import { ChartSchedule } from './chart-schedule.ts';
import { t, type MessageKey } from './i18n.ts';
import { controlsKey, decodeLink, encodeLink, type Controls, type LinkProblem, type LinkState } from './link.ts';
import { wireControlInputs } from './control-inputs.ts';
import { translatePage } from './page-texts.ts';
import { problemLines } from './problems.ts';
import { showProblems } from './problem-view.ts';
import { createQuestionPanels } from './question-panels.ts';
import { openingLink, rememberLink } from './stored-link.ts';
import { advisorsHelp } from './advisors-help.ts';
import { Session, type SessionView } from './session.ts';
import { createGoalPanel } from './goal-panel.ts';
import { wireSharing } from './share.ts';
import { againstLabel } from './comparison.ts';
import { wireComparison } from './compare-controls.ts';
import { appCsv } from './csv-export.ts';
import { fileStemFromTitle, scenarioName } from './scenario-name.ts';
import { createResultsView } from './results-view.ts';
import { DEFAULT_MAP_GOAL } from './sweep-panel.ts';
import { $ } from './dom.ts';
import { nextTask } from './next-task.ts';
import { RenderPace } from './render-pace.ts';
import { watchTextSize } from './text-size.ts';

/** A link's state: the fragment's scenario of the user's own first (unpacked asynchronously), then the query on top. */
async function decodeAddress(address: { search: string; hash: string }): Promise<ReturnType<typeof decodeLink>> {
  const fragment = await decodeFragment(address.hash);
  return decodeLink(address.search, fragment.base, fragment.problems);
}

const initial = await decodeAddress(openingLink());
const state: LinkState = initial.state;
let linkProblems: LinkProblem[] = initial.problems;
let linkVersion: string | null = initial.version;
let fileProblems: string[] = [];
let view: SessionView | null = null;
/** Whether the page below is built: it is built in several tasks (see nextTask), and renders only once it is. */
let built = false;
/** What the last render showed: renders that would only add replications to it are paced. */
let shownControls: Controls | null = null;
let shownResults = 0;
const pace = new RenderPace(
  // Results can arrive while the page is still being built (between its tasks); the build's last step renders them.
  () => {
    if (built) renderAll();
  },
  () => view !== null && view.status === 'running' && view.controls === shownControls && shownResults > 0,
);
/** The controls the session runs (controlsKey), so an unchanged control does not restart it. */
let computing = '';

const results = $('#results');
const showResults = createResultsView();
const charts = createChartPanel($('#charts'), fileStem, ['waiting-list', 'caseload', 'errors', 'breaches']);
const moneyCharts = createChartPanel($('#money-charts'), fileStem, ['spending', 'hiring']);
const chartSchedule = new ChartSchedule({
  panels: [
    { panel: moneyCharts, element: $('#money-charts') },
    { panel: charts, element: $('#charts') },
  ],
  sizer: $('#charts .plot'),
  view: () => view,
  lang: () => state.lang,
  controls: () => state.controls,
  lastInput: () => lastInput,
  rerender: scheduleRender,
  fontSize: () => labelSize(),
});
const session = new Session(createWebWorkerRunner(), (v) => {
  view = v;
  scheduleRender();
});
// The workers start on the opening scenario now, not after the rest of the page is built: the
// first replication of a freshly loaded worker is its slowest (code not yet optimised), and the
// page's own start-up runs beside it on the other core. The rest is built in a few tasks, not
// one: the request reaches a worker only once the main thread hears that the worker has loaded.
compute();
await nextTask();

// Decision panels, computed on their buttons; the metric each shows is kept in the link.
const updateQuestions = createQuestionPanels({
  replicator: session.replicator,
  panels: state.panels,
  onMetric: (panel, metric) => {
    state.panels = { ...state.panels, [panel]: metric };
    keepLink();
  },
  // The map's frontier answers the goal panel's question once it is asked, its presets before.
  goal: () => (state.goal ? { targets: state.goal.targets, probability: state.goal.probability, fromGoal: true } : DEFAULT_MAP_GOAL),
  fileStem,
});
await nextTask();
// "How many advisors are needed?": the same replicator, so it shares the workers and the cache.
const goalPanel = createGoalPanel($('#goal'), {
  replicator: session.replicator,
  goal: state.goal,
  changed: (goal) => {
    state.goal = goal;
    keepLink();
  },
  apply: (posts) => {
    state.controls = { ...state.controls, fte: posts, inPost: false };
    syncControls();
    change({}, true);
  },
  inPost: () => state.controls.inPost,
});

// Every parameter, editable: a value the parser accepts is applied like a control's change.
const editor = createEditor($('#editor'), {
  current: () => ({ ...state.controls, ...(pending ?? {}) }),
  apply,
});

await nextTask();

// Controls -------------------------------------------------------------------------------

const inputs = wireControlInputs({ controls: () => state.controls, change, apply });
// What to compare against: a preset, a pinned state or a file (compare-controls.ts).
const comparison = wireComparison({
  lang: () => state.lang,
  controls: () => state.controls,
  change: (update) => change(update, true),
  refused: (messages) => {
    fileProblems = messages;
    renderProblems();
  },
});
$('#advanced').addEventListener('toggle', () => scheduleRender());
$('.advanced-link a').addEventListener('click', (event) => {
  event.preventDefault(); // the address stays the scenario's link
  const details = $<HTMLDetailsElement>('#advanced');
  details.open = true;
  details.scrollIntoView({ behavior: 'smooth', block: 'start' });
  details.querySelector('summary')?.focus({ preventScroll: true });
});
$('#lang-switch').addEventListener('click', (event) => {
  event.preventDefault();
  state.lang = state.lang === 'da' ? 'en' : 'da';
  // Remembered like the rest of the state: the bare address reopens in the chosen language.
  keepLink();
  renderTexts();
  renderAll();
});

let pending: Partial<Controls> | null = null;
let settle = false;
let lastEntry = '';
let lastInput = 0;
/**
 * Coalesces changes to one per frame: dragging a slider fires far more often than a frame.
 * The address bar follows every change; a settled one (a released slider, a click) also
 * becomes a history entry.
 */
function change(update: Partial<Controls>, settled = false): void {
  lastInput = performance.now();
  pending = { ...(pending ?? {}), ...update };
  settle ||= settled;
  // The numbers on screen belong to other controls from now, not from the next frame: automation
  // that waits for "done" must not read the link before this change reaches it.
  results.dataset['status'] = 'running';
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
    rememberLink(link);
    inputs.markPreset(state.controls);
    renderControlHelp();
    compute();
  });
}

/** Replaces the controls outright (a preset, the editor), as one settled change. */
function apply(controls: Controls): void {
  state.controls = controls;
  pending = null;
  syncControls();
  change({}, true);
}

/** Starts the session on the current controls unless it is already on them. */
function compute(): void {
  const key = controlsKey(state.controls);
  if (key === computing) {
    // Nothing new to compute (a slider moved and back within a frame): the status change() set goes back.
    renderAll();
    return;
  }
  computing = key;
  session.update(state.controls);
}

window.addEventListener('popstate', () => void stepTo({ search: location.search, hash: location.hash }));
async function stepTo(address: { search: string; hash: string }): Promise<void> {
  const decoded = await decodeAddress(address);
  state.controls = decoded.state.controls;
  state.lang = decoded.state.lang;
  linkProblems = decoded.problems;
  linkVersion = decoded.version;
  state.goal = decoded.state.goal;
  goalPanel.setGoal(state.goal);
  lastEntry = `${address.search}${address.hash}`;
  syncControls();
  renderTexts();
  compute();
}

/** The address bar and the stored last state follow a change that is not a step of its own (a language, a panel's metric, the goal); the link it wrote. */
function keepLink(): string {
  const link = encodeLink(state);
  history.replaceState(null, '', link);
  rememberLink(link);
  return link;
}

function syncControls(): void {
  inputs.show(state.controls, state.lang);
  comparison.render();
  renderControlHelp();
}

// Share, save, print ----------------------------------------------------------------------

/** File names from the scenario's name: "sagstal-i-dag-hoejst-25-sager". */
function fileStem(): string {
  return fileStemFromTitle(scenarioName(state.lang, view?.controls ?? state.controls));
}
wireSharing({
  lang: () => state.lang,
  shown: () => view,
  fileStem,
  title: () => scenarioName(state.lang, view?.controls ?? state.controls),
  csv: () => {
    const v = view;
    if (!v?.scenario || !v.comparison || v.results.length === 0 || v.status === 'error') return null;
    const c = v.controls ?? state.controls;
    const comparisonName = c.against ? againstLabel(state.lang, c) : t(state.lang, `preset.${c.compare}` as MessageKey);
    return appCsv(
      { name: scenarioName(state.lang, c), scenario: v.scenario, results: v.results },
      { name: c.against?.kind === 'state' && c.against.name === undefined ? scenarioName(state.lang, c.against.controls) : comparisonName, scenario: v.comparison, results: v.comparisonResults },
    );
  },
  opened: (result) => {
    // A bad file changes nothing; the message says what in it is wrong.
    fileProblems = result.ok ? [] : result.messages;
    if (result.ok) {
      state.controls = { ...result.controls, compare: state.controls.compare, against: state.controls.against };
      syncControls();
      change({}, true);
    }
    renderProblems();
  },
});

// Rendering ------------------------------------------------------------------------------

function renderTexts(): void {
  const lang = state.lang;
  translatePage(lang, encodeLink({ ...state, lang: lang === 'da' ? 'en' : 'da' }));
  renderComparedWith();
  renderControlHelp();
  goalPanel.render(lang, view?.scenario ?? null);
  renderProblems();
}

/** The advisors control's help line: how far the headcount is from today's, and when it arrives. */
function renderControlHelp(): void {
  $('#fte-help').textContent = advisorsHelp(state.lang, state.controls);
  renderComparedWith();
}

/** What is compared, with its headcount and cap; after each applied change (a choice in the select lands a frame later). */
function renderComparedWith(): void {
  comparison.render();
}

function renderProblems(): void {
  showProblems($('#url-errors'), state.lang, problemLines(state.lang, linkProblems, linkVersion, fileProblems));
}

function scheduleRender(): void {
  pace.request();
}

/** Body text size in pixels (text-size.ts): a change re-renders, and the charts redraw at the new size. */
const textSize = watchTextSize(scheduleRender);
/** The charts' label size: a little under the body text, and never below 12 px. */
const labelSize = () => Math.round(Math.max(12, textSize() * 0.82));

function renderAll(): void {
  const lang = state.lang;
  const v = view;
  if (!v) return;
  shownControls = v.controls;
  shownResults = v.results.length;
  // Which controls the numbers on screen belong to: automation waits for its own change here.
  if (v.controls) results.dataset['for'] = controlsKey(v.controls);
  // First: a panel must hear of changed controls at once (to abandon its run), whatever fails below.
  updateQuestions(lang, v, labelSize());
  const controls = v.controls ?? state.controls;
  showResults(lang, v, controls);
  goalPanel.render(lang, v.scenario);
  // Built and kept up to date only while open: 150 fields are no work for a page that does not show them.
  if (v.scenario && v.status !== 'error' && $<HTMLDetailsElement>('#advanced').open) editor.render(lang, v.scenario, controls);
  const chartsDue = chartSchedule.update(v);
  // "done" once the charts show the final numbers too: automation reads a finished screen.
  // Nor while the controls have moved on from these numbers (the status and `data-for` change
  // together), nor while the error curve still says it is being computed.
  const stale = v.controls !== null && (pending !== null || controlsKey(v.controls) !== controlsKey(state.controls));
  const drawing = chartsDue || chartSchedule.busy || (v.scenario !== null && v.sweep === null);
  const status = v.status === 'done' && (drawing || stale) ? 'running' : v.status;
  results.dataset['status'] = status;
  // Screen readers hear the results once they settle, not every streamed replication.
  results.setAttribute('aria-busy', String(status === 'running'));
}

new ResizeObserver(() => scheduleRender()).observe($('#charts'));

// Start ----------------------------------------------------------------------------------
await nextTask();
syncControls();
renderTexts();
lastEntry = keepLink();
await nextTask();
built = true;
compute();
