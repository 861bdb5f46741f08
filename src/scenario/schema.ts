/**
 * The scenario schema as data: every field's type, unit, allowed range and meaning. Parsing
 * (`parse.ts`) walks it to validate input; docs/model.md's parameter table is generated from
 * it (`npm run docs:parameters`), so the ranges users read are the ranges parsing enforces.
 * Defaults are not here but in `defaults.ts`, and sources beside them.
 */

export type FieldSpec =
  | NumberSpec
  | { kind: 'string'; maxLength: number; doc: string }
  | { kind: 'text'; doc: string }
  | { kind: 'enum'; values: readonly string[]; doc: string }
  | { kind: 'boolean'; doc: string }
  | { kind: 'formula'; variable: FormulaVariable; doc: string; parameter?: string }
  | { kind: 'stringList'; minItems: number; maxItems: number; doc: string }
  | { kind: 'nullable'; of: NumberSpec; doc: string }
  | { kind: 'shares'; doc: string }
  | { kind: 'hiring'; maxItems: number; doc: string }
  | ObjectSpec
  | ListSpec;

/** The variable of a user formula: `s`, the share of documentation cut (error curve); `c`, a caseload (caseload effect). */
export type FormulaVariable = 's' | 'c' | 'p';

export interface NumberSpec {
  kind: 'number';
  min: number;
  max: number;
  integer?: boolean;
  /** Unit, as shown in docs and the app. */
  unit: string;
  doc: string;
}

export interface ObjectSpec {
  kind: 'object';
  fields: Record<string, FieldSpec>;
}

/** A list of objects identified by `id`, addressed by id in paths (`caseTypes.investigation.meanDays`). */
export interface ListSpec {
  kind: 'list';
  of: ObjectSpec;
  minItems: number;
  maxItems: number;
  doc: string;
}

/** Ids of case types and tasks: they appear in paths, URLs and `next`, so keep them plain. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

const num = (min: number, max: number, unit: string, doc: string, integer = false): NumberSpec => ({
  kind: 'number',
  min,
  max,
  unit,
  doc,
  integer,
});
const share = (doc: string): NumberSpec => num(0, 1, 'share 0–1', doc);
const obj = (fields: Record<string, FieldSpec>): ObjectSpec => ({ kind: 'object', fields });

export const TASK_SPEC: ObjectSpec = obj({
  id: { kind: 'string', maxLength: 40, doc: 'Stable identifier, unique within the case type' },
  label: { kind: 'string', maxLength: 200, doc: 'Danish label shown to users' },
  kind: {
    kind: 'enum',
    values: ['investigation', 'followUp', 'plan', 'decision', 'other'],
    doc: 'Which deadline metric the task counts toward',
  },
  trigger: {
    kind: 'enum',
    values: ['start', 'end'],
    doc: '`start`: scheduled when the phase starts; `end`: released when the phase duration is over',
  },
  dueDays: num(0, 3650, 'days', 'Due date after the anchor'),
  dueFrom: { kind: 'enum', values: ['phase', 'arrival'], doc: "Anchor of the due date: the phase's start (or end) or the case's arrival" },
  windowDays: num(0, 3650, 'days', 'A start task may be worked from this many days before it is due'),
  repeatEveryDays: {
    kind: 'nullable',
    of: num(7, 3650, 'days', 'Repeat interval'),
    doc: 'Repeat interval of a start task while the phase lasts; null = once',
  },
  hours: num(0, 500, 'hours', 'Working hours the task takes when done in full'),
  documentationShare: share('Part of the hours that is documentation, cut first under pressure'),
  decision: { kind: 'boolean', doc: 'Whether the task ends in an afgørelse that must carry the legal elements' },
});

export const CASE_TYPE_SPEC: ObjectSpec = obj({
  id: { kind: 'string', maxLength: 40, doc: 'Stable identifier, used in `next`, paths and links' },
  label: { kind: 'string', maxLength: 200, doc: 'Danish label shown to users' },
  arrivalsPerWeek: num(0, 10_000, 'cases/week', 'New cases of this type from outside, before growth'),
  urgentShare: share('Share of new cases that are urgent and go first on the waiting list'),
  initialOpen: {
    kind: 'nullable',
    of: num(0, 1_000_000, 'cases', 'Open cases at the start', true),
    doc: 'Open cases of this type at the start; null = steady state (inflow × mean duration)',
  },
  duration: obj({
    distribution: { kind: 'enum', values: ['lognormal', 'exponential', 'fixed'], doc: 'Distribution of the phase duration' },
    meanDays: num(1, 3650, 'days', 'Mean phase duration from allocation until its end tasks are released'),
    cv: num(0, 5, 'ratio', 'Coefficient of variation (lognormal only)'),
  }),
  contactHoursPerWeek: num(0, 40, 'hours/week', 'Steady contact with child and family while the case is open'),
  costPerYearDkk: num(0, 100_000_000, 'DKK/year', 'Cost of the measure while the phase runs (placements: see costs)'),
  isPlacement: { kind: 'boolean', doc: 'Whether the child is placed outside the home (the placement audit counts these files)' },
  tasks: { kind: 'list', of: TASK_SPEC, minItems: 0, maxItems: 20, doc: 'Milestone tasks of the phase' },
  next: { kind: 'shares', doc: 'What the case becomes when the phase ends: case type id → probability; the rest closes' },
});

/**
 * An assumption with a range: drawn per replication when `uncertainty.draw` (triangular, peaked
 * at the parameter's own value, so the scenario's value stays the most plausible one), moved to
 * each end one at a time by sensitivity.
 */
