/**
 * The scenario's case types turned into the lookup structures the simulation uses on every
 * event: indices instead of ids, task lists split by trigger, outcome probabilities as a
 * cumulative table. Built once per replication from the trusted, resolved scenario.
 */
import type { CaseType, Scenario, TaskType } from '../scenario/types.ts';
import type { Days, Hours } from '../scenario/units.ts';
import { DAYS_PER_WEEK } from '../scenario/units.ts';

export interface TaskPlan {
  readonly spec: TaskType;
  readonly hours: Hours;
  readonly documentationHours: Hours;
  readonly isInvestigation: boolean;
  readonly isFollowUp: boolean;
  readonly decision: boolean;
  /** Whether the phase waits for this task before it closes. */
  readonly isEnd: boolean;
}

export interface PhaseType {
  readonly index: number;
  readonly spec: CaseType;
  readonly contactPerWeek: Hours;
  readonly startTasks: readonly TaskPlan[];
  readonly endTasks: readonly TaskPlan[];
  /** Cumulative probabilities of the next phase: [phase index, cumulative share]. */
  readonly next: readonly (readonly [number, number])[];
  readonly meanDays: Days;
}

/** Builds the phase table; indices follow the order of `scenario.caseTypes`. */
export function planPhases(scenario: Scenario): PhaseType[] {
  const index = new Map(scenario.caseTypes.map((t, i) => [t.id, i]));
  return scenario.caseTypes.map((spec, i) => {
    const tasks = spec.tasks.map(planTask);
    let cumulative = 0;
    const next = Object.entries(spec.next).map(([id, share]): [number, number] => {
      cumulative += share;
      return [index.get(id) as number, cumulative];
    });
    return {
      index: i,
      spec,
      contactPerWeek: spec.contactHoursPerWeek,
      startTasks: tasks.filter((t) => !t.isEnd),
      endTasks: tasks.filter((t) => t.isEnd),
      next,
      meanDays: spec.duration.meanDays,
    };
  });
}

function planTask(spec: TaskType): TaskPlan {
  return {
    spec,
    hours: spec.hours,
    documentationHours: spec.hours * spec.documentationShare,
    isInvestigation: spec.kind === 'investigation',
    isFollowUp: spec.kind === 'followUp',
    decision: spec.decision,
    isEnd: spec.trigger === 'end',
  };
}

/** Hours per week the phase's contact load takes, per day of simulation. */
export function contactPerDay(phase: PhaseType): Hours {
  return phase.contactPerWeek / DAYS_PER_WEEK;
}
