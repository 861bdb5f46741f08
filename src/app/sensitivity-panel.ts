/**
 * "Hvilke antagelser afgør svaret?": the tornado of the scenario on the controls, computed on
 * the button with few replications per arm (the replicator's cache and queue are the page's,
 * so the scenario's own arm is usually there already). The chosen metric is kept in the link;
 * the result is kept only while it belongs to the controls (dimmed, with a note, once they
 * change). Changing the metric after a run recomputes at once: every arm is in the cache.
 */
import type { Replicator } from '../experiment/replicator.ts';
import { runSensitivity, type SensitivityResult } from '../experiment/sensitivity.ts';
import type { Scenario } from '../scenario/types.ts';
import { formatPercent, t, type Lang } from './i18n.ts';
import { el } from './dom.ts';
import { createQuestionFrame, type QuestionContext } from './question-panel.ts';
import { metricName, type PanelMetric } from './question-metrics.ts';
import { createRunControls } from './question-run.ts';
import { END_COLORS, shareRows, tornadoChart, tornadoRows, tornadoTable } from './tornado-chart.ts';
import { whenPlotReady } from './plot.ts';

/**
 * Replications per arm (at most the scenario's own): the arms are paired (common random
 * numbers), so a dozen separate the assumptions clearly; 10 arms of 12 take a few seconds on
 * two cores.
 */
export const SENSITIVITY_REPLICATIONS = 12;
/**
 * Runs of the "all together" arm: a regression of the metric on four drawn assumptions needs
 * more than a dozen points (with 12, an assumption with no effect took 18 % of the spread).
 */
export const TOGETHER_REPLICATIONS = 40;

/** The runs per arm and for the together arm: the panel's, but never more than the scenario asks for. */
export function tornadoReplications(scenarioReplications: number): { arms: number; together: number } {
  return { arms: Math.min(SENSITIVITY_REPLICATIONS, scenarioReplications), together: Math.min(TOGETHER_REPLICATIONS, scenarioReplications) };
}

export interface SensitivityPanel {
  update(context: QuestionContext): void;
}

export interface SensitivityOptions {
  replicator: Replicator;
  /** The metric first shown (from the link). */
  metric: PanelMetric;
  /** The user chose another metric (the page keeps it in the link). */
  onMetric: (metric: PanelMetric) => void;
  fileStem: () => string;
}

interface Shown {
  result: SensitivityResult;
  metric: PanelMetric;
  /** The scenario it was computed for. */
  key: string;
  horizonWeeks: number;
}

