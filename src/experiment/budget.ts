/**
 * Budget years: what a council's budget reads, from the weekly spending series. Year y covers
 * weeks 52(y − 1) + 1 … 52y of the horizon (series index k is the money spent during week k;
 * index 0, the start, holds none); a horizon that is not whole years ends in a shorter year.
 * Sums are taken per replication and only then summarised, so a paired difference against a
 * comparison run with the same seed (common random numbers) compares like with like, and the
 * payback year is found in each replication before it is summarised. Pure: no DOM.
 */
import type { ReplicationResult, SeriesId } from '../model/metrics.ts';
import { summarizeMetric } from './summarize.ts';
import type { MetricSummary } from './types.ts';

/** Weeks in a budget year. */
export const WEEKS_PER_YEAR = 52;

/** The four kinds of spending the model records, each a weekly series. */
export const SPEND_LINES = ['staff', 'recruitment', 'preventive', 'placement'] as const;
export type SpendLine = (typeof SPEND_LINES)[number];

/** The spending lines and their sums: staffing (staff + recruitment), measures (preventive + placement), total. */
export const BUDGET_LINES = [...SPEND_LINES, 'staffing', 'measures', 'total'] as const;
export type BudgetLine = (typeof BUDGET_LINES)[number];

const SERIES_OF: Record<SpendLine, SeriesId> = {
  staff: 'spendStaff',
  recruitment: 'spendRecruitment',
  preventive: 'spendPreventive',
  placement: 'spendPlacement',
};
const PARTS: Record<BudgetLine, readonly SpendLine[]> = {
  staff: ['staff'],
  recruitment: ['recruitment'],
  preventive: ['preventive'],
  placement: ['placement'],
  staffing: ['staff', 'recruitment'],
  measures: ['preventive', 'placement'],
  total: SPEND_LINES,
};

export interface BudgetYear {
  /** 1 for the first year of the horizon. */
  year: number;
  /** First week of the year (series index), 1-based. */
  firstWeek: number;
  /** Last week of the year (series index), inclusive. */
  lastWeek: number;
  /** Weeks in the year: 52, fewer in a last partial year. */
  weeks: number;
}

/** The budget years of a horizon of `horizonWeeks` weeks. */
export function budgetYears(horizonWeeks: number): BudgetYear[] {
  const years: BudgetYear[] = [];
  for (let firstWeek = 1; firstWeek <= horizonWeeks; firstWeek += WEEKS_PER_YEAR) {
    const lastWeek = Math.min(horizonWeeks, firstWeek + WEEKS_PER_YEAR - 1);
    years.push({ year: years.length + 1, firstWeek, lastWeek, weeks: lastWeek - firstWeek + 1 });
  }
  return years;
}

/** The horizon of a replication's series, weeks (series hold one value more: the start). */
function horizonOf(result: ReplicationResult): number {
  return Math.max(0, result.series.spendStaff.length - 1);
}

/** DKK spent in each budget year (index y − 1) on each line, in one replication. NaN weeks count as nothing spent. */
export function yearSums(result: ReplicationResult, years: readonly BudgetYear[] = budgetYears(horizonOf(result))): Record<BudgetLine, Float64Array> {
  const spent = {} as Record<SpendLine, Float64Array>;
  for (const line of SPEND_LINES) {
    const series = result.series[SERIES_OF[line]];
    spent[line] = Float64Array.from(years, (y) => {
      let sum = 0;
      for (let week = y.firstWeek; week <= y.lastWeek; week++) {
        const v = series[week] as number;
        if (Number.isFinite(v)) sum += v;
      }
      return sum;
    });
  }
  const sums = {} as Record<BudgetLine, Float64Array>;
  for (const line of BUDGET_LINES) {
    sums[line] = Float64Array.from(years, (_, i) => PARTS[line].reduce((total, part) => total + (spent[part][i] as number), 0));
  }
  return sums;
}

export interface BudgetSummary {
  years: BudgetYear[];
  /** Each line, each budget year: the year's sum across replications. */
  byYear: Record<BudgetLine, MetricSummary[]>;
  /** Each line: the sum over the horizon, DKK. */
  horizon: Record<BudgetLine, MetricSummary>;
  /** Each line: the horizon's sum per year (sum × 52 / horizon weeks), DKK a year. */
  perYear: Record<BudgetLine, MetricSummary>;
}

function summaryOf(years: BudgetYear[], rows: readonly Record<BudgetLine, Float64Array>[]): BudgetSummary {
  const horizonWeeks = years.at(-1)?.lastWeek ?? 0;
  const byYear = {} as Record<BudgetLine, MetricSummary[]>;
  const horizon = {} as Record<BudgetLine, MetricSummary>;
  const perYear = {} as Record<BudgetLine, MetricSummary>;
  for (const line of BUDGET_LINES) {
    byYear[line] = years.map((_, i) => summarizeMetric(rows.map((r) => r[line][i] as number), 'DKK'));
    const totals = rows.map((r) => r[line].reduce((a, b) => a + b, 0));
    horizon[line] = summarizeMetric(totals, 'DKK');
    perYear[line] = summarizeMetric(
      totals.map((x) => (horizonWeeks > 0 ? (x * WEEKS_PER_YEAR) / horizonWeeks : Number.NaN)),
      'DKK/year',
    );
  }
  return { years, byYear, horizon, perYear };
}

