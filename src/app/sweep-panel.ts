/**
 * "Kortet: rådgivere × flere sager": the chosen metric over advisors in post and the change in
 * new cases, computed on the button as a sweep of the scenario on the controls (the page's
 * replicator: its workers, cache and queue), cells drawn as they arrive, then the frontier of
 * the council's targets. The advisors axis is posts in post from week 0 (the hiring the
 * advisors control adds is left out, so the axis means what it says); its steps run through
 * today's posts, so today's cell is exact. The map stays valid while the advisors and intake
 * sliders move (it covers them); any other change dims it until it is computed again.
 */
import { METRICS } from '../experiment/catalogue.ts';
import type { Replicator } from '../experiment/replicator.ts';
import { runSweep, type SweepAxis, type SweepCell, type SweepResult } from '../experiment/sweep.ts';
import type { Target } from '../experiment/targets.ts';
import { setPath } from '../scenario/set-path.ts';
import type { ScenarioInput } from '../scenario/types.ts';
import { DEFAULT_GOAL, GOAL_METRICS } from './goal-targets.ts';
import { formatChange, frontierTable, heatmapChart, heatmapTable, MAP_LOOKS } from './heatmap-chart.ts';
import { formatNumber, formatPercent, t, type Lang, type MessageKey } from './i18n.ts';
import type { Controls } from './link.ts';
import { el } from './dom.ts';
import { createQuestionFrame, type QuestionContext } from './question-panel.ts';
import { formatMetric, metricName, PANEL_METRICS, type PanelMetric } from './question-metrics.ts';
import { createRunControls } from './question-run.ts';
import { INTAKE_RAMP_WEEKS, scenarioInput, todayOfControls } from './scenario-of.ts';
import { whenPlotReady } from './plot.ts';

/** Replications per cell (at most the scenario's own). */
export const MAP_REPLICATIONS = 6;

/** The council's targets and the probability the frontier requires, and whether the goal panel set them. */
export interface MapGoal {
  targets: readonly Target[];
  probability: number;
  /** False: the goal panel's presets, because it has not been asked (the panel says so). */
  fromGoal: boolean;
}

/** The frontier's targets until the goal panel is asked: its presets (goal-targets.ts). */
export const DEFAULT_MAP_GOAL: MapGoal = { targets: DEFAULT_GOAL.targets, probability: DEFAULT_GOAL.probability, fromGoal: false };

/** Most values an axis may have before its step doubles (a phone must still fit the columns). */
const MAX_FTE_VALUES = 9;
const MAX_INTAKE_VALUES = 8;

/**
 * Values `anchor + k·step` covering [lo, hi] (each end within half a step), the step doubled
 * until there are at most `most`, none below `floor`.
 */
export function gridThrough(anchor: number, lo: number, hi: number, step: number, most: number, floor: number): number[] {
  for (let s = step; ; s *= 2) {
    const first = Math.ceil((lo - s / 2 - anchor) / s - 1e-9);
    const last = Math.floor((hi + s / 2 - anchor) / s + 1e-9);
    const values: number[] = [];
    for (let k = first; k <= last; k++) {
      const v = Math.round((anchor + k * s) * 1000) / 1000;
      if (v >= floor) values.push(v);
    }
    if (values.length <= most) return values;
  }
}

/**
 * The map's axes: advisors in steps of 10 through today's posts, covering 20–80 and the
 * scenario's headcount; intake change in steps of 10 % from 0, covering 0–50 % and the scenario's.
 */
export function mapAxes(todayFte: number, here: { fte: number; intake: number }): [SweepAxis, SweepAxis] {
  return [
    { path: 'advisors.fte', values: gridThrough(todayFte, Math.min(20, here.fte), Math.max(80, here.fte), 10, MAX_FTE_VALUES, 1) },
    { path: 'intake.growth.percent', values: gridThrough(0, Math.min(0, here.intake), Math.max(50, here.intake), 10, MAX_INTAKE_VALUES, -90) },
  ];
}

