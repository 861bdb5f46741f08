/**
 * The metric and series ids the CLI, the URL, the app and the tests share (model.md's table).
 * Ids are stable: renaming one breaks saved links and scripts.
 */

export type MetricUnit = 'cases' | 'days' | 'cases/FTE' | 'ratio' | 'share' | 'DKK/year' | 'DKK' | 'per year' | 'FTE';

export interface MetricInfo {
  unit: MetricUnit;
  /** One line, in English, for docs and CSV headers. */
  description: string;
  /**
   * Set on the metrics that more advisors, all else equal and with the same seed, never make
   * worse (higher): the headline picture. Validation 4 tests exactly these; a metric without it
   * can legitimately move either way (docs/model.md says why) and is a detail, not a headline.
   */
  monotone?: true;
  /**
   * Set on monotone metrics that are a mean or share over the children present, a population
   * that grows with intake: at extreme overload more intake can lower them for a while, because
   * the newest children have not yet waited long or been failed (right-censoring at the horizon).
   * Validation 4 checks them for advisors, not for intake.
   */
  censored?: true;
}

/** Per-replication summary metrics. */
export const METRICS = {
  waitingList: { unit: 'cases', description: 'cases waiting for an advisor, mean over the horizon', monotone: true },
  waitingListEnd: { unit: 'cases', description: 'cases waiting for an advisor at the horizon', monotone: true },
  waitingPastDeadline: {
    unit: 'cases',
    description: 'children waiting for an advisor after one of their deadlines has passed, mean over the horizon',
    monotone: true,
  },
  waitingPastDeadlineEnd: {
    unit: 'cases',
    description: 'children waiting for an advisor after one of their deadlines has passed, at the horizon',
    monotone: true,
  },
  waitDays: {
    unit: 'days',
    description: 'days from arrival to allocation (cases still waiting at the horizon count with their wait so far)',
    monotone: true,
    censored: true,
  },
  openCases: { unit: 'cases', description: 'cases allocated to an advisor and open, mean over the horizon' },
  openCasesEnd: { unit: 'cases', description: 'cases allocated to an advisor and open at the horizon' },
  caseload: { unit: 'cases/FTE', description: 'open cases per productive FTE, mean over the horizon', monotone: true },
  caseloadEnd: { unit: 'cases/FTE', description: 'open cases per productive FTE at the horizon', monotone: true },
  caseloadMax: { unit: 'cases/FTE', description: 'caseload of the most loaded advisor, mean over weeks' },
  pressure: {
    unit: 'ratio',
    description: '(contact load + hours of tasks due within 4 weeks / 4) / capacity, mean over weeks',
  },
  investigationsLateShare: {
    unit: 'share',
    description: 'share of the investigations due during the horizon not finished by their deadline (4 months from notification), waiting ones included',
    monotone: true,
  },
  followUpsLateShare: {
    unit: 'share',
    description: 'share of the follow-ups due during the horizon not done by their due date, waiting cases included',
    monotone: true,
  },
  childrenLetDownShare: {
    unit: 'share',
    description: 'share of the children in the department during the horizon whose case had a decision missing a legal element or a missed deadline (waiting included)',
    monotone: true,
    censored: true,
  },
  investigationsLateShareLastYear: {
    unit: 'share',
    description: 'investigationsLateShare over the deadlines that fell due in the last 52 weeks of the horizon (a growing problem is not averaged away)',
    monotone: true,
  },
  childrenLetDownShareLastYear: {
    unit: 'share',
    description: 'childrenLetDownShare over the last 52 weeks of the horizon: children present then, let down then',
    monotone: true,
    censored: true,
  },
  decisionErrorShare: {
    unit: 'share',
    description: 'share of decisions missing at least one legal element (per decision: a detail, not monotone, since waiting children get no decisions)',
  },
  auditedFileErrorShare: {
    unit: 'share',
    description: 'chance that a randomly audited case file (open or waiting, any type) holds an error from the audit window, at the horizon',
    monotone: true,
    censored: true,
  },
  auditedPlacementFileErrorShare: {
    unit: 'share',
    description:
      'the same for placement files only, as Ankestyrelsen counts its placement audits (the 83 % anchor); not monotone: at overload more advisors finish more investigations, and the new placements carry fresh decisions',
  },
  deadlineBreachesPerYear: {
    unit: 'per year',
    description: 'deadlines that fell due during the horizon and were missed, per year (a count: more advisors serve more children, whose cases have more deadlines)',
  },
  decisionsPerYear: { unit: 'per year', description: 'decisions made, per year' },
  staffCostPerYear: { unit: 'DKK/year', description: 'filled posts (onboarding included) x full cost per FTE, mean per year over the horizon' },
  recruitmentCostPerYear: { unit: 'DKK/year', description: 'recruitment cost per post filled (new posts and replacements), per year' },
  preventiveCostPerYear: { unit: 'DKK/year', description: 'cost of open measures of case types that are not placements, per year' },
  placementCostPerYear: { unit: 'DKK/year', description: 'cost of open placements (foster care and residential), per year' },
  totalCostPerYear: { unit: 'DKK/year', description: 'staff + recruitment + preventive + placement cost, per year' },
  totalCost: { unit: 'DKK', description: 'staff + recruitment + preventive + placement cost over the whole horizon' },
  placementsStartedPerYear: { unit: 'per year', description: 'children placed outside the home (entering a placement phase), per year' },
  turnoverPerYear: { unit: 'per year', description: 'advisors leaving their post, per year' },
  vacantFte: { unit: 'FTE', description: 'posts vacant or recruiting, mean over the horizon' },
} as const satisfies Record<string, MetricInfo>;

