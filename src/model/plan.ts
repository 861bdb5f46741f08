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
  /** `next` with the placement response h applied (see Department.nextPhase). */
  respond(h: number): readonly (readonly [number, number])[];
  readonly meanDays: Days;
  /**
   * Days an advisor needs before the phase's first deadline can be met: its usual length when an
   * end deadline runs from notification (an investigation's report comes once it has run), else 0.
   */
  readonly leadDays: Days;
}

/** Builds the phase table; indices follow the order of `scenario.caseTypes`. */
export function planPhases(scenario: Scenario): PhaseType[] {
  const index = new Map(scenario.caseTypes.map((t, i) => [t.id, i]));
  return scenario.caseTypes.map((spec, i) => {
    const tasks = spec.tasks.map(planTask);
    const shares = Object.entries(spec.next).map(([id, share]): [number, number] => [index.get(id) as number, share]);
    const isPlacement = (i: number) => scenario.caseTypes[i]?.isPlacement === true;
    const alternative = shares.findIndex(([i]) => !isPlacement(i));
    const respond = (h: number) => {
      const scaled = shares.map(([i, p]): [number, number] => [i, isPlacement(i) ? p * h : p]);
      const moved = shares.reduce((sum, [i, p]) => sum + (isPlacement(i) ? p - p * h : 0), 0);
      const target = scaled[alternative];
      if (target) target[1] = Math.max(0, target[1] + moved);
      const total = scaled.reduce((sum, [, p]) => sum + p, 0);
      // More placements than there is probability for: scale them back so the shares sum to 1.
      const fit = total > 1 ? 1 / total : 1;
      let cumulative = 0;
      return scaled.map(([i, p]): [number, number] => [i, (cumulative += p * fit)]);
    };
    const next = respond(1);
    // Called for every child notified: no placement target, nothing to scale; otherwise one
    // table per value of h (the response is read to a hundredth of a case, so there are few).
    const hasPlacement = shares.some(([j]) => isPlacement(j));
    const tables = new Map<number, readonly (readonly [number, number])[]>([[1, next]]);
    const cached = (h: number) => {
      if (!hasPlacement) return next;
      let table = tables.get(h);
      if (!table) {
        table = respond(h);
        if (tables.size > 10_000) tables.clear();
        tables.set(h, table);
      }
      return table;
    };
    return {
      index: i,
      spec,
      contactPerWeek: spec.contactHoursPerWeek,
      startTasks: tasks.filter((t) => !t.isEnd),
      endTasks: tasks.filter((t) => t.isEnd),
      next,
      respond: cached,
      meanDays: spec.duration.meanDays,
      leadDays: tasks.some((t) => t.isEnd && t.spec.dueFrom === 'arrival') ? spec.duration.meanDays : 0,
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
