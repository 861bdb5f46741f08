/**
 * The panel "Hvor mange rådgivere skal der til?": the question (goal-editor.ts), a button that
 * runs the experiment layer's goal seek on the scenario on screen through the page's own
 * replicator (the main estimate's Web Workers and cache), progress as headcounts are tried, a
 * stop button, the answer in words with its one-step-below check (goal-text.ts), the tries as
 * a chart (goal-chart.ts), and "Brug svaret", which sets the advisors control to the answer.
 *
 * A run is abandoned at once when the scenario on screen changes (its requests leave the
 * replicator's queue) and when the user stops it; an answer whose scenario or question has
 * since changed stays, marked as belonging to the previous settings. The panel carries
 * `data-status` (idle, running, done, cancelled, changed, error) for tests and automation; the
 * answer carries `data-posts` and `data-reachable`.
 */
import { scenarioKey } from '../experiment/cache.ts';
import { investigationLateFloor } from '../experiment/floors.ts';
import { goalSeek, postsAfterPlan, type Candidate, type GoalSeekResult } from '../experiment/goal-seek.ts';
import type { Replicator } from '../experiment/replicator.ts';
import { isAbortError } from '../runner/abort.ts';
import type { Scenario } from '../scenario/types.ts';
import { goalChart, goalTable } from './goal-chart.ts';
import { createGoalEditor } from './goal-editor.ts';
import { defaultGoal, sameGoal, searchReplications, type GoalState } from './goal-targets.ts';
import { answerText, progressText } from './goal-text.ts';
import { formatNumber, formatPercent, t, type Lang } from './i18n.ts';
import { whenPlotReady } from './plot.ts';
import { el } from './dom.ts';

export interface GoalPanelOptions {
  replicator: Replicator;
  /** The question a link carried, if any (then the panel says it came from the link). */
  goal: GoalState | undefined;
  /** The question changed or was asked: the link should carry it. */
  changed: (goal: GoalState) => void;
  /** "Brug svaret": set the advisors control to `posts`, hired from week 0. */
  apply: (posts: number) => void;
  /** Whether the headcount is "already in post" (the button then hires instead, and says so). */
  inPost: () => boolean;
}

export interface GoalPanel {
  /** The scenario on screen (null before the first) and the page's language. */
  render(lang: Lang, scenario: Scenario | null): void;
  /** Replaces the question (Back, Forward), abandoning a run under way. */
  setGoal(goal: GoalState | undefined): void;
}

type Status = 'idle' | 'running' | 'done' | 'cancelled' | 'changed' | 'error';

interface Answer {
  result: GoalSeekResult;
  /** What it was asked of: the scenario's key, its posts and the question. */
  key: string;
  basePosts: number;
  asked: GoalState;
  drawn: boolean;
  /** The floor the investigations' assumed length sets on their late share (experiment/floors.ts). */
  floor: ReturnType<typeof investigationLateFloor>;
}

