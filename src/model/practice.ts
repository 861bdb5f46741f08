/**
 * The practice in force: how much contact a case's phase asks of its advisor, and how often
 * follow-ups recur. Today's practice (factor 1, each task's own interval) runs until week 0,
 * when the scenario's starts (`practice`: the Herning model's closer contact, for example).
 */
import type { PracticeSettings } from '../scenario/types.ts';
import type { Days } from '../scenario/units.ts';
import type { Advisor } from './advisor.ts';
import type { TaskPlan } from './plan.ts';

export class Practice {
  /** Contact multiplier: 1 (today's) before week 0. */
  contactFactor = 1;
  /** Follow-up interval, days: null (each task's own) before week 0. */
  private followUpEvery: Days | null = null;

  /**
   * Week 0: every running case gets its contact times the factor at once; follow-ups come at
   * the new interval for phases that start from now (an open case keeps the schedule it was
   * given until its phase changes).
   */
  start({ contactFactor, followUpEveryDays }: PracticeSettings, advisors: readonly Advisor[], now: Days): void {
    this.followUpEvery = followUpEveryDays;
    if (contactFactor === this.contactFactor) return;
    for (const a of advisors) {
      for (const c of a.cases) {
        if (c.contact === 0) continue;
        const more = c.contact * (contactFactor / this.contactFactor - 1);
        c.contact += more;
        a.addContact(more, now);
      }
    }
    this.contactFactor = contactFactor;
  }

  /** How often a start task recurs (null: once); follow-ups take the practice's interval. */
  repeatOf(plan: TaskPlan): Days | null {
    const every = plan.spec.repeatEveryDays;
    return plan.isFollowUp && every !== null ? (this.followUpEvery ?? every) : every;
  }
}
