/**
 * The mutable records one replication creates: cases moving through phases, and the
 * milestone tasks those phases give their advisor. Plain objects with numeric fields,
 * because a replication creates tens of thousands of them.
 */
import type { Timer } from '../kernel/simjs.ts';
import type { AleaState } from '../random/alea.ts';
import type { Days, Hours } from '../scenario/units.ts';
import type { Advisor } from './advisor.ts';
import type { PhaseType, TaskPlan } from './plan.ts';

/**
 * A case also holds its error stream's state (`AleaState`: the draws for the legal elements of
 * its decisions), seeded on its first decision, `aleaS0` NaN until then: in the case's own
 * fields rather than a generator object, because the case is at hand when it decides and a
 * separate, long-lived object was a cache miss per decision and garbage to copy at scale.
 */
export interface Case extends AleaState {
  /** Creation order, for deterministic tie-breaks. */
  readonly seq: number;
  /** Day the municipality learned of the case (deadlines `from arrival` count from here). */
  readonly arrival: Days;
  readonly urgent: boolean;
  /**
   * The phases the child's need runs through and how long each lasts, set when the
   * municipality learns of the child (see {@link PathStep}). Drawn up front from the case
   * type's stream, a fixed number of uniforms per case, so the k-th case of a type is the same
   * child in every scenario (common random numbers) without a stream per case.
   */
  readonly steps: PathStep[];
  /** Index of the current phase in `steps`. */
  step: number;
  /**
   * Names this case's error stream, created on its first decision: the case type's index
   * (negative, -1 - index, for cases open on day 0) and the case's ordinal within it.
   */
  readonly origin: number;
  readonly ordinal: number;
  phase: PhaseType;
  phaseStart: Days;
  phaseEndTimer: Timer | null;
  advisor: Advisor | null;
  /** Neighbours on the advisor's {@link CaseList} (null off any list or at its ends). */
  listPrev: Case | null;
  listNext: Case | null;
  /** Day allocated to an advisor (NaN while waiting). */
  allocatedAt: Days;
  /** Tasks scheduled or queued and not yet done. */
  tasks: Task[];
  /** End tasks of the current phase still to finish before the phase closes. */
  endTasksLeft: number;
  /** Day of the latest decision missing a legal element (-Infinity if none). */
  lastDecisionError: Days;
  /** Day of the latest missed deadline (-Infinity if none). */
  lastBreach: Days;
  /**
   * Earliest deadline entered in the ledger that no task stands for yet (Infinity if none):
   * the first deadlines of a case on the waiting list, and an investigation's deadline from
   * notification while the investigation runs. Passing it is a breach the audit sees.
   */
  openDeadline: Days;
  /** The first occurrences of the current phase's start tasks were entered while the case waited. */
  startEntered: boolean;
  /** The current phase's end deadlines counted from arrival are already entered. */
  endEntered: boolean;
  /** Contact hours a week this case's running phase adds to its advisor's load (0 once the phase has ended). */
  contact: Hours;
  /** Whether the child has been let down during the horizon (counted once). */
  affected: boolean;
  /** Whether the child has been let down during the horizon's last year (counted once). */
  affectedLastYear: boolean;
}

/**
 * A case as it arrives: first in `phase`, not yet allocated, nothing scheduled and nothing
 * entered. Every field is set here, in one order, so every case has one shape.
 */
export function newCase(seq: number, phase: PhaseType, origin: number, ordinal: number, arrival: Days, urgent: boolean, steps: PathStep[]): Case {
  return {
    seq,
    arrival,
    urgent,
    steps,
    step: 0,
    origin,
    ordinal,
    aleaS0: Number.NaN,
    aleaS1: Number.NaN,
    aleaS2: Number.NaN,
    aleaCarry: 1,
    phase,
    phaseStart: Number.NaN,
    phaseEndTimer: null,
    advisor: null,
    listPrev: null,
    listNext: null,
    allocatedAt: Number.NaN,
    tasks: [],
    endTasksLeft: 0,
    lastDecisionError: -Infinity,
    lastBreach: -Infinity,
    openDeadline: Infinity,
    startEntered: false,
    endEntered: false,
    contact: 0,
    affected: false,
    affectedLastYear: false,
  };
}

/**
 * Closed cases, filled in again for the next arrival instead of a new object: at national size
 * allocating each new case into memory the processor had not touched was most of `createCase`'s
 * time. A case is given back when it closes: off its advisor's list, no phase timer, no task
 * (every task finished), and nothing else holds it (the waiting list and the recorder do not).
 */
export class CasePool {
  private readonly spare: Case[] = [];

  /** A case as {@link newCase} makes it, in a closed case's object when there is one. */
  take(seq: number, phase: PhaseType, origin: number, ordinal: number, arrival: Days, urgent: boolean, steps: PathStep[]): Case {
    const c = this.spare.pop() as Mutable<Case> | undefined;
    if (!c) return newCase(seq, phase, origin, ordinal, arrival, urgent, steps);
    c.seq = seq;
    c.arrival = arrival;
    c.urgent = urgent;
    c.steps = steps;
    c.step = 0;
    c.origin = origin;
    c.ordinal = ordinal;
    c.aleaS0 = Number.NaN;
    c.aleaS1 = Number.NaN;
    c.aleaS2 = Number.NaN;
    c.aleaCarry = 1;
    c.phase = phase;
    c.phaseStart = Number.NaN;
    c.phaseEndTimer = null;
    c.advisor = null;
    c.listPrev = null;
    c.listNext = null;
    c.allocatedAt = Number.NaN;
    c.tasks.length = 0;
    c.endTasksLeft = 0;
    c.lastDecisionError = -Infinity;
    c.lastBreach = -Infinity;
    c.openDeadline = Infinity;
    c.startEntered = false;
    c.endEntered = false;
    c.contact = 0;
    c.affected = false;
    c.affectedLastYear = false;
    return c;
  }

  /** Takes back a closed case (see the class comment for when nothing holds it). */
  give(c: Case): void {
    this.spare.push(c);
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One phase of a child's path. */
export interface PathStep {
  readonly phase: PhaseType;
  /** How long the phase runs once it starts, days. */
  readonly duration: Days;
  /** A placement in residential care rather than foster care. */
  readonly residential: boolean;
}

export const enum TaskState {
  Scheduled,
  Queued,
  Done,
  Dropped,
}

/**
 * A milestone task. Not readonly: a finished task's object is filled in again for the next task
 * (TaskPool in tasks.ts), once nothing holds it.
 */
export interface Task {
  seq: number;
  owner: Case;
  plan: TaskPlan;
  due: Days;
  state: TaskState;
  releaseTimer: Timer | null;
  /** Hours of work left, documentation included. */
  remaining: Hours;
  /** Hours of documentation left (documentation is written last, so it is the tail of `remaining`). */
  documentationLeft: Hours;
  /** Hours of documentation cut to meet the due date. */
  cut: Hours;
}