/**
 * The input the map sweeps: the controls' scenario with its headcount in post from week 0 (a
 * preset's later hiring steps kept) and its intake growth a ramp, so that both axes act. The
 * axes set the headcount and the percent; the sliders' own values are left out, so moving them
 * does not make the map stale.
 */
export function mapInput(controls: Controls): ScenarioInput {
  const today = todayOfControls(controls).fte;
  const input = scenarioInput({ ...controls, inPost: true, fte: today, intakePercent: 0 });
  return setPath(input, 'intake.growth', { kind: 'ramp', percent: 0, startWeek: 0, rampWeeks: INTAKE_RAMP_WEEKS });
}

/** Metrics a target names in words: the goal panel's own list; any other by its id. */
const NAMED_TARGETS: ReadonlySet<string> = new Set(GOAL_METRICS);

/** The targets in words: "højst 30 sager pr. rådgiver ved slutningen; højst 10 % …". */
export function targetList(lang: Lang, targets: readonly Target[]): string {
  return targets
    .map((target) => {
      const value = METRICS[target.metric].unit === 'share' ? formatPercent(lang, target.value) : formatNumber(lang, target.value, 1);
      const name = NAMED_TARGETS.has(target.metric) ? t(lang, `map.target.${target.metric}` as MessageKey) : target.metric;
      return `${t(lang, target.op === '<=' ? 'map.target.max' : 'map.target.min', { value })} ${name}`;
    })
    .join('; ');
}

export interface SweepPanel {
  update(context: QuestionContext): void;
}

export interface SweepOptions {
  replicator: Replicator;
  metric: PanelMetric;
  onMetric: (metric: PanelMetric) => void;
  /** The targets now: read when computing and on every update (a change makes the map stale). */
  goal: () => MapGoal;
  fileStem: () => string;
}

interface Shown {
  result: SweepResult;
  /** What it was computed for (input, axes, targets). */
  key: string;
  horizonWeeks: number;
  goal: MapGoal;
  today: { fte: number; intake: number };
  here: { fte: number; intake: number } | null;
  inPost: boolean;
  /** Cells still arriving: no frontier yet. */
  partial: boolean;
}

/** How often the map refines while cells arrive: each redraw takes the main thread from the workers. */
const PARTIAL_INTERVAL_MS = 1000;