export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];
/** The metrics more advisors never make worse (see {@link MetricInfo.monotone}). */
export const MONOTONE_METRIC_IDS = METRIC_IDS.filter((id) => (METRICS[id] as MetricInfo).monotone === true);

/** Weekly series, sampled at the end of each week of the horizon (week 0 = start). */
export const SERIES = {
  waitingList: { unit: 'cases', description: 'cases waiting for an advisor' },
  waitingPastDeadline: { unit: 'cases', description: 'children waiting for an advisor after one of their deadlines has passed' },
  openCases: { unit: 'cases', description: 'cases allocated and open' },
  caseload: { unit: 'cases/FTE', description: 'open cases per productive FTE' },
  caseloadMax: { unit: 'cases/FTE', description: 'caseload of the most loaded advisor' },
  pressure: { unit: 'ratio', description: 'demand / capacity' },
  deadlineBreaches: { unit: 'cases', description: 'deadlines that fell due during the week and were missed' },
  decisionErrorShare: { unit: 'share', description: 'share of the week\'s decisions missing a legal element' },
  waitDays: { unit: 'days', description: 'mean wait of the cases allocated during the week' },
  postsFte: { unit: 'FTE', description: 'advisor posts in the establishment (the hiring plan moves it)' },
  filledFte: { unit: 'FTE', description: 'posts filled by a person (onboarding included)' },
  productiveFte: { unit: 'FTE', description: 'filled posts weighted by capacity (a new advisor counts at the onboarding share)' },
  spendStaff: { unit: 'DKK', description: 'staff cost during the week' },
  spendRecruitment: { unit: 'DKK', description: 'recruitment cost during the week' },
  spendPreventive: { unit: 'DKK', description: 'cost of open non-placement measures during the week' },
  spendPlacement: { unit: 'DKK', description: 'cost of open placements during the week' },
} as const satisfies Record<string, MetricInfo>;

export type SeriesId = keyof typeof SERIES;
export const SERIES_IDS = Object.keys(SERIES) as SeriesId[];

/** One replication's outcome: plain numbers and typed arrays, cheap to transfer between threads. */
export interface ReplicationResult {
  /** Replication index (0-based). */
  replication: number;
  metrics: Record<MetricId, number>;
  /** Each series has horizonWeeks + 1 values; NaN where a week has nothing to measure. */
  series: Record<SeriesId, Float64Array>;
  /** Events the kernel scheduled, for benchmarks and the work bound. */
  events: number;
  /** Cases that arrived from outside during the run, warm-up included (benchmarks count these). */
  arrivals: number;
  /** The value each uncertain assumption took in this replication, by id; empty unless `uncertainty.draw`. */
  assumptions: Record<string, number>;
}