export const ASSUMPTION_SPEC: ObjectSpec = obj({
  id: { kind: 'string', maxLength: 40, doc: 'Short name, used in paths and in the tornado' },
  path: { kind: 'string', maxLength: 200, doc: 'The numeric parameter it varies (e.g. advisors.productiveShare)' },
  low: num(-1e9, 1e9, "the parameter's", 'Lowest plausible value'),
  high: num(-1e9, 1e9, "the parameter's", 'Highest plausible value'),
  source: { kind: 'string', maxLength: 500, doc: 'Where the range comes from, or *assumption* and why' },
});

export const SCENARIO_SPEC: ObjectSpec = obj({
  schemaVersion: num(1, 1, '', 'Scenario file format version', true),
  title: { kind: 'string', maxLength: 200, doc: 'Human title' },
  notes: { kind: 'text', doc: 'Sources and assumptions, prose (a string or a list of paragraphs)' },
  simulation: obj({
    horizonWeeks: num(1, 520, 'weeks', 'Length of the projection', true),
    warmupWeeks: num(0, 520, 'weeks', 'Weeks simulated before metrics are recorded', true),
    replications: num(1, 2000, 'count', 'Independent replications', true),
    seed: num(0, 4_294_967_295, 'integer', 'Seed of every random stream', true),
    warmupFte: {
      kind: 'nullable',
      of: num(0.5, 5000, 'FTE', 'Posts during the warm-up'),
      doc: "Posts during the warm-up (today's department); null = advisors.fte. At week 0 the posts become advisors.fte at once",
    },
    warmupCaseCap: {
      kind: 'nullable',
      of: num(1, 500, 'cases/FTE', 'Cap during the warm-up'),
      doc: "Cap during the warm-up (today's); null = advisors.caseCap. At week 0 the cap changes: no advisor is given new cases above it",
    },
  }),
  intake: obj({
    growth: obj({
      kind: { kind: 'enum', values: ['none', 'step', 'ramp'], doc: 'Shape of the change in intake' },
      percent: num(-90, 300, '%', 'Change in the intake rate once the growth has taken full effect'),
      startWeek: num(0, 1040, 'weeks', 'Week the step happens or the ramp begins'),
      rampWeeks: num(1, 520, 'weeks', 'Length of the ramp'),
    }),
    seasonality: obj({
      amplitudeShare: num(0, 0.9, 'share 0–0.9', 'Relative amplitude of a yearly cosine in intake'),
      peakWeek: num(0, 52, 'week of year', 'Week of the year intake peaks'),
    }),
  }),
  caseTypes: { kind: 'list', of: CASE_TYPE_SPEC, minItems: 1, maxItems: 20, doc: 'The kinds of case the department holds' },
  advisors: obj({
    fte: num(0.5, 5000, 'FTE', 'Advisor headcount in full-time equivalents (årsværk)'),
    hoursPerWeek: num(1, 60, 'hours/week', 'Contract hours of one FTE'),
    productiveShare: num(0.05, 1, 'share 0.05–1', 'Share of contract hours left for casework'),
    taskHoursScale: num(0.1, 10, 'ratio', "Multiplies every task's hours: the time estimates behind them are uncertain (1 = as the case types say)"),
    caseCap: num(1, 500, 'cases/FTE', 'Target caseload: open cases an FTE may be given'),
    fullCostPerFteDkk: num(0, 100_000_000, 'DKK/year', 'Full yearly cost of one FTE including overhead'),
    hiring: {
      kind: 'hiring',
      maxItems: 50,
      doc: 'Posts added (+) or removed (−) at a week: a list of { week, fte }; new posts recruit, then onboard',
    },
    staffing: obj({
      attritionPerYear: num(0, 2, 'share/year', 'Share of advisors leaving per year'),
      recruitmentDelayDays: num(0, 3650, 'days', 'From a departure until the replacement starts'),
      onboardingDays: num(0, 3650, 'days', 'A new advisor works at reduced capacity and cap this long'),
      onboardingCapacityShare: num(0.05, 1, 'share 0.05–1', 'Capacity and cap of a new advisor during onboarding'),
      attritionPressureCurve: {
        kind: 'formula',
        variable: 'p',
        doc: 'f(p): multiplies the attrition rate at department pressure p (last weekly sample); mathjs expression in p; 1 = off',
      },
      recruitmentCostDkk: num(0, 100_000_000, 'DKK', 'Cost of filling a post (advertising, interviews, introduction, lost output)'),
    }),
  }),
  allocation: obj({
    policy: { kind: 'enum', values: ['waitlist', 'overfill'], doc: 'When every advisor is at the cap: the case waits, or is assigned anyway' },
    hardMaxCases: num(1, 1000, 'cases/FTE', 'Under `overfill`, the most cases an FTE can be given'),
  }),
  documentation: obj({
    legalElements: { kind: 'stringList', minItems: 1, maxItems: 10, doc: 'Legal elements every decision must carry' },
    baseMissingProbability: share('Probability an element is missing even with full documentation time'),
    errorCurve: {
      kind: 'formula',
      variable: 's',
      parameter: 'errorCurveParameter',
      doc: 'g(s): extra missing probability when a share s of documentation time is cut; mathjs expression in s and its parameter a',
    },
    errorCurveParameter: num(0, 10, 'ratio', 'a in the error curve (default s ^ a: how sharply errors rise as documentation time is cut)'),
    caseloadEffect: {
      kind: 'formula',
      variable: 'c',
      doc: 'k(c): multiplies the base probability for a decision by an advisor holding c cases per productive FTE; mathjs expression in c; 1 = off',
    },
  }),
  practice: obj({
    contactFactor: num(0.1, 10, 'ratio', 'From week 0, every case gets this many times its contact hours (Herning: more contact)'),
    followUpEveryDays: {
      kind: 'nullable',
      of: num(7, 3650, 'days', 'Follow-up interval from week 0'),
      doc: 'From week 0, repeated follow-ups come this often in phases that start from then on; null = each task\'s own',
    },
  }),
  costs: obj({
    fosterCarePerYearDkk: num(0, 100_000_000, 'DKK/year', 'A child in foster care (plejefamilie), per year'),
    residentialCarePerYearDkk: num(0, 100_000_000, 'DKK/year', 'A child in residential care (døgninstitution, opholdssted), per year'),
    residentialShare: share('Share of placements in residential care rather than foster care'),
  }),
  outcomes: obj({
    placementResponse: {
      kind: 'formula',
      variable: 'c',
      parameter: 'placementResponseParameter',
      doc: 'h(c): for a child notified while the department holds c cases per productive FTE, multiplies the chance of a placement and of residential care, and (below 1) a placement\'s length; mathjs in c and its parameter a; 1 = off',
    },
    placementResponseParameter: num(0, 2, 'ratio', 'a in the placement response (default: how much placements change per unit of caseload relative to 46 cases; 0 = no response)'),
  }),
  uncertainty: obj({
    draw: {
      kind: 'boolean',
      doc: 'Whether each replication draws the uncertain assumptions below from their ranges (bands then show assumption uncertainty as well as chance)',
    },
    assumptions: {
      kind: 'list',
      of: ASSUMPTION_SPEC,
      minItems: 0,
      maxItems: 20,
      doc: 'Assumptions no source fixes, each a numeric parameter path with a range (low, high) around its value, and its source',
    },
  }),
  audit: obj({
    windowWeeks: num(1, 520, 'weeks', 'How far back an audit of a case file looks'),
    countDeadlineBreaches: { kind: 'boolean', doc: 'Whether a missed deadline in the window counts as an error in the file' },
  }),
});

/** A field that holds a value rather than further fields. */
export type LeafSpec = Exclude<FieldSpec, ObjectSpec | ListSpec>;

/** Every leaf field with its dotted path (`caseTypes.<id>.…` for list items), for docs. */
export function leafFields(spec: ObjectSpec = SCENARIO_SPEC, prefix = ''): { path: string; spec: LeafSpec }[] {
  const out: { path: string; spec: LeafSpec }[] = [];
  for (const [key, field] of Object.entries(spec.fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (field.kind === 'object') out.push(...leafFields(field, path));
    else if (field.kind === 'list') out.push(...leafFields(field.of, `${path}.<id>`));
    else out.push({ path, spec: field });
  }
  return out;
}
