/**
 * One replication of a scenario: builds the department on a fresh simjs kernel, runs it to
 * the horizon and reduces what the recorder saw to the metrics of model.md. Pure and
 * synchronous: the same (scenario, seed, replication) gives the same numbers in Node, a
 * page or a worker.
 */
import { createKernel } from '../kernel/simjs.ts';
import { createStreams } from '../random/streams.ts';
import type { Scenario } from '../scenario/types.ts';
import { DAYS_PER_WEEK, DAYS_PER_YEAR, WEEKS_PER_YEAR } from '../scenario/units.ts';
import { startArrivals } from './arrivals.ts';
import { Department } from './department.ts';
import { DeadlineKind } from './deadlines.ts';
import { decisionQuality } from './decision-quality.ts';
import { seedInitialCases } from './initial-state.ts';
import { intakeProfile } from './intake.ts';
import type { MetricId, ReplicationResult, SeriesId } from './metrics.ts';
import { auditShares, letDownAtHorizon, pendingWaits, sampleState, type STATE_SERIES } from './observer.ts';
import { Recorder } from './recorder.ts';
import { Posts } from './posts.ts';
import type { Spending } from './spending.ts';
import { assumed } from './assumptions.ts';
import { estimateEventsPerReplication, WorkLimitError } from './work-bound.ts';

type StateSeries = (typeof STATE_SERIES)[number];
interface Horizon {
  from: number;
  to: number;
  /** First day of the horizon's last year. */
  lastYearFrom: number;
}
/** Weeks the "last year" metrics span. */
const WEEKS_IN_LAST_YEAR = 52;
type Audit = ReturnType<typeof auditShares>;

/** Runs replication `replication` of `scenario` with `seed`. */
export function runReplication(given: Scenario, seed: number, replication: number): ReplicationResult {
  const { scenario, drawn } = assumed(given, seed, replication);
  const { horizonWeeks, warmupWeeks } = scenario.simulation;
  const warmupDays = warmupWeeks * DAYS_PER_WEEK;
  const endDay = warmupDays + horizonWeeks * DAYS_PER_WEEK;
  const kernel = createKernel();
  const recorder = new Recorder(horizonWeeks, endDay);
  const streams = createStreams(seed, replication);
  const dept = new Department(kernel, scenario, streams, decisionQuality(scenario.documentation), recorder, endDay);

  const posts = new Posts(dept);
  posts.start(warmupDays);
  kernel.at(warmupDays, () => dept.startPractice(dept.now()), dept);
  seedInitialCases(dept);
  startArrivals(dept, intakeProfile(scenario.intake, Math.ceil(endDay), warmupDays));
  /** Week at which the last year's counts begin (the whole horizon when it is shorter). */
  const lastYearWeek = Math.max(0, horizonWeeks - WEEKS_IN_LAST_YEAR);

  let audit: Audit = { all: Number.NaN, placement: Number.NaN };
  let pending = { sum: 0, count: 0 };
  let week = 0;
  const observe = () => {
    const now = dept.now();
    if (week === 0) recorder.begin(dept.openCases + dept.waiting.size);
    if (week === lastYearWeek) recorder.beginLastYear(dept.openCases + dept.waiting.size);
    recorder.closeWeek(week);
    sampleState(dept, now, recorder.series, week);
    if (week < horizonWeeks) dept.kernel.at(DAYS_PER_WEEK, observe, dept);
    else {
      audit = auditShares(dept, now);
      pending = pendingWaits(dept, now);
      letDownAtHorizon(dept, now);
      dept.enterWaitingRepeats();
    }
    week++;
  };
  dept.kernel.at(warmupDays, observe, dept);

  // A safety net under the up-front bound (work-bound.ts): no scenario can hang a tab or a worker.
  const maxEvents = Math.ceil(20 * estimateEventsPerReplication(scenario)) + 100_000;
  if (!kernel.simulate(endDay, maxEvents)) {
    throw new WorkLimitError(
      `replication ${replication} exceeded ${maxEvents} events, 20 times the estimate for this scenario`,
    );
  }
  recorder.closeDeadlines(warmupDays);
  const horizon = { from: warmupDays, to: endDay, lastYearFrom: warmupDays + lastYearWeek * DAYS_PER_WEEK };
  const money = spendingOf(scenario, dept.spending, posts, recorder.series, horizon);
  return {
    replication,
    metrics: { ...metricsOf(scenario, recorder, audit, pending, horizon), ...money },
    series: recorder.series,
    events: kernel.scheduled,
    arrivals: dept.arrivals,
    assumptions: drawn,
  };
}

