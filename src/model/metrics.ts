/**
 * The metric and series ids the CLI, the URL, the app and the tests share (model.md's table).
 * Ids are stable: renaming one breaks saved links and scripts.
 */

export type MetricUnit = 'cases' | 'days' | 'cases/FTE' | 'ratio' | 'share' | 'DKK/year' | 'per year';

export interface MetricInfo {
  unit: MetricUnit;
  /** One line, in English, for docs and CSV headers. */
  description: string;
}

/** Per-replication summary metrics. */
export const METRICS = {
  waitingList: { unit: 'cases', description: 'cases waiting for an advisor, mean over the horizon' },
  waitingListEnd: { unit: 'cases', description: 'cases waiting for an advisor at the horizon' },
  waitDays: {
    unit: 'days',
    description: 'days from arrival to allocation (cases still waiting at the horizon count with their wait so far)',
  },
  openCases: { unit: 'cases', description: 'cases allocated to an advisor and open, mean over the horizon' },
  openCasesEnd: { unit: 'cases', description: 'cases allocated to an advisor and open at the horizon' },
  caseload: { unit: 'cases/FTE', description: 'open cases per productive FTE, mean over the horizon' },
  caseloadMax: { unit: 'cases/FTE', description: 'caseload of the most loaded advisor, mean over weeks' },
  pressure: {
    unit: 'ratio',
    description: '(contact load + hours of tasks due within 4 weeks / 4) / capacity, mean over weeks',
  },
  investigationsLateShare: { unit: 'share', description: 'share of investigations finished more than 4 months after arrival' },
  followUpsLateShare: { unit: 'share', description: 'share of follow-ups done after their due date' },
  decisionErrorShare: { unit: 'share', description: 'share of decisions missing at least one legal element' },
  auditedFileErrorShare: {
    unit: 'share',
    description: 'chance that a randomly audited open case file holds an error from the audit window',
  },
  deadlineBreachesPerYear: { unit: 'per year', description: 'tasks finished after their due date, per year' },
  decisionsPerYear: { unit: 'per year', description: 'decisions made, per year' },
  staffCostPerYear: { unit: 'DKK/year', description: 'FTE x full cost per FTE' },
} as const satisfies Record<string, MetricInfo>;

export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

/** Weekly series, sampled at the end of each week of the horizon (week 0 = start). */
export const SERIES = {
  waitingList: { unit: 'cases', description: 'cases waiting for an advisor' },
  openCases: { unit: 'cases', description: 'cases allocated and open' },
  caseload: { unit: 'cases/FTE', description: 'open cases per productive FTE' },
  caseloadMax: { unit: 'cases/FTE', description: 'caseload of the most loaded advisor' },
  pressure: { unit: 'ratio', description: 'demand / capacity' },
  deadlineBreaches: { unit: 'cases', description: 'tasks finished late during the week' },
  decisionErrorShare: { unit: 'share', description: 'share of the week\'s decisions missing a legal element' },
  waitDays: { unit: 'days', description: 'mean wait of the cases allocated during the week' },
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
}
