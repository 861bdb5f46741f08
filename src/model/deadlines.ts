/**
 * Deadlines counted when they fall due, not when the work is finally done. Each legal
 * deadline is entered under the day it falls due as soon as its date is known (for a case on
 * the waiting list that is the day the municipality learned of the child, since the law's
 * clock runs from notification whether or not an advisor holds the case), and marked met when
 * its task is finished on time. Once a day has passed, due − met is that day's breaches, final:
 * a deadline still open when it passes is missed, whether its task is done late, lapses, or
 * never gets an advisor. So a long waiting list cannot hide harm, and the week a breach is
 * counted is the week a child was let down.
 */
import type { Days } from '../scenario/units.ts';
import type { TaskPlan } from './plan.ts';

/** Which counters a deadline feeds: every deadline, and the two the metrics name. */
export const enum DeadlineKind {
  Any = 0,
  Investigation = 1,
  FollowUp = 2,
}
const KINDS = 3;

export class DeadlineLedger {
  /** Deadlines by due day: index (day × 3 + kind); allocated on the first deadline (a run without tasks has none). */
  private due: Float64Array | null = null;
  private met: Float64Array | null = null;

  constructor(readonly days: number) {}

  /** Enters (count +1) or withdraws (count −1, a task that lapsed before it fell due) a deadline. */
  enter(day: Days, plan: TaskPlan, count: number): void {
    this.due ??= new Float64Array((this.days + 1) * KINDS);
    this.add(this.due, day, plan, count);
  }

  /** A deadline met: its task was finished by the due day. */
  meet(day: Days, plan: TaskPlan): void {
    this.met ??= new Float64Array((this.days + 1) * KINDS);
    this.add(this.met, day, plan, 1);
  }

  private add(into: Float64Array, day: Days, plan: TaskPlan, count: number): void {
    const d = Math.floor(day);
    if (d < 0 || d > this.days) return;
    const i = d * KINDS;
    into[i] = (into[i] as number) + count;
    if (plan.isInvestigation) into[i + DeadlineKind.Investigation] = (into[i + DeadlineKind.Investigation] as number) + count;
    if (plan.isFollowUp) into[i + DeadlineKind.FollowUp] = (into[i + DeadlineKind.FollowUp] as number) + count;
  }

  /** Deadlines of `kind` that fell due on days [from, to), and how many of them were missed. */
  tally(kind: DeadlineKind, from: Days, to: Days): { due: number; missed: number } {
    let due = 0;
    let met = 0;
    const end = Math.min(Math.ceil(to), this.days + 1);
    for (let d = Math.max(0, Math.ceil(from)); d < end; d++) {
      due += this.due?.[d * KINDS + kind] ?? 0;
      met += this.met?.[d * KINDS + kind] ?? 0;
    }
    return { due, missed: due - met };
  }
}
