/**
 * Every default in one place, each with its source in ../shared/domain/facts.md or the word
 * *assumption*. A scenario file only states what differs from these.
 */
import type { CaseType, Scenario, TaskType } from './types.ts';
import { SCHEMA_VERSION } from './types.ts';

/** Barnets lov § 20 stk. 3: a børnefaglig undersøgelse is due 4 months after the municipality learns of the child. */
export const INVESTIGATION_DEADLINE_DAYS = 122;
/** Barnets lov §§ 91, 95: barnets plan and the first follow-up within 3 months. */
const THREE_MONTHS_DAYS = 91;
/** Old SEL § 70 (at most every 6 months); Barnets lov § 95 leaves it case-specific (*assumption*: 6 months). */
const FOLLOW_UP_INTERVAL_DAYS = 182;

const followUp = (hours: number): TaskType => ({
  id: 'followUp',
  label: 'Opfølgning',
  kind: 'followUp',
  trigger: 'start',
  dueDays: THREE_MONTHS_DAYS,
  dueFrom: 'phase',
  windowDays: 28,
  repeatEveryDays: FOLLOW_UP_INTERVAL_DAYS,
  hours,
  documentationShare: 0.5,
  decision: true,
});

const plan = (hours: number): TaskType => ({
  id: 'plan',
  label: 'Barnets plan',
  kind: 'plan',
  trigger: 'start',
  dueDays: THREE_MONTHS_DAYS,
  dueFrom: 'phase',
  windowDays: 60,
  repeatEveryDays: null,
  hours,
  documentationShare: 0.7,
  decision: false,
});

const closingDecision = (hours: number): TaskType => ({
  id: 'close',
  label: 'Afgørelse om ophør',
  kind: 'decision',
  trigger: 'end',
  dueDays: 28,
  dueFrom: 'phase',
  windowDays: 0,
  repeatEveryDays: null,
  hours,
  documentationShare: 0.5,
  decision: true,
});

/**
 * Default case types for a mid-sized department (about 30 FTE, 1 350 open cases). The mix
 * follows DST's stock of measures (42 111 preventive, 13 600 placed, 2019); rates per week
 * and hours per task are *assumptions* sized so that the workload formula needs about
 * 36 cases per FTE, between the union guideline (20-30) and today's 40-50.
 */
export const DEFAULT_CASE_TYPES: CaseType[] = [
  {
    id: 'investigation',
    label: 'Børnefaglig undersøgelse',
    arrivalsPerWeek: 10,
    urgentShare: 0.15,
    initialOpen: null,
    duration: { distribution: 'lognormal', meanDays: 70, cv: 0.5 },
    contactHoursPerWeek: 0.8,
    isPlacement: false,
    tasks: [
      {
        id: 'bfu',
        label: 'Undersøgelse afsluttes med afgørelse',
        kind: 'investigation',
        trigger: 'end',
        dueDays: INVESTIGATION_DEADLINE_DAYS,
        dueFrom: 'arrival',
        windowDays: 0,
        repeatEveryDays: null,
        hours: 18,
        documentationShare: 0.5,
        decision: true,
      },
    ],
    next: { preventive: 0.5, placement: 0.08 },
  },
  {
    id: 'preventive',
    label: 'Forebyggende foranstaltning',
    arrivalsPerWeek: 7.5,
    urgentShare: 0,
    initialOpen: null,
    duration: { distribution: 'lognormal', meanDays: 540, cv: 0.8 },
    contactHoursPerWeek: 0.25,
    isPlacement: false,
    tasks: [plan(4), followUp(4.5), closingDecision(2.5)],
    next: { placement: 0.04 },
  },
  {
    id: 'placement',
    label: 'Anbringelse',
    arrivalsPerWeek: 0.5,
    urgentShare: 0.5,
    initialOpen: null,
    duration: { distribution: 'lognormal', meanDays: 900, cv: 0.7 },
    contactHoursPerWeek: 0.45,
    isPlacement: true,
    tasks: [
      {
        id: 'placementDecision',
        label: 'Afgørelse om anbringelse',
        kind: 'decision',
        trigger: 'start',
        dueDays: 14,
        dueFrom: 'phase',
        windowDays: 14,
        repeatEveryDays: null,
        hours: 8,
        documentationShare: 0.5,
        decision: true,
      },
      plan(7),
      followUp(6),
      closingDecision(4),
    ],
    next: {},
  },
];

export const DEFAULT_SCENARIO: Scenario = {
  schemaVersion: SCHEMA_VERSION,
  title: 'Status quo',
  notes: '',
  simulation: { horizonWeeks: 104, warmupWeeks: 0, replications: 40, seed: 1 },
  intake: {
    growth: { kind: 'none', percent: 0, startWeek: 0, rampWeeks: 52 },
    seasonality: { amplitudeShare: 0, peakWeek: 10 },
  },
  caseTypes: DEFAULT_CASE_TYPES,
  advisors: {
    // A mid-sized department: model.md's status-quo (about 30 FTE).
    fte: 30,
    // DS defines its caseload guideline for a 37-hour week.
    hoursPerWeek: 37,
    // *assumption*: 6 weeks' holiday, 6.2 % sick leave (DS 2022), meetings and supervision.
    productiveShare: 0.7,
    // Surveys: averages of 31 (2023), 33 (2019), about 42 (2014), 40-50 in Horsens/Herning debate.
    caseCap: 50,
    // *assumption*: about 500 000 DKK per FTE (Herning budgets 2013-14) wage-indexed plus overhead.
    fullCostPerFteDkk: 625_000,
    staffing: {
      attritionPerYear: 0,
      // *assumption*: 3 months including notice (no Danish figure found).
      recruitmentDelayDays: 91,
      // DS recommends a reduced caseload for about 6 months for new advisors.
      onboardingDays: 182,
      onboardingCapacityShare: 0.5,
    },
  },
  allocation: { policy: 'waitlist', hardMaxCases: 70 },
  documentation: {
    legalElements: ['partshøring', 'begrundelse', 'klagevejledning'],
    // *assumption*: errors that happen even with full documentation time.
    baseMissingProbability: 0.02,
    // *assumption*: no Danish source links caseload to error rate; calibrated to two anchors.
    errorCurve: 's ^ 1.5',
    // *assumption*: the chance of a missing element with full time grows in proportion to caseload (1 at 25 cases).
    caseloadEffect: 'c / 25',
  },
  audit: { windowWeeks: 52, countDeadlineBreaches: true },
};
