/**
 * Counts what happens during the horizon: flows (tasks, decisions, allocations) as totals and
 * per week, and the weekly state samples the observer writes. Nothing is counted during the
 * warm-up.
 */
import type { SeriesId } from './metrics.ts';
import { SERIES_IDS } from './metrics.ts';
import type { TaskPlan } from './plan.ts';

interface Flows {
  investigations: number;
  investigationsLate: number;
  followUps: number;
  followUpsLate: number;
  breaches: number;
  decisions: number;
  decisionErrors: number;
  waitSum: number;
  waitCount: number;
}

const noFlows = (): Flows => ({
  investigations: 0,
  investigationsLate: 0,
  followUps: 0,
  followUpsLate: 0,
  breaches: 0,
  decisions: 0,
  decisionErrors: 0,
  waitSum: 0,
  waitCount: 0,
});

export class Recorder {
  /** False during the warm-up. */
  recording = false;
  totals = noFlows();
  private week = noFlows();
  readonly series: Record<SeriesId, Float64Array>;

  constructor(readonly weeks: number) {
    this.series = Object.fromEntries(
      SERIES_IDS.map((id) => [id, new Float64Array(weeks + 1).fill(Number.NaN)]),
    ) as Record<SeriesId, Float64Array>;
  }

  /** Starts counting (end of warm-up). */
  begin(): void {
    this.recording = true;
    this.week = noFlows();
  }

  // The hot paths touch only this week's counters; closeWeek adds them to the totals.
  allocated(waitDays: number): void {
    if (!this.recording) return;
    this.week.waitSum += waitDays;
    this.week.waitCount++;
  }

  task(plan: TaskPlan, late: boolean): void {
    if (!this.recording) return;
    const w = this.week;
    if (plan.isInvestigation) {
      w.investigations++;
      if (late) w.investigationsLate++;
    }
    if (plan.isFollowUp) {
      w.followUps++;
      if (late) w.followUpsLate++;
    }
    if (late) w.breaches++;
  }

  decision(missing: boolean): void {
    if (!this.recording) return;
    this.week.decisions++;
    if (missing) this.week.decisionErrors++;
  }

  /** Writes the flows of the week ending at sample `k` and starts the next week. */
  closeWeek(k: number): void {
    const w = this.week;
    if (k > 0) {
      this.series.deadlineBreaches[k] = w.breaches;
      this.series.decisionErrorShare[k] = w.decisions > 0 ? w.decisionErrors / w.decisions : Number.NaN;
      this.series.waitDays[k] = w.waitCount > 0 ? w.waitSum / w.waitCount : Number.NaN;
    }
    // Field by field and reset in place: this runs every simulated week of every replication.
    const t = this.totals;
    t.investigations += w.investigations;
    t.investigationsLate += w.investigationsLate;
    t.followUps += w.followUps;
    t.followUpsLate += w.followUpsLate;
    t.breaches += w.breaches;
    t.decisions += w.decisions;
    t.decisionErrors += w.decisionErrors;
    t.waitSum += w.waitSum;
    t.waitCount += w.waitCount;
    w.investigations = w.investigationsLate = w.followUps = w.followUpsLate = w.breaches = 0;
    w.decisions = w.decisionErrors = w.waitSum = w.waitCount = 0;
  }
}
