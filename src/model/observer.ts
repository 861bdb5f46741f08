/**
 * Weekly samples of the department's state, and the audit at the horizon.
 */
import type { Days } from '../scenario/units.ts';
import type { Case } from './case.ts';
import { TaskState } from './case.ts';
import type { Department } from './department.ts';
import { PRESSURE_WINDOW_DAYS } from './due-hours.ts';
import type { SeriesId } from './metrics.ts';


/** The state series one weekly sample writes. */
export const STATE_SERIES = ['waitingList', 'waitingPastDeadline', 'openCases', 'caseload', 'caseloadMax', 'pressure'] as const satisfies SeriesId[];

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
  let posts = 0;
  let filled = 0;
  for (const a of dept.advisors) {
    const productive = a.productiveFte;
    if (productive > 0) caseloadMax = Math.max(caseloadMax, a.cases.size / productive);
    fte += productive;
    if (a.open) posts += a.fte;
    if (a.open && a.active) filled += a.fte;
  }
  const pastDeadline = dept.waiting.count((c) => c.openDeadline < now);
  series.waitingList[k] = dept.waiting.size;
  series.waitingPastDeadline[k] = pastDeadline;
  series.openCases[k] = dept.openCases;
  series.caseload[k] = fte > 0 ? dept.openCases / fte : Number.NaN;
  series.caseloadMax[k] = caseloadMax;
  series.pressure[k] = measurePressure(dept, now);
  series.postsFte[k] = posts;
  series.filledFte[k] = filled;
  series.productiveFte[k] = fte;
}

/** Pressure at `now` (see {@link sampleState}); NaN with no capacity. */
export function measurePressure(dept: Department, now: Days): number {
  // (Also read by the weekly staffing round during the warm-up, before any sample.)
  let demand = 0;
  let capacity = 0;
  for (const a of dept.advisors) {
    demand += a.contactPerWeek;
    capacity += a.capacityPerWeek;
  }
  demand += dept.dueHours.inWindowBefore(now) / (PRESSURE_WINDOW_DAYS / 7);
  return capacity > 0 ? demand / capacity : Number.NaN;
}

/** Whether the case's file shows a missed deadline: one missed in the window, overdue work, or a deadline passed with no task yet. */
function breachShows(c: Case, since: Days, now: Days): boolean {
  return c.lastBreach >= since || overdueNow(c, now);
}

/** Whether a deadline of the case has passed and is still open at `now`: overdue work, or no advisor yet. */
function overdueNow(c: Case, now: Days): boolean {
  return c.openDeadline < now || c.tasks.some((t) => t.state === TaskState.Queued && t.due < now);
}

/**
 * What an audit at `now` would find, as shares of the files it draws from: every file (open
 * or waiting for an advisor), and placement files alone (case types with `isPlacement`), as Ankestyrelsen's placement audits count. A file is faulted for
 * a decision missing a legal element within the window or, when breaches count, a missed or
 * overdue deadline. A child on the waiting list has a file too: the notification is on it.
 */
export function auditShares(dept: Department, now: Days): { all: number; placement: number } {
  const { windowWeeks, countDeadlineBreaches } = dept.scenario.audit;
  const since = now - windowWeeks * 7;
  const files = { all: 0, allFaulty: 0, placement: 0, placementFaulty: 0 };
  const audit = (c: Case) => {
    const faulty = c.lastDecisionError >= since || (countDeadlineBreaches && breachShows(c, since, now));
    const isPlacement = c.phase.spec.isPlacement;
    files.all++;
    if (isPlacement) files.placement++;
    if (!faulty) return;
    files.allFaulty++;
    if (isPlacement) files.placementFaulty++;
  };
  for (const a of dept.advisors) for (const c of a.cases) audit(c);
  for (const c of dept.waiting) audit(c);
  const share = (faulty: number, n: number) => (n > 0 ? faulty / n : Number.NaN);
  return { all: share(files.allFaulty, files.all), placement: share(files.placementFaulty, files.placement) };
}

/**
 * At the horizon: children whose deadline has passed and is still open (overdue work, or no
 * advisor yet) count as let down, though nothing has been finished late yet.
 */
export function letDownAtHorizon(dept: Department, now: Days): void {
  const check = (c: Case) => {
    if (overdueNow(c, now)) dept.recorder.letDown(c);
  };
  for (const a of dept.advisors) for (const c of a.cases) check(c);
  for (const c of dept.waiting) check(c);
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