export function createSensitivityPanel(root: HTMLElement, options: SensitivityOptions): SensitivityPanel {
  let context: QuestionContext | null = null;
  let shown: Shown | null = null;
  let runningKey = '';
  /** Bumped with each new result, so a redraw happens for a new result or a new look only. */
  let version = 0;
  let drawn = '';

  const run = createRunControls({
    ready: () => context?.scenario !== null && context?.scenario !== undefined,
    onCompute: () => compute(),
    progressKey: 'sens.progress',
    onStatus: (status) => {
      root.dataset['status'] = status;
      draw();
    },
  });
  const frame = createQuestionFrame(root, 'sensitivity', { heading: 'sens.heading', intro: 'sens.intro', select: 'sens.metric' }, run, options.fileStem);
  frame.select.value = options.metric;
  root.dataset['status'] = run.status;

  // The scenario's identity is its JSON; computed once per scenario object the session hands over.
  let keyFor: Scenario | null = null;
  let key = '';
  const keyOf = (scenario: Scenario | null) => {
    if (scenario !== keyFor) {
      keyFor = scenario;
      key = scenario ? JSON.stringify(scenario) : '';
    }
    return key;
  };

  frame.select.addEventListener('change', () => {
    const metric = frame.select.value as PanelMetric;
    options.onMetric(metric);
    // The arms are cached: a result for these controls is redone for the new metric at once.
    if (run.status === 'running' || (shown && shown.key === keyOf(context?.scenario ?? null))) compute();
  });

  function compute(): void {
    const scenario = context?.scenario;
    if (!scenario) return;
    const metric = frame.select.value as PanelMetric;
    runningKey = keyOf(scenario);
    const forKey = runningKey;
    run.run(
      (signal, progress) => {
        const n = tornadoReplications(scenario.simulation.replications);
        return runSensitivity(scenario, metric, { replicator: options.replicator, replications: n.arms, togetherReplications: n.together, signal, onProgress: progress });
      },
      (result) => {
        shown = { result, metric, key: forKey, horizonWeeks: scenario.simulation.horizonWeeks };
        version++;
      },
    );
  }

  function draw(): void {
    if (!context) return;
    const { lang, fontSize } = context;
    if (!shown) {
      frame.figure.hidden = true;
      return;
    }
    // Only a chart to draw loads Plot (plot.ts).
    if (!whenPlotReady(draw)) return;
    frame.figure.hidden = false;
    const stale = shown.key !== keyOf(context.scenario);
    frame.figure.classList.toggle('stale', stale);
    const width = Math.max(260, frame.plot.clientWidth || 600);
    const look = `${lang}|${width}|${fontSize}`;
    const id = `${look}|${version}`;
    if (id === drawn) return;
    drawn = id;
    const { result, metric, horizonWeeks } = shown;
    frame.title.textContent = metricName(lang, metric, horizonWeeks);
    frame.legend.replaceChildren(
      legendItem(END_COLORS.low, t(lang, 'sens.legend.low')),
      legendItem(END_COLORS.high, t(lang, 'sens.legend.high')),
      legendItem('#1b1f24', t(lang, 'sens.legend.base'), true),
    );
    const chart = tornadoChart({ lang, metric, result, width, fontSize });
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', `${t(lang, 'sens.heading')} ${frame.title.textContent}`);
    frame.plot.replaceChildren(chart);
    frame.note.textContent = t(lang, 'sens.caption', { n: result.replications });
    frame.extra.replaceChildren(...sharesBlock(lang, result));
    frame.tables.replaceChildren(tornadoTable(lang, metric, result));
    root.dataset['metric'] = metric;
    root.dataset['bars'] = tornadoRows(lang, result)
      .map((r) => r.id)
      .join(' ');
  }

  return {
    update(next) {
      const langChanged = context?.lang !== next.lang || context?.scenario?.simulation.horizonWeeks !== next.scenario?.simulation.horizonWeeks;
      context = next;
      if (langChanged) frame.relabel(next.lang, next.scenario?.simulation.horizonWeeks ?? 104);
      const current = keyOf(next.scenario);
      if (run.status === 'running' && runningKey !== current) run.stop('changed');
      if (shown) run.mark(shown.key === current ? 'done' : 'changed');
      run.refresh(next.lang);
      draw();
    },
  };
}

/** A legend entry: a filled box (an end's bar) or a short vertical rule (the scenario's value). */
function legendItem(color: string, text: string, rule = false): HTMLElement {
  const item = el('span', { className: 'legend-item' });
  const key = el('span', { className: rule ? 'key key-rule' : 'key' });
  key.style.background = color;
  item.append(key, el('span', { textContent: text }));
  return item;
}

/** What each assumption explains when all vary together, as bars in words, and the rest. */
function sharesBlock(lang: Lang, result: SensitivityResult): HTMLElement[] {
  const together = result.together;
  if (!together) return [];
  const heading = el('h4', { textContent: t(lang, 'sens.together') });
  const explained = Number.isFinite(together.unexplained) ? 1 - together.unexplained : Number.NaN;
  const text = el('p', {
    textContent: t(lang, 'sens.together.text', {
      n: together.replications,
      explained: Number.isFinite(explained) ? formatPercent(lang, explained) : '–',
      rest: Number.isFinite(together.unexplained) ? formatPercent(lang, together.unexplained) : '–',
    }),
  });
  const list = el('ul', { className: 'share-bars' });
  for (const row of shareRows(lang, result)) {
    const item = el('li');
    item.dataset['share'] = row.id;
    if (row.id === 'chance') item.classList.add('chance');
    const track = el('span', { className: 'share-track' });
    const fill = el('span', { className: 'share-fill' });
    fill.style.width = `${Number.isFinite(row.share) ? Math.round(row.share * 1000) / 10 : 0}%`;
    track.append(fill);
    item.append(el('span', { className: 'share-name', textContent: row.name }), track, el('span', { className: 'share-value', textContent: Number.isFinite(row.share) ? formatPercent(lang, row.share) : '–' }));
    list.append(item);
  }
  return [heading, text, list];
}
