/**
 * The decision panels that answer on their buttons: the tornado (which assumption matters most)
 * and the map (which headcount meets the targets as intake changes). Both run on the session's
 * replicator, so they share its workers, cache and queue; the metric each shows is the page's
 * to keep in the link.
 */
import type { Replicator } from '../experiment/replicator.ts';
import type { Lang } from './i18n.ts';
import type { PanelChoices } from './link.ts';
import type { QuestionContext } from './question-panel.ts';
import { DEFAULT_PANEL_METRIC, type PanelMetric } from './question-metrics.ts';
import { createSensitivityPanel } from './sensitivity-panel.ts';
import type { SessionView } from './session.ts';
import { createSweepPanel, type MapGoal } from './sweep-panel.ts';
import { $ } from './dom.ts';

export interface QuestionPanelsOptions {
  replicator: Replicator;
  /** The metrics first shown (from the link). */
  panels: PanelChoices | undefined;
  onMetric: (panel: keyof PanelChoices, metric: PanelMetric) => void;
  /** The targets the map's frontier answers, read on every update. */
  goal: () => MapGoal;
  fileStem: () => string;
}

/** Tells both panels what the page shows now: in `lang`, view `v`, charts labelled at `fontSize` pixels. */
export type UpdateQuestions = (lang: Lang, v: SessionView, fontSize: number) => void;

export function createQuestionPanels(options: QuestionPanelsOptions): UpdateQuestions {
  const { replicator, panels, onMetric, fileStem } = options;
  const questions = [
    createSensitivityPanel($('#sensitivity'), {
      replicator,
      metric: panels?.sensitivity ?? DEFAULT_PANEL_METRIC,
      onMetric: (metric) => onMetric('sensitivity', metric),
      fileStem,
    }),
    createSweepPanel($('#map'), {
      replicator,
      metric: panels?.map ?? DEFAULT_PANEL_METRIC,
      onMetric: (metric) => onMetric('map', metric),
      goal: options.goal,
      fileStem,
    }),
  ];
  /**
   * One context object for as long as nothing in it changes: a panel remembers the question it
   * built by the context's identity (a scenario input, cloned and keyed), so a new object on
   * every render rebuilt it for every replication that arrived.
   */
  let context: QuestionContext | null = null;
  return (lang, v, fontSize) => {
    const scenario = v.status === 'error' ? null : v.scenario;
    const c = context;
    if (!c || c.lang !== lang || c.controls !== v.controls || c.scenario !== scenario || c.fontSize !== fontSize) {
      context = { lang, controls: v.controls, scenario, fontSize };
    }
    for (const panel of questions) panel.update(context as QuestionContext);
  };
}
