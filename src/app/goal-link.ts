/**
 * The goal panel's question in a link, readable in an address bar where `<=` would be escaped:
 * one parameter per target, `max.<metric>=<limit>` (at most) or `min.<metric>=<limit>` (at
 * least), shares as fractions, then `probability` and, when not 0, `fromweek`:
 *
 *   ?preset=status-quo&max.caseloadEnd=30&max.investigationsLateShareLastYear=0.1&max.waitingListEnd=10&probability=0.8&seed=1&v=…
 *
 * A link carries the question only once the user has asked it (edited or computed), so the
 * link of a page nobody asked anything of stays as short as before. Decoding follows link.ts:
 * each bad part is named and ignored, the rest applies; a link whose every target is bad asks
 * the preset targets.
 */
import type { TargetOp } from '../experiment/targets.ts';
import { defaultGoal, GOAL_METRICS, isGoalMetric, isShare, MAX_TARGETS, PROBABILITY_LIMITS, valueLimits, type GoalState } from './goal-targets.ts';
import type { LinkProblem } from './link.ts';

const OP_OF: Record<string, TargetOp> = { max: '<=', min: '>=' };
const NAME_OF: Record<TargetOp, string> = { '<=': 'max', '>=': 'min' };

/** Whether a link parameter belongs to the goal panel. */
export function isGoalParam(name: string): boolean {
  return name === 'probability' || name === 'fromweek' || /^(max|min)\./.test(name);
}

/**
 * The goal a link's parameters (in link order, repeats kept) ask, or undefined when they ask
 * none. `horizonWeeks` bounds the week the posts may be created. Problems are appended.
 */
export function decodeGoal(entries: readonly (readonly [string, string])[], horizonWeeks: number, problems: LinkProblem[]): GoalState | undefined {
  const mine = entries.filter(([name]) => isGoalParam(name));
  if (mine.length === 0) return undefined;
  const goal = defaultGoal();
  const targets: GoalState['targets'] = [];
  const number = (name: string, raw: string, limits: { min: number; max: number }, integer = false): number | null => {
    const x = raw.trim() === '' ? Number.NaN : Number(raw);
    if (Number.isFinite(x) && x >= limits.min && x <= limits.max && (!integer || Number.isInteger(x))) return x;
    problems.push({ name, value: raw, reason: { kind: 'number', ...limits } });
    return null;
  };
  const seen = new Set<string>();
  for (const [name, raw] of mine) {
    if (name === 'probability' || name === 'fromweek') {
      // The first of a repeated setting counts, as for every other parameter.
      if (seen.has(name)) continue;
      seen.add(name);
      if (name === 'probability') goal.probability = number(name, raw, PROBABILITY_LIMITS) ?? goal.probability;
      else goal.fromWeek = number(name, raw, { min: 0, max: Math.max(0, horizonWeeks - 1) }, true) ?? goal.fromWeek;
      continue;
    }
    const [prefix, metric] = [name.slice(0, 3), name.slice(4)];
    if (!isGoalMetric(metric)) {
      problems.push({ name, value: raw, reason: { kind: 'choice', names: GOAL_METRICS.map((m) => `${prefix}.${m}`) } });
      continue;
    }
    // A share may be written as a percent, as on the command line (`max.…Share=10%`).
    const percent = isShare(metric) && raw.trim().endsWith('%');
    const value = percent ? number(name, raw.trim().slice(0, -1), scale(valueLimits(metric), 100)) : number(name, raw, valueLimits(metric));
    if (value === null) continue;
    if (targets.length >= MAX_TARGETS) {
      problems.push({ name, value: raw, reason: { kind: 'scenario', message: `at most ${MAX_TARGETS} targets` } });
      continue;
    }
    targets.push({ metric, op: OP_OF[prefix] as TargetOp, value: percent ? Math.round(value * 1e4) / 1e6 : value });
  }
  if (targets.length > 0) goal.targets = targets;
  return goal;
}

/** Appends the goal's parameters to a link's. */
export function encodeGoal(goal: GoalState, params: URLSearchParams): void {
  for (const t of goal.targets) params.append(`${NAME_OF[t.op]}.${t.metric}`, String(t.value));
  params.set('probability', String(goal.probability));
  if (goal.fromWeek !== 0) params.set('fromweek', String(goal.fromWeek));
}

function scale(limits: { min: number; max: number }, by: number) {
  return { min: limits.min * by, max: limits.max * by };
}
