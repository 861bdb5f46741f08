/**
 * Weekly samples of the department's state, and the audit at the horizon.
 */
import type { Days } from '../scenario/units.ts';
import { TaskState } from './case.ts';
import { PRESSURE_WINDOW_DAYS, type Department } from './department.ts';
import type { SeriesId } from './metrics.ts';


/** The state series one weekly sample writes. */
export const STATE_SERIES = ['waitingList', 'openCases', 'caseload', 'caseloadMax', 'pressure'] as const satisfies SeriesId[];

/**
 * Samples the department at `now` into week `k` of the state series. Pressure is
 * (contact load + task hours that fell due in the last four weeks / 4) / capacity: the rate
 * of demand, done or not, which in steady state equals the workload formula's ratio. (The
 * reference model looks four weeks ahead instead, which misses work that arises at short
 * notice: 5 % of demand in the default mix; see docs/model.md.) A backlog of overdue work
 * shows in the deadline series instead.
 */
export function sampleState(dept: Department, now: Days, series: Record<SeriesId, Float64Array>, k: number): void {
  let fte = 0;
  let caseloadMax = 0;
  let demand = 0;
  let capacity = 0;
  for (const a of dept.advisors) {
    const productive = a.productiveFte;
    if (productive > 0) caseloadMax = Math.max(caseloadMax, a.cases.size / productive);
    fte += productive;
    demand += a.contactPerWeek;
    capacity += a.capacityPerWeek;
  }
  // Ledger index i holds day i - PRESSURE_WINDOW_DAYS: days [now - window, now) are i in [now, now + window).
  const from = Math.floor(now);
  let fellDue = 0;
  for (let i = from; i < from + PRESSURE_WINDOW_DAYS; i++) fellDue += dept.dueHours[i] ?? 0;
  demand += fellDue / (PRESSURE_WINDOW_DAYS / 7);
  series.waitingList[k] = dept.waiting.size;
  series.openCases[k] = dept.openCases;
  series.caseload[k] = fte > 0 ? dept.openCases / fte : Number.NaN;
  series.caseloadMax[k] = caseloadMax;
  series.pressure[k] = capacity > 0 ? demand / capacity : Number.NaN;
}

/**
 * Share of open case files an audit would fault: a decision missing a legal element within
 * the window, or (when breaches count) a deadline missed in the window or overdue now.
 */
export function auditShare(dept: Department, now: Days): number {
  const { windowWeeks, countDeadlineBreaches } = dept.scenario.audit;
  const since = now - windowWeeks * 7;
  let files = 0;
  let faulty = 0;
  for (const a of dept.advisors) {
    for (const c of a.cases) {
      files++;
      const breach =
        countDeadlineBreaches && (c.lastBreach >= since || c.tasks.some((t) => t.state === TaskState.Queued && t.due < now));
      if (c.lastDecisionError >= since || breach) faulty++;
    }
  }
  return files > 0 ? faulty / files : Number.NaN;
}

/** Mean days waited so far by the cases still on the waiting list, and their count. */
export function pendingWaits(dept: Department, now: Days): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (const c of dept.waiting) {
    sum += now - Math.max(c.arrival, 0);
    count++;
  }
  return { sum, count };
}