function metricsOf(
  scenario: Scenario,
  recorder: Recorder,
  audit: Audit,
  pending: { sum: number; count: number },
  horizon: Horizon,
): Record<Exclude<MetricId, MoneyMetric>, number> {
  const t = recorder.totals;
  const weeks = scenario.simulation.horizonWeeks;
  /** Mean over the weekly samples at the end of weeks 1..H (week 0 is the starting state). */
  const mean = (id: StateSeries) => {
    const values = recorder.series[id];
    let sum = 0;
    for (let k = 1; k <= weeks; k++) sum += values[k] as number;
    return sum / weeks;
  };
  const last = (id: StateSeries) => recorder.series[id][weeks] as number;
  const years = scenario.simulation.horizonWeeks / WEEKS_PER_YEAR;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
  const deadlines = (kind: DeadlineKind) => recorder.deadlines.tally(kind, horizon.from, horizon.to);
  const investigations = deadlines(DeadlineKind.Investigation);
  const followUps = deadlines(DeadlineKind.FollowUp);
  const lastYearInvestigations = recorder.deadlines.tally(DeadlineKind.Investigation, horizon.lastYearFrom, horizon.to);
  return {
    waitingList: mean('waitingList'),
    waitingListEnd: last('waitingList'),
    caseloadEnd: last('caseload'),
    waitingPastDeadline: mean('waitingPastDeadline'),
    waitingPastDeadlineEnd: last('waitingPastDeadline'),
    waitDays: ratio(t.waitSum + pending.sum, t.waitCount + pending.count),
    openCases: mean('openCases'),
    openCasesEnd: last('openCases'),
    caseload: mean('caseload'),
    caseloadMax: mean('caseloadMax'),
    pressure: mean('pressure'),
    investigationsLateShare: ratio(investigations.missed, investigations.due),
    followUpsLateShare: ratio(followUps.missed, followUps.due),
    childrenLetDownShare: ratio(recorder.childrenLetDown, recorder.children),
    investigationsLateShareLastYear: ratio(lastYearInvestigations.missed, lastYearInvestigations.due),
    childrenLetDownShareLastYear: ratio(recorder.lastYear.childrenLetDown, recorder.lastYear.children),
    decisionErrorShare: ratio(t.decisionErrors, t.decisions),
    auditedFileErrorShare: audit.all,
    auditedPlacementFileErrorShare: audit.placement,
    deadlineBreachesPerYear: deadlines(DeadlineKind.Any).missed / years,
    decisionsPerYear: t.decisions / years,
  };
}

type MoneyMetric =
  | 'staffCostPerYear'
  | 'recruitmentCostPerYear'
  | 'preventiveCostPerYear'
  | 'placementCostPerYear'
  | 'totalCostPerYear'
  | 'totalCost'
  | 'placementsStartedPerYear'
  | 'turnoverPerYear'
  | 'vacantFte';

/**
 * Staff and measures in money, read from the daily accruals once the run is over (a case's
 * whole path is costed when it is known, so days are complete only at the end): the weekly
 * spend series and the horizon's totals per year.
 */
function spendingOf(
  scenario: Scenario,
  spending: Spending,
  posts: Posts,
  series: Record<SeriesId, Float64Array>,
  horizon: Horizon,
): Record<MoneyMetric, number> {
  const perFteDay = scenario.advisors.fullCostPerFteDkk / DAYS_PER_YEAR;
  const weeks = scenario.simulation.horizonWeeks;
  const weekly = {
    spendStaff: posts.filled.weekSums(horizon.from, weeks, perFteDay),
    spendRecruitment: posts.recruitment.weekSums(horizon.from, weeks),
    spendPreventive: spending.preventive.weekSums(horizon.from, weeks),
    spendPlacement: spending.placement.weekSums(horizon.from, weeks),
  };
  const totals = { spendStaff: 0, spendRecruitment: 0, spendPreventive: 0, spendPlacement: 0 };
  for (const id of Object.keys(weekly) as (keyof typeof weekly)[]) {
    series[id][0] = 0;
    for (let k = 1; k <= weeks; k++) {
      const week = weekly[id][k - 1] as number;
      series[id][k] = week;
      totals[id] += week;
    }
  }
  const days = horizon.to - horizon.from;
  const years = days / DAYS_PER_YEAR;
  const total = totals.spendStaff + totals.spendRecruitment + totals.spendPreventive + totals.spendPlacement;
  return {
    staffCostPerYear: totals.spendStaff / years,
    recruitmentCostPerYear: totals.spendRecruitment / years,
    preventiveCostPerYear: totals.spendPreventive / years,
    placementCostPerYear: totals.spendPlacement / years,
    totalCostPerYear: total / years,
    totalCost: total,
    placementsStartedPerYear: spending.placementsStarted.sum(horizon.from, horizon.to) / years,
    turnoverPerYear: posts.departures.sum(horizon.from, horizon.to) / years,
    vacantFte: posts.vacant.sum(horizon.from, horizon.to) / days,
  };
}
