/**
 * Task hours by the day they fell due, done or not: the demand side of the pressure measure
 * (observer.ts). A task that arises already overdue falls due the day it arises; tasks that
 * lapse unneeded (their phase ended) are taken out again.
 */
import type { Days, Hours } from '../scenario/units.ts';

/** Pressure counts the task hours that fell due in this many days before a sample. */
export const PRESSURE_WINDOW_DAYS = 28;
/** Tasks due this soon after the last day are still created (they may be worked before it). */
export const LOOKAHEAD_DAYS = 28;

export class DueHours {
  /** Index floor(day) + {@link PRESSURE_WINDOW_DAYS}, so the window before day 0 has room. */
  private readonly byDay: Float64Array;

  constructor(
    endDay: Days,
    /** The weeks before day 0 are taken to have run at steady state (their cases are gone). */
    steadyPerDay: Hours,
  ) {
    this.byDay = new Float64Array(Math.ceil(endDay) + LOOKAHEAD_DAYS + PRESSURE_WINDOW_DAYS + 1);
    this.byDay.fill(steadyPerDay, 0, PRESSURE_WINDOW_DAYS);
  }

  /** Adds (or, negative, takes out) `hours` falling due on `day`; days past the lookahead are not kept. */
  add(day: Days, hours: Hours): void {
    const i = Math.floor(day) + PRESSURE_WINDOW_DAYS;
    if (i >= 0 && i < this.byDay.length) this.byDay[i] = (this.byDay[i] as number) + hours;
  }

  /** Hours that fell due in the window's days before `now`: days [now − window, now). */
  inWindowBefore(now: Days): Hours {
    const from = Math.floor(now);
    let hours = 0;
    for (let i = from; i < from + PRESSURE_WINDOW_DAYS; i++) hours += this.byDay[i] ?? 0;
    return hours;
  }
}
