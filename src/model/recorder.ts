/**
 * Counts what happens during the horizon: flows (decisions, allocations) as totals and per
 * week, deadlines by the day they fall due (deadlines.ts), the children let down, and the
 * weekly state samples the observer writes. Nothing is counted during the warm-up.
 */
import type { Days } from '../scenario/units.ts';
import type { Case } from './case.ts';
import { DeadlineKind, DeadlineLedger } from './deadlines.ts';
import type { SeriesId } from './metrics.ts';
import { SERIES_IDS } from './metrics.ts';

interface Flows {
  decisions: number;
  decisionErrors: number;
  waitSum: number;
  waitCount: number;
}

const noFlows = (): Flows => ({ decisions: 0, decisionErrors: 0, waitSum: 0, waitCount: 0 });

export class Recorder {
  /** False during the warm-up. */
  recording = false;
  totals = noFlows();
  private week = noFlows();
  readonly series: Record<SeriesId, Float64Array>;
  /** Every deadline by the day it falls due. */
  readonly deadlines: DeadlineLedger;
  /** Children in the department during the horizon: open or waiting at its start, and every arrival since. */
  children = 0;
  /** Of those, children whose case had a decision missing a legal element or a missed deadline during the horizon. */
  childrenLetDown = 0;
  /** The same two counts for the horizon's last year (from {@link beginLastYear}). */
  lastYear = { recording: false, children: 0, childrenLetDown: 0 };

  constructor(
    readonly weeks: number,
    /** Last simulated day. */
    endDay: Days,
  ) {
    this.series = Object.fromEntries(
      SERIES_IDS.map((id) => [id, new Float64Array(weeks + 1).fill(Number.NaN)]),
    ) as Record<SeriesId, Float64Array>;
    this.deadlines = new DeadlineLedger(Math.ceil(endDay));
  }

  /** Starts counting (end of warm-up), with the children the department holds at that moment. */
  begin(childrenPresent: number): void {
    this.recording = true;
    this.week = noFlows();
    this.children = childrenPresent;
  }

  // The hot paths touch only this week's counters; closeWeek adds them to the totals.
  allocated(waitDays: number): void {
    if (!this.recording) return;
    this.week.waitSum += waitDays;
    this.week.waitCount++;
  }

  /** Starts the last year's counts, with the children present at that moment. */
  beginLastYear(childrenPresent: number): void {
    this.lastYear = { recording: true, children: childrenPresent, childrenLetDown: 0 };
  }

  /** A child arrived from outside. */
  arrived(): void {
    if (this.recording) this.children++;
    if (this.lastYear.recording) this.lastYear.children++;
  }

  /** The child's case fails it (a decision missing an element, a missed deadline); counted once per child. */
  letDown(c: Case): void {
    if (!this.recording) return;
    if (!c.affected) {
      c.affected = true;
      this.childrenLetDown++;
    }
    if (this.lastYear.recording && !c.affectedLastYear) {
      c.affectedLastYear = true;
      this.lastYear.childrenLetDown++;
    }
  }

  decision(missing: boolean): void {
    if (!this.recording) return;
    this.week.decisions++;
    if (missing) this.week.decisionErrors++;
  }

  /**
   * Missed deadlines by the week they fell due, once the run is over: a task that arises
   * already overdue (a child who waited) is entered under its past due day.
   */
  closeDeadlines(horizonStart: Days): void {
    for (let k = 1; k <= this.weeks; k++) {
      const to = horizonStart + 7 * k;
      this.series.deadlineBreaches[k] = this.deadlines.tally(DeadlineKind.Any, to - 7, to).missed;
    }
  }

  /** Writes the flows of the week ending at sample `k` and starts the next week. */
  closeWeek(k: number): void {
    const w = this.week;
    if (k > 0) {
      this.series.decisionErrorShare[k] = w.decisions > 0 ? w.decisionErrors / w.decisions : Number.NaN;
      this.series.waitDays[k] = w.waitCount > 0 ? w.waitSum / w.waitCount : Number.NaN;
    }
    // Field by field and reset in place: this runs every simulated week of every replication.
    const t = this.totals;
    t.decisions += w.decisions;
    t.decisionErrors += w.decisionErrors;
    t.waitSum += w.waitSum;
    t.waitCount += w.waitCount;
    w.decisions = w.decisionErrors = w.waitSum = w.waitCount = 0;
  }
}
