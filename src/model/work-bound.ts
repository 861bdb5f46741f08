/**
 * The work a scenario may ask for is bounded before it starts: replications x expected
 * events per replication must stay under {@link MAX_EVENTS_PER_RUN}. The estimate counts
 * arrivals, phases, task timers and weekly samples from the closed-form flows.
 */
import type { Scenario } from '../scenario/types.ts';
import { phaseInflowPerWeek, steadyStateOpen } from './flows.ts';
import { expectedOccurrences } from './workload.ts';

/** Most simulated events one run (all replications) may schedule: a few minutes of one core. */
export const MAX_EVENTS_PER_RUN = 400_000_000;

/** Timers one task costs: release, completion, and re-plans while it waits. */
const EVENTS_PER_TASK = 5;

/** Thrown when a replication schedules far more events than estimated (the safety net). */
export class WorkLimitError extends Error {
  override name = 'WorkLimitError';
}

/** Expected events scheduled by one replication. */
export function estimateEventsPerReplication(scenario: Scenario): number {
  const { horizonWeeks, warmupWeeks } = scenario.simulation;
  const weeks = horizonWeeks + warmupWeeks;
  const { growth, seasonality } = scenario.intake;
  const peak = Math.max(1, 1 + growth.percent / 100) * (1 + seasonality.amplitudeShare);
  const inflow = phaseInflowPerWeek(scenario, peak);
  const initial = steadyStateOpen(scenario).reduce((a, b) => a + b, 0);
  let events = weeks + initial * 2;
  scenario.caseTypes.forEach((type, i) => {
    const phases = (inflow[i] as number) * weeks + initial / scenario.caseTypes.length;
    const tasks = type.tasks.reduce(
      (n, t) => n + (t.trigger === 'end' ? 1 : expectedOccurrences(type, t.dueDays, t.repeatEveryDays)),
      0,
    );
    events += type.arrivalsPerWeek * peak * weeks + phases * (2 + EVENTS_PER_TASK * tasks);
  });
  const attrition = scenario.advisors.staffing.attritionPerYear;
  events += scenario.advisors.fte * attrition * (weeks / 52) * 4;
  return events;
}

/** Null when the run fits the bound, else a one-line message naming the bound. */
export function checkWorkBound(scenario: Scenario, replications: number): string | null {
  const perReplication = estimateEventsPerReplication(scenario);
  const total = perReplication * replications;
  if (total <= MAX_EVENTS_PER_RUN) return null;
  const f = (n: number) => n.toExponential(2);
  const most = Math.floor(MAX_EVENTS_PER_RUN / perReplication);
  const advice = most >= 1 ? `at most ${most} replications fit` : 'not even one replication fits; use a shorter horizon or a smaller department';
  return (
    `this run would schedule about ${f(total)} events (${replications} replications x ${f(perReplication)}), ` +
    `over the limit of ${f(MAX_EVENTS_PER_RUN)} events per run; ${advice}`
  );
}