export function createSweepPanel(root: HTMLElement, options: SweepOptions): SweepPanel {
  let context: QuestionContext | null = null;
  let shown: Shown | null = null;
  /** The last complete result: what the panel falls back to when a run is stopped. */
  let complete: Shown | null = null;
  let runningKey = '';
  let version = 0;
  let drawn = '';
  let lastPartial = 0;

  const run = createRunControls({
    ready: () => Boolean(context?.controls && context.scenario),
    onCompute: () => compute(),
    progressKey: 'map.progress',
    onStatus: (status) => {
      root.dataset['status'] = status;
      if (status !== 'running' && shown?.partial) {
        shown = complete;
        version++;
      }
      draw();
    },
  });
  const frame = createQuestionFrame(root, 'map', { heading: 'map.heading', intro: 'map.intro', select: 'map.metric' }, run, options.fileStem);
  frame.select.value = options.metric;
  root.dataset['status'] = run.status;
  frame.select.addEventListener('change', () => {
    options.onMetric(frame.select.value as PanelMetric);
    version++; // every metric is in every cell: a redraw, not a run
    draw();
  });

  /** The question the controls and the targets ask now: the sweep request, its key and the markers. */
  let askedFor: [QuestionContext | null, string] = [null, ''];
  let asked: ReturnType<typeof question> = null;
  const current = () => {
    const goal = options.goal();
    // The goal panel may edit its targets in place: they are compared by value.
    const goalKey = JSON.stringify([goal.targets, goal.probability, goal.fromGoal]);
    if (context !== askedFor[0] || goalKey !== askedFor[1]) {
      askedFor = [context, goalKey];
      asked = question(context, { ...goal, targets: goal.targets.map((t) => ({ ...t })) });
    }
    return asked;
  };

  function compute(): void {
    const q = current();
    if (!q || !context) return;
    runningKey = q.key;
    const replications = Math.min(MAP_REPLICATIONS, context.scenario?.simulation.replications ?? MAP_REPLICATIONS);
    const base: Omit<Shown, 'result' | 'partial'> = {
      key: q.key,
      horizonWeeks: context.scenario?.simulation.horizonWeeks ?? 104,
      goal: q.goal,
      today: q.today,
      here: q.here,
      inPost: context.controls?.inPost ?? false,
    };
    const cells: SweepCell[] = [];
    const partial = (): SweepResult => ({
      kind: 'sweep',
      modelVersion: '',
      seed: 0,
      replications,
      axes: q.axes,
      metrics: [...PANEL_METRICS],
      targets: [],
      probability: q.goal.probability,
      cells: [...cells],
      frontier: null,
    });
    lastPartial = performance.now();
    run.run(
      (signal, progress) =>
        runSweep(
          { input: q.input, axes: q.axes, metrics: PANEL_METRICS, targets: q.goal.targets, probability: q.goal.probability },
          {
            replicator: options.replicator,
            replications,
            signal,
            onCell: (cell, done, total) => {
              cells.push(cell);
              progress(done, total);
              const now = performance.now();
              if (now - lastPartial < PARTIAL_INTERVAL_MS || done === total) return;
              lastPartial = now;
              shown = { ...base, result: partial(), partial: true };
              version++;
              draw();
            },
          },
        ),
      (result) => {
        complete = { ...base, result, partial: false };
        shown = complete;
        version++;
      },
    );
  }

  function draw(): void {
    if (!context) return;
    const { lang, fontSize } = context;
    if (!shown || shown.result.cells.length === 0) {
      frame.figure.hidden = true;
      return;
    }
    // Only a chart to draw loads Plot (plot.ts).
    if (!whenPlotReady(draw)) return;
    frame.figure.hidden = false;
    const q = current();
    const fresh = q !== null && shown.key === q.key;
    frame.figure.classList.toggle('stale', !fresh && !shown.partial);
    // Fresh: the markers follow the sliders; stale: they stay where the map was computed.
    const today = fresh && q ? q.today : shown.today;
    const here = fresh && q ? q.here : shown.here;
    const width = Math.max(260, frame.plot.clientWidth || 600);
    const metric = frame.select.value as PanelMetric;
    const id = `${lang}|${width}|${fontSize}|${version}|${today.fte}|${here?.fte}|${here?.intake}`;
    if (id === drawn) return;
    drawn = id;
    const { result, horizonWeeks, goal } = shown;
    frame.title.textContent = metricName(lang, metric, horizonWeeks);
    const chart = heatmapChart({ lang, metric, horizonWeeks, result, today, here, width, fontSize });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', `${t(lang, 'map.heading')}: ${frame.title.textContent}`);
    const probability = formatPercent(lang, goal.probability);
    frame.legend.replaceChildren(
      ...(result.frontier ? [legendItem(MAP_LOOKS.frontier, t(lang, 'map.legend.frontier', { p: probability }))] : []),
      legendItem(MAP_LOOKS.today, t(lang, 'map.legend.today', { fte: formatNumber(lang, today.fte, 1) })),
      ...(here ? [legendItem(MAP_LOOKS.here, `${t(lang, 'map.legend.this', { fte: formatNumber(lang, here.fte, 1), intake: formatChange(lang, here.intake) })} ${onGrid(result, here) ? '' : t(lang, 'map.legend.nearest')}`.trim(), 'this')] : []),
    );
    // The colour ramp on its own line, at its own size (the title names the metric).
    const ramp = chart.legend('color', {
      width: Math.min(360, width - 20),
      height: Math.round(fontSize * 3),
      marginTop: 4,
      label: null,
      ticks: 4,
      tickFormat: (x: number) => formatMetric(lang, metric, x),
      style: { fontSize: `${Math.round(fontSize * 0.85)}px`, fontFamily: 'inherit' },
    });
    if (ramp) {
      const line = el('span', { className: 'ramp' });
      line.append(ramp);
      frame.legend.append(line);
    }
    frame.plot.replaceChildren(chart);
    frame.note.textContent = [
      t(lang, 'map.caption', { cells: result.axes.reduce((n, a) => n * a.values.length, 1), n: result.replications }),
      here && here.fte > today.fte && !shown.inPost ? t(lang, 'map.hireNote') : '',
    ]
      .filter(Boolean)
      .join(' ');
    const beyond = (result.frontier ?? []).filter((f) => f.first === null).map((f) => formatChange(lang, f.value));
    frame.extra.replaceChildren(
      ...(goal.targets.length ? [el('p', { className: 'band-note', textContent: t(lang, goal.fromGoal ? 'map.targets.goal' : 'map.targets.default', { list: targetList(lang, goal.targets) }) })] : []),
      ...(beyond.length && !shown.partial
        ? [el('p', { className: 'band-note', textContent: t(lang, 'map.beyondNote', { list: beyond.join(', '), fte: formatNumber(lang, result.axes[0]?.values.at(-1) ?? 0) }) })]
        : []),
    );
    frame.tables.replaceChildren(heatmapTable(lang, metric, horizonWeeks, result), ...(result.frontier ? [frontierTable(lang, result)] : []));
    root.dataset['metric'] = metric;
    root.dataset['cells'] = String(result.cells.length);
    if (result.frontier) root.dataset['frontier'] = result.frontier.map((f) => f.first ?? 'none').join(' ');
    else delete root.dataset['frontier'];
  }

  return {
    update(next) {
      const relabel = context?.lang !== next.lang || context?.scenario?.simulation.horizonWeeks !== next.scenario?.simulation.horizonWeeks;
      context = next;
      if (relabel) frame.relabel(next.lang, next.scenario?.simulation.horizonWeeks ?? 104);
      const q = current();
      if (run.status === 'running' && runningKey !== (q?.key ?? '')) run.stop('changed');
      if (complete) run.mark(complete.key === q?.key ? 'done' : 'changed');
      run.refresh(next.lang);
      draw();
    },
  };
}