/** Sets text only when it differs: the panel redraws with every streamed result, and live regions must not repeat themselves. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

export function createGoalPanel(container: HTMLElement, options: GoalPanelOptions): GoalPanel {
  const heading = el('h2', { id: 'goal-heading' });
  const intro = el('p', { className: 'goal-intro' });
  const editor = createGoalEditor(options.goal ?? defaultGoal(), (goal) => {
    fromLink = false;
    options.changed(goal);
    show();
  });
  const compute = el('button', { type: 'button', id: 'goal-compute', className: 'goal-compute' });
  const cancel = el('button', { type: 'button', id: 'goal-cancel', className: 'goal-cancel', hidden: true });
  const progress = el('progress', { hidden: true });
  const status = el('p', { id: 'goal-status', className: 'goal-status' });
  status.setAttribute('role', 'status');
  const run = el('div', { className: 'goal-run' });
  run.append(compute, cancel, progress, status);

  const answerBox = el('div', { id: 'goal-answer', className: 'goal-answer', hidden: true });
  answerBox.setAttribute('aria-live', 'polite');
  const verdict = el('p', { className: 'goal-verdict' });
  const lines = el('div', { className: 'goal-lines' });
  const assumptions = el('p', { className: 'help goal-assumptions' });
  const floorNote = el('p', { className: 'help goal-floor' });
  const apply = el('button', { type: 'button', id: 'goal-apply', className: 'goal-apply' });
  const applyNote = el('p', { className: 'help goal-apply-note' });
  const applied = el('p', { className: 'goal-applied' });
  answerBox.append(verdict, lines, assumptions, floorNote, apply, applyNote, applied);

  const figure = el('figure', { className: 'chart goal-chart', hidden: true });
  const figureTitle = el('h3');
  const plot = el('div', { className: 'plot' });
  const note = el('p', { className: 'band-note' });
  const details = el('details');
  const summary = el('summary');
  const table = el('div', { className: 'table-wrap', tabIndex: 0 });
  details.append(summary, table);
  figure.append(figureTitle, plot, note, details);

  container.replaceChildren(heading, intro, editor.element, run, answerBox, figure);

  let lang: Lang = 'da';
  let labelled: Lang | null = null;
  let shownAnswer = '';
  let scenario: Scenario | null = null;
  let key = '';
  let state: Status = 'idle';
  let fromLink = options.goal !== undefined;
  let controller: AbortController | null = null;
  let runningKey = '';
  let tried: Candidate[] = [];
  let answer: Answer | null = null;
  let appliedPosts: number | null = null;
  let error = '';
  let drawn = '';

  compute.addEventListener('click', start);
  cancel.addEventListener('click', () => stop('cancelled'));
  apply.addEventListener('click', () => {
    const posts = answer?.result.answer?.postsFte;
    if (posts === undefined) return;
    appliedPosts = posts;
    options.apply(posts);
    show();
  });
  new ResizeObserver(() => draw()).observe(plot);

  function start(): void {
    const s = scenario;
    const asked: GoalState = { ...editor.goal, targets: editor.goal.targets.map((x) => ({ ...x })) };
    if (!s || asked.targets.length === 0) return;
    asked.fromWeek = Math.min(asked.fromWeek, s.simulation.horizonWeeks - 1);
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    runningKey = key;
    fromLink = false;
    appliedPosts = null;
    tried = [];
    state = 'running';
    options.changed(asked);
    show();
    const basePosts = postsAfterPlan(s);
    goalSeek(
      {
        scenario: s,
        targets: asked.targets,
        probability: asked.probability,
        step: 1,
        fromWeek: asked.fromWeek,
        searchReplications: searchReplications(s.simulation.replications),
        onCandidate: (c) => {
          if (controller !== mine) return;
          tried.push(c);
          show();
        },
      },
      { replicator: options.replicator, signal: mine.signal },
    ).then(
      (result) => {
        if (controller !== mine) return;
        controller = null;
        answer = { result, key: runningKey, basePosts, asked, drawn: s.uncertainty.draw, floor: investigationLateFloor(s) };
        tried = result.evaluations;
        state = 'done';
        show();
      },
      (reason: unknown) => {
        if (controller !== mine) return;
        controller = null;
        if (isAbortError(reason)) return;
        error = reason instanceof Error ? reason.message : String(reason);
        state = 'error';
        show();
      },
    );
  }

  function stop(why: 'cancelled' | 'changed'): void {
    if (!controller) return;
    controller.abort();
    controller = null;
    state = why;
    show();
  }

  /** Whether the answer on screen was asked of the scenario and question now on screen. */
  const current = () => answer !== null && answer.key === key && sameGoal(answer.asked, editor.goal);

  function statusText(): string {
    switch (state) {
      case 'running':
        return progressText(lang, tried.at(-1) ?? null, tried.length);
      case 'done':
        return current() ? t(lang, 'goal.status.done', { n: answer?.result.evaluations.length ?? 0 }) : appliedPosts === null ? t(lang, 'goal.status.stale') : '';
      case 'cancelled':
        return t(lang, 'goal.status.cancelled');
      case 'changed':
        return t(lang, 'goal.status.changed');
      case 'error':
        return t(lang, 'goal.status.error', { message: error });
      default:
        return editor.goal.targets.length === 0 ? t(lang, 'goal.noTargets') : t(lang, fromLink ? 'goal.fromLink' : 'goal.status.idle');
    }
  }

  function show(): void {
    container.dataset['status'] = state;
    const running = state === 'running';
    setText(compute, t(lang, answer ? 'goal.recompute' : 'goal.compute'));
    compute.disabled = running || scenario === null || editor.goal.targets.length === 0;
    setText(cancel, t(lang, 'goal.cancel'));
    cancel.hidden = !running;
    progress.hidden = !running;
    setText(status, statusText());
    showAnswer();
    draw();
  }

  function showAnswer(): void {
    answerBox.hidden = answer === null;
    if (!answer) return;
    const { result, basePosts, asked } = answer;
    // Applied, the answer is what the page now shows; otherwise it belongs to settings since changed.
    answerBox.classList.toggle('stale', !current() && appliedPosts === null);
    const posts = result.answer?.postsFte;
    apply.hidden = posts === undefined || appliedPosts !== null;
    apply.disabled = state === 'running';
    // The button hires from week 0; say so when the answer assumed otherwise.
    applyNote.hidden = apply.hidden || !(asked.fromWeek > 0 || options.inPost());
    applied.hidden = appliedPosts === null;
    const shown = `${lang}|${result.evaluations.length}|${basePosts}|${appliedPosts}|${posts}`;
    if (shown === shownAnswer) return;
    shownAnswer = shown;
    const text = answerText(lang, result, basePosts, asked.targets);
    answerBox.dataset['reachable'] = String(result.reachable);
    if (result.answer) answerBox.dataset['posts'] = String(result.answer.postsFte);
    else delete answerBox.dataset['posts'];
    verdict.textContent = text.verdict;
    lines.replaceChildren(
      ...text.lines.map((line, i) => {
        const p = el('p', { textContent: line });
        // The probability at the answer, then one step below (tests and automation find them here).
        if (result.answer) p.dataset['line'] = i === 0 ? 'answer' : i === 1 && result.belowAnswer ? 'below' : 'detail';
        return p;
      }),
    );
    assumptions.textContent = t(lang, answer.drawn ? 'goal.answer.drawn' : 'goal.answer.fixed');
    // A late-investigations target near the floor their assumed length sets: no staffing moves it.
    const late = asked.targets.find((x) => x.op === '<=' && (x.metric === 'investigationsLateShare' || x.metric === 'investigationsLateShareLastYear'));
    const floor = answer.floor;
    floorNote.hidden = !late || !floor;
    floorNote.textContent =
      late && floor
        ? t(lang, 'goal.floor', { share: formatPercent(lang, floor.share), days: formatNumber(lang, floor.dueDays, 0), mean: formatNumber(lang, floor.meanDays, 0) })
        : '';
    if (posts !== undefined) apply.textContent = t(lang, 'goal.apply', { posts: formatNumber(lang, posts, 1) });
    applyNote.textContent = posts === undefined ? '' : t(lang, 'goal.applyNote', { posts: formatNumber(lang, posts, 1) });
    applied.textContent = appliedPosts === null ? '' : t(lang, 'goal.applied', { posts: formatNumber(lang, appliedPosts, 1) });
  }

  function draw(): void {
    figure.hidden = tried.length === 0;
    if (figure.hidden) return;
    if (!whenPlotReady(draw)) return;
    const width = Math.max(260, plot.clientWidth || 600);
    const required = (answer && state !== 'running' ? answer.asked : editor.goal).probability;
    const answerPosts = state === 'running' ? null : (answer?.result.answer?.postsFte ?? null);
    const drawKey = `${lang}|${width}|${tried.length}|${required}|${answerPosts}`;
    if (drawKey === drawn) return;
    drawn = drawKey;
    figureTitle.textContent = t(lang, 'goal.chart');
    note.textContent = t(lang, 'goal.chart.note');
    summary.textContent = t(lang, 'goal.chart.table');
    const fontSize = Math.round(Math.max(12, (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) * 0.82));
    const chart = goalChart({ lang, width, fontSize, candidates: tried, required, answerPosts });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', t(lang, 'goal.chart'));
    plot.replaceChildren(chart);
    table.replaceChildren(goalTable(lang, tried));
  }

  return {
    render(nextLang, next) {
      if (next !== scenario) {
        scenario = next;
        key = next ? scenarioKey(next) : '';
        if (state === 'running' && key !== runningKey) stop('changed');
      }
      lang = nextLang;
      if (labelled !== lang) {
        labelled = lang;
        heading.textContent = t(lang, 'goal.heading');
        intro.textContent = t(lang, 'goal.intro');
      }
      editor.refresh(lang, (scenario?.simulation.horizonWeeks ?? 104) - 1);
      show();
    },
    setGoal(goal) {
      if (state === 'running') stop('changed');
      editor.set(goal ?? defaultGoal());
      fromLink = goal !== undefined;
      show();
    },
  };
}
