/**
 * Every default in one place, each with its source in ../shared/domain/facts.md or the word
 * *assumption*. A scenario file only states what differs from these.
 */
import type { AssumptionRange, CaseType, Scenario, TaskType } from './types.ts';
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
    // *assumption*: recalibrated from 70 to 63 days in model 1.2 (turnover on, an honest start): status quo's late share back in the anchor band.
    duration: { distribution: 'lognormal', meanDays: 63, cv: 0.5 },
    contactHoursPerWeek: 0.8,
    costPerYearDkk: 0,
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
    // Derived, low confidence: preventive measures are 37 % of spend (KL 2022) over about 42 000 children.
    costPerYearDkk: 135_000,
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
    costPerYearDkk: 0,
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

/** The assumptions no source fixes and that move the answer most (issue 10's measurements), with ranges. */
export const DEFAULT_ASSUMPTIONS: AssumptionRange[] = [
  {
    id: 'productiveShare',
    path: 'advisors.productiveShare',
    low: 0.6,
    high: 0.8,
    source:
      '*assumption*: holidays and sick leave alone leave about 0.8 (6 weeks, DS 2022 6.2 %); meetings, supervision and travel are not measured in Denmark (Colorado 2014: 68 % of time on cases)',
  },
  {
    id: 'taskHours',
    path: 'advisors.taskHoursScale',
    low: 0.8,
    high: 1.25,
    source: '*assumption*: task hours are sized to the workload formula; no Danish time study per task (DS 2011 measured contact time only)',
  },
  {
    id: 'errorCurve',
    path: 'documentation.errorCurveParameter',
    low: 1,
    high: 2.5,
    source: '*assumption*: no Danish source ties documentation time to errors; 1.5 is calibrated to two anchors, 1 (linear) and 2.5 (late and steep) bracket them',
  },
  {
    id: 'placementResponse',
    path: 'outcomes.placementResponseParameter',
    low: 0,
    high: 0.3,
    source: "*assumption*: calibrated to KORA's Herning figures (0.15); 0 = caseload does not move placements, 0.3 = twice Herning's effect",
  },
];

export const DEFAULT_SCENARIO: Scenario = {
  schemaVersion: SCHEMA_VERSION,
  title: 'Status quo',
  notes: '',
  // Week 0 is today's department as it runs: a year at today's configuration, uncounted (with half
  // a year, missed deadlines still ramped up through the first 30 weeks).
  simulation: { horizonWeeks: 104, warmupWeeks: 52, replications: 40, seed: 1, warmupFte: null, warmupCaseCap: null },
  intake: {
    // A ramp of 0 %: no growth, and a percent set alone (a sweep, --set, a link) ramps as it says.
    growth: { kind: 'ramp', percent: 0, startWeek: 0, rampWeeks: 52 },
    seasonality: { amplitudeShare: 0, peakWeek: 10 },
  },
  caseTypes: DEFAULT_CASE_TYPES,
  advisors: {
    // A mid-sized department: model.md's status-quo, about 30 advisors at work on an average day
    // (34 posts less vacancies and onboarding at 24 % turnover) holding about 46 cases each.
    fte: 34,
    // DS defines its caseload guideline for a 37-hour week.
    hoursPerWeek: 37,
    // *assumption*: 6 weeks' holiday, 6.2 % sick leave (DS 2022), meetings and supervision.
    productiveShare: 0.7,
    // Task hours as the case types give them (an uncertainty range below).
    taskHoursScale: 1,
    // Surveys: averages of 31 (2023), 33 (2019), about 42 (2014), 40-50 in Horsens/Herning debate.
    caseCap: 50,
    // *assumption*: about 500 000 DKK per FTE (Herning budgets 2013-14) wage-indexed plus overhead.
    fullCostPerFteDkk: 625_000,
    hiring: [],
    staffing: {
      // VIVE 2024: 12 % of children's advisors left in half a year (≈ 23 %/year); DS: about 1 in 4.
      attritionPerYear: 0.24,
      // *assumption*: 3 months including notice (no Danish figure found).
      recruitmentDelayDays: 91,
      // DS recommends a reduced caseload for about 6 months for new advisors.
      onboardingDays: 182,
      onboardingCapacityShare: 0.5,
      // *assumption*: leaving does not depend on pressure (no Danish elasticity found).
      attritionPressureCurve: '1',
      // *assumption*: about half a year's full cost (Vision 2015: 542 700 SEK per replacement; NCWWI 30–200 % of salary).
      recruitmentCostDkk: 312_500,
    },
  },
  allocation: { policy: 'waitlist', hardMaxCases: 70 },
  documentation: {
    legalElements: ['partshøring', 'begrundelse', 'klagevejledning'],
    // *assumption*: errors that happen even with full documentation time.
    baseMissingProbability: 0.02,
    // *assumption*: no Danish source links caseload to error rate; calibrated to two anchors.
    errorCurve: 's ^ a',
    errorCurveParameter: 1.5,
    // *assumption*: the chance of a missing element with full time grows in proportion to caseload (1 at 25 cases).
    caseloadEffect: 'c / 25',
  },
  // Today's practice: contact and follow-ups as each case type says.
  practice: { contactFactor: 1, followUpEveryDays: null },
  costs: {
    // Benchmarkingenheden 2019: foster family about 470 000 DKK, residential about 1 160 000 DKK per child-year.
    fosterCarePerYearDkk: 470_000,
    residentialCarePerYearDkk: 1_160_000,
    // DST 2018: foster care 63 %, døgninstitution 17 %, opholdssted 14 % of placements: 31 of 94.
    residentialShare: 0.33,
  },
  outcomes: {
    // *assumption*, calibrated to KORA's Herning figures (docs/model.md): at half today's caseload
    // (23 against 46) 7.5 % fewer placements, fewer of them residential, each 7.5 % shorter; 1 = off.
    // h(46) = 1: today's placements at today's caseload; a is the slope (0.15 = the calibration).
    placementResponse: 'max(0.5, min(1.2, 1 - a + a * c / 46))',
    placementResponseParameter: 0.15,
  },
  // Off by default: a scenario's numbers are its stated assumptions and a link reproduces them
  // exactly; the switch (app) and --uncertain (CLI) draw these per replication (docs/experiments.md).
  uncertainty: { draw: false, assumptions: DEFAULT_ASSUMPTIONS },
  audit: { windowWeeks: 52, countDeadlineBreaches: true },
};
