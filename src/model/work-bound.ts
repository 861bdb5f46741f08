/**
 * The work a scenario may ask for is bounded before it starts, in time and in memory:
 * replications x expected events per replication must stay under {@link MAX_EVENTS_PER_RUN}
 * (the estimate counts arrivals, phases, task timers and weekly samples from the closed-form
 * flows), and one replication's cases held at once must fit {@link MAX_BYTES_PER_REPLICATION}
 * (each worker holds one replication at a time, so memory does not grow with replications).
 */
import type { Scenario } from '../scenario/types.ts';
import { phaseInflowPerWeek, steadyStateOpen } from './flows.ts';
import { expectedOccurrences } from './workload.ts';

/** Most simulated events one run (all replications) may schedule: a few minutes of one core. */
export const MAX_EVENTS_PER_RUN = 400_000_000;

/**
 * Most memory one replication may hold: a worker in a browser tab has a few gigabytes at most,
 * and the page and the other workers share the machine.
 */
export const MAX_BYTES_PER_REPLICATION = 1e9;

/**
 * Heap per case held at once (open or waiting), with its path, tasks, timers and error stream:
 * measured at 1.9-2.0 kB after collection on status-quo at 5x and 10x (live heap over open
 * cases); 3 kB leaves room for garbage between collections.
 */
const BYTES_PER_CASE = 3000;
/** Heap per simulated day (the daily ledgers and accruals, about a dozen arrays of doubles). */
const BYTES_PER_DAY = 12 * 8;

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

/**
 * Cases one replication holds at its peak: the open cases the flows give at peak intake, plus
 * the waiting list that builds when they exceed the slots (posts at their most x cap): the
 * excess share of intake, waiting for the whole run.
 */
export function estimateCasesHeld(scenario: Scenario): number {
  const { horizonWeeks, warmupWeeks } = scenario.simulation;
  const { growth, seasonality } = scenario.intake;
  const peak = Math.max(1, 1 + growth.percent / 100) * (1 + seasonality.amplitudeShare);
  const open = steadyStateOpen(scenario, peak).reduce((a, b) => a + b, 0);
  const hired = scenario.advisors.hiring.reduce((sum, step) => sum + Math.max(0, step.fte), 0);
  const slots = (scenario.advisors.fte + hired) * scenario.advisors.caseCap;
  const arrivals = scenario.caseTypes.reduce((sum, t) => sum + t.arrivalsPerWeek * peak, 0);
  const excess = open > slots ? 1 - slots / open : 0;
  return Math.min(open, slots) + open * excess + arrivals * excess * (horizonWeeks + warmupWeeks);
}

/** Memory one replication needs at its peak, bytes. */
export function estimateBytesPerReplication(scenario: Scenario): number {
  const { horizonWeeks, warmupWeeks } = scenario.simulation;
  return estimateCasesHeld(scenario) * BYTES_PER_CASE + (horizonWeeks + warmupWeeks) * 7 * BYTES_PER_DAY;
}

/** Null when the run fits the bound, else a one-line message naming the bound. */
export function checkWorkBound(scenario: Scenario, replications: number): string | null {
  const bytes = estimateBytesPerReplication(scenario);
  if (bytes > MAX_BYTES_PER_REPLICATION) {
    const gb = (n: number) => `${(n / 1e9).toFixed(1)} GB`;
    return (
      `one replication would hold about ${gb(bytes)} (about ${Math.round(estimateCasesHeld(scenario)).toExponential(2)} open or waiting cases at once), ` +
      `over the limit of ${gb(MAX_BYTES_PER_REPLICATION)} per replication whatever the number of replications; use a shorter horizon, a smaller department or more advisors`
    );
  }
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
