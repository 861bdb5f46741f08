/**
 * Money (and FTE-days) accrued by the day: a rate over an interval, or a sum at an instant,
 * added in O(1) whatever the interval's length (a placement runs for years), read out once at
 * the end as sums over weeks or the horizon. Intervals may be added after the days they cover have passed (a
 * case's whole path is costed when it is known), which is why nothing is read during the run.
 */
import type { Days } from '../scenario/units.ts';
import { DAYS_PER_WEEK } from '../scenario/units.ts';

export class DailyAccrual {
  /** Whole-day rates as a difference array: rate r over days a..b−1 is +r at a, −r at b. */
  private diff: Float64Array | null = null;
  /** Amounts on a single day (partial days, instants). */
  private direct: Float64Array | null = null;

  constructor(readonly days: number) {}

  // Allocated on first use: most runs leave some lines untouched (no placements, no turnover),
  // and a long run's days add up to hundreds of kilobytes per replication.
  private arrays(): { diff: Float64Array; direct: Float64Array } {
    this.diff ??= new Float64Array(this.days + 2);
    this.direct ??= new Float64Array(this.days + 1);
    return { diff: this.diff, direct: this.direct };
  }

  /** Adds `ratePerDay` over [from, to), clipped to [0, days). */
  over(ratePerDay: number, from: Days, to: Days): void {
    const a = Math.max(0, from);
    const b = Math.min(this.days, to);
    if (!(b > a) || ratePerDay === 0) return;
    const { diff, direct } = this.arrays();
    const first = Math.floor(a);
    const last = Math.floor(b);
    if (first === last) {
      direct[first] = (direct[first] as number) + ratePerDay * (b - a);
      return;
    }
    direct[first] = (direct[first] as number) + ratePerDay * (first + 1 - a);
    if (b > last) direct[last] = (direct[last] as number) + ratePerDay * (b - last);
    diff[first + 1] = (diff[first + 1] as number) + ratePerDay;
    diff[last] = (diff[last] as number) - ratePerDay;
  }

  /** Adds `amount` on the day of `at` (ignored outside [0, days)). */
  at(amount: number, at: Days): void {
    const d = Math.floor(at);
    if (d < 0 || d >= this.days || amount === 0) return;
    const { direct } = this.arrays();
    direct[d] = (direct[d] as number) + amount;
  }

  /**
   * Per week, the sum of the daily amounts times `scale`, for `weeks` weeks from day `from`
   * (week k covers days from + 7k .. from + 7k + 6): one pass, no array of days. The sums add
   * day by day in order, as a sum over the daily amounts would.
   */
  weekSums(from: number, weeks: number, scale = 1): Float64Array {
    const out = new Float64Array(weeks);
    const { diff, direct } = this;
    if (!diff || !direct) return out;
    const start = Math.max(0, from);
    const end = Math.min(this.days, from + weeks * DAYS_PER_WEEK);
    let rate = 0;
    for (let d = 0; d < end; d++) {
      rate += diff[d] as number;
      if (d < start) continue;
      const k = Math.floor((d - from) / DAYS_PER_WEEK);
      out[k] = (out[k] as number) + (rate + (direct[d] as number)) * scale;
    }
    return out;
  }

  /** The sum of the daily amounts over days [from, to). */
  sum(from: number, to: number): number {
    const { diff, direct } = this;
    if (!diff || !direct) return 0;
    const end = Math.min(this.days, to);
    let rate = 0;
    let sum = 0;
    for (let d = 0; d < end; d++) {
      rate += diff[d] as number;
      if (d >= from) sum += rate + (direct[d] as number);
    }
    return sum;
  }
}
