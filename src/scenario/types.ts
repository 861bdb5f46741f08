/**
 * The resolved scenario: every parameter present, validated and in its documented unit.
 * Scenario files (`scenarios/*.json`) hold the same shape with any field optional; parsing
 * (`parse.ts`) fills defaults (`defaults.ts`), checks ranges once, and hands the model this
 * type, which it trusts without further checks.
 */
import type { Days, Dkk, Fte, Hours, Percent, Share, Weeks } from './units.ts';

/** Version of the scenario file format. Bumped when a field changes meaning. */
export const SCHEMA_VERSION = 1;

export interface Scenario {
  /** Scenario file format version; must equal {@link SCHEMA_VERSION}. */
  schemaVersion: number;
  /** Human title, shown in the app and in reports. */
  title: string;
  /** Sources and assumptions behind the numbers, in prose. */
  notes: string;
  simulation: SimulationSettings;
  intake: IntakeSettings;
  /** The kinds of case the department holds; the list is data, not code. */
  caseTypes: CaseType[];
  advisors: AdvisorSettings;
  allocation: AllocationSettings;
  documentation: DocumentationSettings;
  practice: PracticeSettings;
  costs: CostSettings;
  outcomes: OutcomeSettings;
  audit: AuditSettings;
  uncertainty: UncertaintySettings;
}

export interface UncertaintySettings {
  /** Whether each replication draws the assumptions from their ranges (default false: the values as given). */
  draw: boolean;
  assumptions: AssumptionRange[];
}

/**
 * A parameter no source fixes, with a plausible range around its value. Drawn triangular with
 * its peak at the scenario's own value, from a stream of its own (common random numbers hold).
 */
export interface AssumptionRange {
  id: string;
  /** A numeric parameter path (`advisors.productiveShare`, `caseTypes.investigation.duration.meanDays`). */
  path: string;
  low: number;
  high: number;
  /** Where the range comes from, or *assumption* and why. */
  source: string;
}

/** How the department works from week 0 (the warm-up runs today's practice: factor 1, each task's own interval). */
export interface PracticeSettings {
  /** Contact hours of every case times this, from week 0. */
  contactFactor: number;
  /** Interval of repeated follow-ups from week 0, days; null = each task's own. */
  followUpEveryDays: Days | null;
}

export interface CostSettings {
  /** A child in foster care, DKK per year. */
  fosterCarePerYearDkk: Dkk;
  /** A child in residential care, DKK per year. */
  residentialCarePerYearDkk: Dkk;
  /** Share of placements in residential care (before the placement response). */
  residentialShare: Share;
}

export interface OutcomeSettings {
  /**
   * h(c): for a child notified while the department holds c open cases per productive FTE,
   * multiplies the probability of a placement, that it is residential, and (below 1) its length
   * (mathjs in `c`; `1` = off).
   */
  placementResponse: string;
  /** `a` in the placement response formula (the slope; 0 = no response). */
  placementResponseParameter: number;
}

export interface SimulationSettings {
  /** Length of the projection, weeks (default 104 = 2 years). */
  horizonWeeks: Weeks;
  /** Weeks simulated before metrics are recorded (default 0: the run starts from today's state). */
  warmupWeeks: Weeks;
  /** Independent replications (default 40). */
  replications: number;
  /** Seed of every random stream (integer, default 1). */
  seed: number;
  /** Posts during the warm-up (today's department); null = `advisors.fte`. */
  warmupFte: Fte | null;
  /** Cap during the warm-up (today's); null = `advisors.caseCap`. */
  warmupCaseCap: number | null;
}

export type GrowthKind = 'none' | 'step' | 'ramp';

export interface IntakeSettings {
  growth: {
    /** `none`, `step` (jump by `percent` at `startWeek`) or `ramp` (linear over `rampWeeks`). */
    kind: GrowthKind;
    /** Change in the intake rate once the growth has taken full effect, percent (+25 = Horsens). */
    percent: Percent;
    /** Week at which the step happens or the ramp begins. */
    startWeek: Weeks;
    /** Length of the ramp, weeks (ignored by `step`). */
    rampWeeks: Weeks;
  };
  seasonality: {
    /** Relative amplitude of a yearly cosine in the intake rate (0 = none). */
    amplitudeShare: Share;
    /** Week of the year at which intake peaks. */
    peakWeek: Weeks;
  };
}

export type DurationDistribution = 'lognormal' | 'exponential' | 'fixed';

export interface CaseType {
  /** Stable identifier, used in `next` and in URLs (`investigation`, `preventive`, ...). */
  id: string;
  /** Danish label shown to users. */
  label: string;
  /** New cases of this type from outside, per week, before growth. */
  arrivalsPerWeek: number;
  /** Share of new cases that are urgent and go first on the waiting list. */
  urgentShare: Share;
  /** Open cases of this type at time 0; `null` = steady state (arrival rate x mean duration). */
  initialOpen: number | null;
  /** How long the phase runs from allocation until its end tasks are released. */
  duration: {
    distribution: DurationDistribution;
    /** Mean, days. */
    meanDays: Days;
    /** Coefficient of variation (standard deviation / mean); lognormal only. */
    cv: number;
  };
  /** Steady contact with the child and family while the case is open, hours per week. */
  contactHoursPerWeek: Hours;
  /** Yearly cost of the measure while the phase runs, DKK (placement types use `costs`). */
  costPerYearDkk: Dkk;
  /** Whether the child is placed outside the home: `auditedPlacementFileErrorShare` counts these files. */
  isPlacement: boolean;
  /** Milestone tasks of this phase. */
  tasks: TaskType[];
  /**
   * What the case becomes when this phase ends: case type id -> probability. The remainder
   * (1 - sum) closes the case.
   */
  next: Record<string, Share>;
}

