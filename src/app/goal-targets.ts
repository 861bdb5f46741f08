/**
 * The question "how many advisors are needed?" as the page holds it: the targets (a short list
 * of headline metrics a council sets limits on), the required probability and the week the new
 * posts are created. Pure: tested in Node. The presets are the guideline and the law:
 * Dansk Socialrådgiverforening's 20–30 children per advisor (its upper end), Barnets lov § 20's
 * four months for an investigation (at most one in ten late) and a short waiting list.
 */
import { METRICS, type MetricId } from '../experiment/catalogue.ts';
import type { Target } from '../experiment/targets.ts';
import type { MessageKey } from './i18n.ts';

/**
 * The metrics a target may name in the app: headline figures that more advisors never make
 * worse (the search assumes the chance of meeting the targets rises with the posts).
 */
export const GOAL_METRICS = [
  'caseloadEnd',
  'caseload',
  'waitingListEnd',
  'waitDays',
  'investigationsLateShareLastYear',
  'investigationsLateShare',
  'childrenLetDownShareLastYear',
  'auditedFileErrorShare',
] as const satisfies readonly MetricId[];
export type GoalMetric = (typeof GOAL_METRICS)[number];

export interface GoalState {
  /** Every one must be met in a run for the run to count. */
  targets: Target[];
  /** Share of runs that must meet every target, 0.01–1 (default 0.8). */
  probability: number;
  /** Week of the horizon the added posts are created, from 0 (default 0: at the start). */
  fromWeek: number;
}

/** Most targets the panel holds (each one more makes the question harder to read). */
export const MAX_TARGETS = 8;
export const PROBABILITY_LIMITS = { min: 0.01, max: 1 } as const;

export const DEFAULT_GOAL: GoalState = {
  targets: [
    { metric: 'caseloadEnd', op: '<=', value: 30 },
    { metric: 'investigationsLateShareLastYear', op: '<=', value: 0.1 },
    { metric: 'waitingListEnd', op: '<=', value: 10 },
  ],
  probability: 0.8,
  fromWeek: 0,
};

/** A fresh copy of the presets (the panel edits its goal in place). */
export const defaultGoal = (): GoalState => ({ ...DEFAULT_GOAL, targets: DEFAULT_GOAL.targets.map((t) => ({ ...t })) });

export function isGoalMetric(name: string): name is GoalMetric {
  return (GOAL_METRICS as readonly string[]).includes(name);
}

/** Whether the metric is a share (shown and typed in percent, carried in a link as a fraction). */
export const isShare = (metric: MetricId) => METRICS[metric].unit === 'share';

/** The values a target on `metric` may take, in the metric's own unit. */
export function valueLimits(metric: MetricId): { min: number; max: number } {
  return isShare(metric) ? { min: 0, max: 1 } : { min: 0, max: 100_000 };
}

/** A target's limit as the field shows it: shares in percent. */
export function shownValue(target: Target): number {
  return isShare(target.metric) ? round(target.value * 100) : target.value;
}

/** The limit typed in the field, in the metric's unit (percent back to a share). */
export function valueFromField(metric: MetricId, typed: number): number {
  return isShare(metric) ? round(typed / 100) : typed;
}

/** A limit a new row starts from: the guideline's or a round figure. */
export function newTarget(used: readonly Target[]): Target {
  const metric = GOAL_METRICS.find((m) => !used.some((t) => t.metric === m)) ?? GOAL_METRICS[0];
  const start: Record<GoalMetric, number> = {
    caseloadEnd: 30,
    caseload: 30,
    waitingListEnd: 10,
    waitDays: 30,
    investigationsLateShareLastYear: 0.1,
    investigationsLateShare: 0.1,
    childrenLetDownShareLastYear: 0.2,
    auditedFileErrorShare: 0.3,
  };
  return { metric, op: '<=', value: start[metric] };
}

/** The i18n key of a goal metric's label. */
export const metricLabelKey = (metric: GoalMetric) => `goal.metric.${metric}` as MessageKey;

/** The i18n key of a metric's unit beside the field. */
export function unitKey(metric: MetricId): MessageKey | null {
  switch (METRICS[metric].unit) {
    case 'share':
      return 'goal.unit.percent';
    case 'days':
      return 'unit.days';
    case 'cases':
    case 'cases/FTE':
      return 'unit.cases';
    default:
      return null;
  }
}

/**
 * Replications per headcount while the search screens: half the scenario's, so the page answers
 * in seconds; the answer and the step below are then run with all of them (goalSeek verifies).
 */
export const searchReplications = (replications: number) => Math.max(1, Math.ceil(replications / 2));

/** Two goals ask the same question. */
export function sameGoal(a: GoalState, b: GoalState): boolean {
  return (
    a.probability === b.probability &&
    a.fromWeek === b.fromWeek &&
    a.targets.length === b.targets.length &&
    a.targets.every((t, i) => t.metric === b.targets[i]?.metric && t.op === b.targets[i]?.op && t.value === b.targets[i]?.value)
  );
}

/** To the millionth: no 0.30000000000000004 from a percent typed as 30. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