/** Each budget year's spending on each line, summarised across `results`. */
export function budgetSummary(results: readonly ReplicationResult[]): BudgetSummary {
  const years = budgetYears(results[0] ? horizonOf(results[0]) : 0);
  return summaryOf(years, results.map((r) => yearSums(r, years)));
}

/**
 * Replications of `results` beside the replication of `comparison` with the same index (the
 * same seed: common random numbers); replications without a partner are left out.
 */
function paired(comparison: readonly ReplicationResult[], results: readonly ReplicationResult[]): [ReplicationResult, ReplicationResult][] {
  const byIndex = new Map(comparison.map((r) => [r.replication, r]));
  return results.flatMap((r) => {
    const base = byIndex.get(r.replication);
    return base ? [[base, r] as [ReplicationResult, ReplicationResult]] : [];
  });
}

/**
 * Paired differences `results − comparison` of every line and budget year, replication by
 * replication: the change a decision makes, without the noise two independent runs would add.
 * The years are the shorter horizon's when the two differ.
 */
export function budgetDifference(comparison: readonly ReplicationResult[], results: readonly ReplicationResult[]): BudgetSummary {
  const pairs = paired(comparison, results);
  const horizonWeeks = pairs.length ? Math.min(...pairs.flatMap(([a, b]) => [horizonOf(a), horizonOf(b)])) : 0;
  const years = budgetYears(horizonWeeks);
  const rows = pairs.map(([a, b]) => {
    const base = yearSums(a, years);
    const mine = yearSums(b, years);
    const out = {} as Record<BudgetLine, Float64Array>;
    for (const line of BUDGET_LINES) out[line] = mine[line].map((x, i) => x - (base[line][i] as number));
    return out;
  });
  return summaryOf(years, rows);
}

/**
 * Below this share of the comparison's staffing spending over the horizon, a difference in
 * staffing is the noise of turnover (who leaves when), not added staff: about 0.3 FTE in 30.
 */
export const NEGLIGIBLE_STAFFING_SHARE = 0.01;

export type Payback =
  /** The scenario spends no more on staff (and recruitment) than the comparison: nothing to pay back. */
  | { kind: 'noAddedCost' }
  /**
   * By `year` at least half the replications have paid back: cumulative savings on measures
   * reach the cumulative added staffing cost. `share`: replications that pay back within the horizon.
   */
  | { kind: 'year'; year: number; share: number }
  /** Fewer than half the replications pay back within the horizon; `share` of them do. */
  | { kind: 'never'; share: number };

/**
 * The budget year in which a scenario that adds staff pays for itself: the first year in
 * which cumulative savings on measures (preventive + placement, comparison − scenario) reach
 * the cumulative added staffing cost (staff + recruitment, scenario − comparison), found in
 * each pair of replications (common random numbers) and summarised as the year by which half
 * of them have (the median replication's year, "never" counting as later than any year).
 * A replication whose added cost is not yet positive in a year has not paid back in it; one
 * whose added cost is never positive had nothing to pay back and counts from year 1.
 */
export function payback(comparison: readonly ReplicationResult[], results: readonly ReplicationResult[]): Payback {
  const pairs = paired(comparison, results);
  if (pairs.length === 0) return { kind: 'noAddedCost' };
  const horizonWeeks = Math.min(...pairs.flatMap(([a, b]) => [horizonOf(a), horizonOf(b)]));
  const years = budgetYears(horizonWeeks);
  const added: number[] = [];
  const baseStaffing: number[] = [];
  const paidIn: number[] = [];
  for (const [a, b] of pairs) {
    const base = yearSums(a, years);
    const mine = yearSums(b, years);
    let cumulativeAdded = 0;
    let cumulativeSaved = 0;
    let year = Number.POSITIVE_INFINITY;
    for (let i = 0; i < years.length; i++) {
      cumulativeAdded += (mine.staffing[i] as number) - (base.staffing[i] as number);
      cumulativeSaved += (base.measures[i] as number) - (mine.measures[i] as number);
      if (cumulativeAdded > 0 && cumulativeSaved >= cumulativeAdded) {
        year = i + 1;
        break;
      }
    }
    const totalAdded = mine.staffing.reduce((s, x) => s + x, 0) - base.staffing.reduce((s, x) => s + x, 0);
    if (!Number.isFinite(year) && totalAdded <= 0 && years.length > 0) year = 1;
    added.push(totalAdded);
    baseStaffing.push(base.staffing.reduce((s, x) => s + x, 0));
    paidIn.push(year);
  }
  const medianAdded = summarizeMetric(added, 'DKK').p50;
  const tolerance = NEGLIGIBLE_STAFFING_SHARE * Math.abs(summarizeMetric(baseStaffing, 'DKK').p50);
  if (!(medianAdded > tolerance)) return { kind: 'noAddedCost' };
  const sorted = [...paidIn].sort((x, y) => x - y);
  const share = paidIn.filter(Number.isFinite).length / paidIn.length;
  // The smallest year by which at least half the replications have paid back.
  const median = sorted[Math.ceil(sorted.length / 2) - 1] as number;
  return Number.isFinite(median) ? { kind: 'year', year: median, share } : { kind: 'never', share };
}
