/**
 * Deadlines that run before anyone works the case. The law's clock runs from notification, not
 * from allocation: an investigation's end deadline is known from the day the municipality
 * learns of the child, and a child on the waiting list has its first deadlines counted from
 * then too, so that they fall due (and are missed) while the child waits.
 */
import type { Days } from '../scenario/units.ts';
import type { Case } from './case.ts';
import type { DeadlineLedger } from './deadlines.ts';
import type { TaskPlan } from './plan.ts';

/** Enters the first phase's end deadlines counted from arrival (an investigation's 4 months). */
export function enterArrivalDeadlines(deadlines: DeadlineLedger, c: Case): void {
  for (const plan of c.phase.endTasks) {
    if (plan.spec.dueFrom === 'arrival') deadlines.enter(c.arrival + plan.spec.dueDays, plan, 1);
  }
  c.openDeadline = Math.min(c.openDeadline, arrivalEndDeadline(c));
  c.endEntered = true;
}

/** A child put on the waiting list: the first deadline of each of its phase's start tasks is entered now. */
export function enterWaitingDeadlines(deadlines: DeadlineLedger, c: Case): void {
  for (const plan of c.phase.startTasks) {
    const due = c.arrival + plan.spec.dueDays;
    deadlines.enter(due, plan, 1);
    if (due < c.openDeadline) c.openDeadline = due;
  }
  c.startEntered = true;
}

/** The earliest end deadline of the case's phase counted from arrival (Infinity if none). */
export function arrivalEndDeadline(c: Case): Days {
  let earliest = Infinity;
  for (const plan of c.phase.endTasks) {
    if (plan.spec.dueFrom === 'arrival') earliest = Math.min(earliest, c.arrival + plan.spec.dueDays);
  }
  return earliest;
}

/**
 * At the horizon, a child still waiting is owed every follow-up that fell due while it waited,
 * not only the first (entered by {@link enterWaitingDeadlines}); each is missed. A child an
 * advisor took has them entered when its phase starts. Without this, fewer advisors would hide
 * the follow-ups of the children they leave waiting, and the late share would look better for
 * it. Entered once the run is over, which is when the ledger is read.
 */
export function enterWaitingRepeats(deadlines: DeadlineLedger, waiting: Iterable<Case>, endDay: Days, repeatOf: (plan: TaskPlan) => Days | null): void {
  for (const c of waiting) {
    for (const plan of c.phase.startTasks) {
      const every = repeatOf(plan);
      if (every === null) continue;
      for (let due = c.arrival + plan.spec.dueDays + every; due <= endDay; due += every) deadlines.enter(due, plan, 1);
    }
  }
}