/** What the controls ask the map, or null without controls (or with controls that do not build). */
function question(context: QuestionContext | null, goal: MapGoal) {
  const controls = context?.controls;
  if (!context || !controls || !context.scenario) return null;
  let input: ScenarioInput;
  try {
    input = mapInput(controls);
  } catch {
    return null; // the session reports what is wrong with the controls
  }
  const todayFte = todayOfControls(controls).fte;
  const today = { fte: todayFte, intake: 0 };
  const here = controls.fte === todayFte && controls.intakePercent === 0 ? null : { fte: controls.fte, intake: controls.intakePercent };
  const axes = mapAxes(todayFte, here ?? today);
  const key = JSON.stringify({ input, axes, targets: goal.targets, probability: goal.probability });
  return { input, axes, goal, key, today, here };
}

function onGrid(result: SweepResult, p: { fte: number; intake: number }): boolean {
  return Boolean(result.axes[0]?.values.includes(p.fte) && result.axes[1]?.values.includes(p.intake));
}

/** A legend entry: a line (the frontier) or an outlined box (a marked cell). */
function legendItem(look: { stroke: string; width: number; dash?: string }, text: string, className = ''): HTMLElement {
  const item = el('span', { className: `legend-item ${className}`.trim() });
  const key = el('span', { className: look === MAP_LOOKS.frontier ? 'key key-line' : 'key key-box' });
  key.style.borderColor = look.stroke;
  key.style.borderWidth = `${Math.min(3, look.width)}px`;
  key.style.borderStyle = 'dash' in look && look.dash ? 'dashed' : 'solid';
  item.append(key, el('span', { textContent: text }));
  return item;
}
