/**
 * The verdict: is the scenario better or worse than what it is compared with? Built from the
 * paired differences the session already has (same seed, replication by replication), with
 * their P10–P90 band as the uncertainty, so the words rest on the numbers the cards show.
 *
 * The rules, in order of weight:
 * - The waiting list, the wait and the investigations' deadline (the primary outcomes: what a
 *   child waits for and what the law sets) decide first. If one of them gets worse and none
 *   gets better, the scenario is worse, whatever else improves: fewer cases per advisor or
 *   fewer flawed decisions while more children wait is no improvement (the shares are over the
 *   children an advisor has reached, so a growing waiting list can lower them). If one gets
 *   worse and another better (a longer wait, fewer late investigations), it is mixed.
 * - A change is "uncertain" when its band spans zero (beyond a negligible amount on both
 *   sides): in more than 1 run in 10 it goes the other way.
 * - Money is neither better nor worse: a choice, said in words beside the verdict.
 *
 * Pure: tested in Node on made-up results (test/app/verdict.test.ts).
 */
import { budgetDifference } from '../experiment/budget.ts';
import { METRICS, type ReplicationResult } from '../experiment/catalogue.ts';
import { differenceSummary, summarizeMetric } from '../experiment/summarize.ts';

/** The metrics the verdict weighs: the headline cards' six, primary first. */
export const VERDICT_METRICS = ['waitingListEnd', 'waitDays', 'investigationsLateShare', 'caseload', 'childrenLetDownShare', 'auditedFileErrorShare'] as const;
export type VerdictMetric = (typeof VERDICT_METRICS)[number];

/** What a child waits for and the deadline the law sets: never outweighed by the others. */
export const PRIMARY_METRICS: ReadonlySet<VerdictMetric> = new Set(['waitingListEnd', 'waitDays', 'investigationsLateShare']);

/** Below these differences a change is negligible ("same as today"); shares are fractions. */
export const NEGLIGIBLE: Record<VerdictMetric, number> = {
  waitingListEnd: 0.5,
  waitDays: 0.5,
  caseload: 0.5,
  investigationsLateShare: 0.005,
  childrenLetDownShare: 0.005,
  auditedFileErrorShare: 0.005,
};

/**
 * Late investigations at or above this median share: deep overload, where nearly every
 * investigation is late and a few more advisors move the share by a point or less (up to model
 * 1.4 they could even raise it; docs/model.md, *Deep overload: triage*).
 * The card says so (cards.ts); the verdict still weighs the share, since with model 1.5's triage
 * it no longer rises with the headcount, and a worse share must never read as better.
 */
export const SATURATED_LATE_SHARE = 0.9;

/** Below this a year (DKK), a change in spending is negligible: it rounds to 0,0 mio. kr. */
export const NEGLIGIBLE_DKK = 50_000;

/** A paired difference's median and the band covering 8 in 10 runs. */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

/** Every verdict metric is "less is better"; `up`/`down` for money, which is neither. */
export type Direction = 'better' | 'worse' | 'same' | 'uncertain';
export type VerdictKind = 'better' | 'worse' | 'mixed' | 'uncertain' | 'same';

export interface MetricChange {
  id: VerdictMetric;
  direction: Direction;
  /** Paired differences, scenario − comparison. */
  difference: Band;
  /** Medians of the scenario and of the comparison. */
  value: number;
  comparison: number;
}

export interface Verdict {
  kind: VerdictKind;
  changes: MetricChange[];
  /** Total spending a year, paired: `better` reads as "costs less", `worse` as "costs more". */
  cost: { direction: Direction; difference: Band };
  /** The primary outcomes that got worse (why a scenario is worse whatever else improves). */
  primaryWorse: VerdictMetric[];
}

/**
 * The direction of a paired difference: uncertain when its P10–P90 band reaches beyond the
 * negligible amount on both sides of zero, the same when its median is negligible, otherwise
 * worse (up) or better (down). Undefined differences (no values) are uncertain.
 */
export function directionOf(d: Band, negligible: number): Direction {
  if (![d.p10, d.p50, d.p90].every(Number.isFinite)) return 'uncertain';
  if (d.p10 <= -negligible && d.p90 >= negligible) return 'uncertain';
  if (Math.abs(d.p50) < negligible) return 'same';
  return d.p50 > 0 ? 'worse' : 'better';
}

/** The verdict's kind from each metric's direction (see the rules at the top). */
export function kindOf(changes: readonly Pick<MetricChange, 'id' | 'direction'>[]): VerdictKind {
  const primary = changes.filter((c) => PRIMARY_METRICS.has(c.id));
  const secondary = changes.filter((c) => !PRIMARY_METRICS.has(c.id));
  const any = (list: typeof changes, direction: Direction) => list.some((c) => c.direction === direction);
  if (any(primary, 'worse')) return any(primary, 'better') ? 'mixed' : 'worse';
  if (any(primary, 'better')) return any(secondary, 'worse') ? 'mixed' : 'better';
  if (any(secondary, 'worse')) return any(secondary, 'better') ? 'mixed' : 'worse';
  // A primary outcome that may get worse in more than 1 run in 10 is not outweighed by the rest.
  if (any(primary, 'uncertain')) return 'uncertain';
  if (any(secondary, 'better')) return 'better';
  return any(secondary, 'uncertain') ? 'uncertain' : 'same';
}

const band = (s: { p10: number; p50: number; p90: number }): Band => ({ p10: s.p10, p50: s.p50, p90: s.p90 });

/** The verdict on `results` against `comparison` (paired by replication); null without results on both sides. */
export function verdictOf(results: readonly ReplicationResult[], comparison: readonly ReplicationResult[]): Verdict | null {
  if (results.length === 0 || comparison.length === 0) return null;
  const median = (rs: readonly ReplicationResult[], id: VerdictMetric) => summarizeMetric(rs.map((r) => r.metrics[id]), METRICS[id].unit).p50;
  const changes = VERDICT_METRICS.map((id): MetricChange => {
    const difference = band(differenceSummary(comparison, results, id));
    const value = median(results, id);
    const other = median(comparison, id);
    return { id, direction: directionOf(difference, NEGLIGIBLE[id]), difference, value, comparison: other };
  });
  const spending = band(budgetDifference(comparison, results).perYear.total);
  return {
    kind: kindOf(changes),
    changes,
    cost: { direction: directionOf(spending, NEGLIGIBLE_DKK), difference: spending },
    primaryWorse: changes.filter((c) => PRIMARY_METRICS.has(c.id) && c.direction === 'worse').map((c) => c.id),
  };
}

/**
 * How a card shows its own change so that it agrees with the verdict: under a worse verdict (a
 * primary outcome worse, none better) a figure that improves is "not better", never green.
 */
export type CardTone = Direction | 'notBetter';
export function cardTone(verdict: Verdict, id: VerdictMetric): CardTone {
  const change = verdict.changes.find((c) => c.id === id);
  if (!change) return 'same';
  return change.direction === 'better' && worseBecause(verdict) !== null ? 'notBetter' : change.direction;
}

/** Why a worse verdict outweighs improvements: more children wait (or wait longer), or more deadlines are missed; null unless worse for a primary reason. */
export function worseBecause(verdict: Verdict): 'waiting' | 'deadlines' | null {
  if (verdict.kind !== 'worse' || verdict.primaryWorse.length === 0) return null;
  return verdict.primaryWorse.some((id) => id === 'waitingListEnd' || id === 'waitDays') ? 'waiting' : 'deadlines';
}