export type TaskKind = 'investigation' | 'followUp' | 'plan' | 'decision' | 'other';

export interface TaskType {
  id: string;
  /** Danish label shown to users. */
  label: string;
  /** Which deadline metric the task counts toward (`investigation`, `followUp`) or neither. */
  kind: TaskKind;
  /**
   * `start`: scheduled when the phase starts (due `dueDays` after the anchor, repeated every
   * `repeatEveryDays` while the phase lasts). `end`: released when the phase duration is
   * over; the phase closes when all its end tasks are done.
   */
  trigger: 'start' | 'end';
  /** Due date, days after the anchor. */
  dueDays: Days;
  /** Anchor of the due date: the phase's start (or end, for end tasks), or the case's arrival. */
  dueFrom: 'phase' | 'arrival';
  /** A start task may be worked from this many days before its due date. */
  windowDays: Days;
  /** Repeat interval for start tasks, days; `null` = once. */
  repeatEveryDays: Days | null;
  /** Working hours the task takes when done in full. */
  hours: Hours;
  /** Part of `hours` that is documentation, which an advisor cuts first under pressure. */
  documentationShare: Share;
  /** Whether the task ends in an afgørelse (decision) that must carry the legal elements. */
  decision: boolean;
}

export interface AdvisorSettings {
  /** Headcount in full-time equivalents (årsværk). */
  fte: Fte;
  /** Contract hours per week of one FTE (37 in Denmark). */
  hoursPerWeek: Hours;
  /** Share of contract hours left for casework after meetings, supervision, travel, leave. */
  productiveShare: Share;
  /** Multiplies every task's hours (1 = as the case types say): the time estimates are uncertain. */
  taskHoursScale: number;
  /** Target caseload: open cases per FTE an advisor may be given (the cap). */
  caseCap: number;
  /** Full yearly cost of one FTE including overhead, DKK. */
  fullCostPerFteDkk: Dkk;
  /** Posts added (fte > 0) or removed (fte < 0) at week `week` of the horizon. */
  hiring: HiringStep[];
  staffing: StaffingSettings;
}

export interface HiringStep {
  /** Week of the horizon (0 = the start). */
  week: Weeks;
  /** Change in posts, FTE: +10 adds ten posts, which recruit and onboard; −2 removes two. */
  fte: Fte;
}

export interface StaffingSettings {
  /** Share of advisors leaving per year (0 = stable staff). */
  attritionPerYear: Share;
  /** Days from a departure until the replacement starts. */
  recruitmentDelayDays: Days;
  /** Days a new advisor works at reduced capacity and cap. */
  onboardingDays: Days;
  /** Capacity and cap of a new advisor during onboarding, as a share of a full one. */
  onboardingCapacityShare: Share;
  /** f(p): multiplies the attrition rate at department pressure p (mathjs in `p`; `1` = off). */
  attritionPressureCurve: string;
  /** Cost of filling a post (new or replacement), DKK. */
  recruitmentCostDkk: Dkk;
}

export interface AllocationSettings {
  /** When every advisor is at the cap: `waitlist` (the case waits) or `overfill` (assign anyway). */
  policy: 'waitlist' | 'overfill';
  /** Under `overfill`, the most cases per FTE an advisor can be given. */
  hardMaxCases: number;
}

export interface DocumentationSettings {
  /** Legal elements every decision must carry (partshøring, begrundelse, klagevejledning). */
  legalElements: string[];
  /** Probability that an element is missing even with full documentation time. */
  baseMissingProbability: Share;
  /**
   * g(s): extra missing probability as a function of s, the share of documentation time cut
   * (0..1). A mathjs expression in `s`; increasing, g(0) = 0, g(1) <= 1.
   */
  errorCurve: string;
  /** `a` in the error curve formula (default `s ^ a`). */
  errorCurveParameter: number;
  /**
   * k(c): multiplies `baseMissingProbability` for a decision by an advisor holding c open
   * cases per productive FTE (mathjs expression in `c`; non-negative, non-decreasing; `1` = off).
   */
  caseloadEffect: string;
}

export interface AuditSettings {
  /** How far back an audit of a case file looks, weeks. */
  windowWeeks: Weeks;
  /** Whether a missed deadline in the window counts as an error in the file (as Ankestyrelsen counts it). */
  countDeadlineBreaches: boolean;
}

/** Any object with some of a scenario's fields: what a file, a URL or `--set` provides. */
export type ScenarioInput = DeepPartial<Scenario>;

export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
