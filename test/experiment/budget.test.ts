import { describe, expect, it } from 'vitest';
import { budgetDifference, budgetSummary, budgetYears, payback, yearSums } from '../../src/experiment/budget.ts';
import type { ReplicationResult } from '../../src/model/metrics.ts';
import { fakeResult } from '../app/fake-results.ts';

/** A weekly spending series over `weeks` weeks: index 0 (the start) holds nothing, week k holds `perWeek(k)`. */
const weekly = (weeks: number, perWeek: (k: number) => number) => Array.from({ length: weeks + 1 }, (_, k) => (k === 0 ? 0 : perWeek(k)));

/** A replication spending the given DKK a week on each line. */
function spending(
  replication: number,
  weeks: number,
  lines: { staff?: (k: number) => number; recruitment?: (k: number) => number; preventive?: (k: number) => number; placement?: (k: number) => number },
): ReplicationResult {
  const zero = () => 0;
  return fakeResult(
    replication,
    {},
    {
      spendStaff: weekly(weeks, lines.staff ?? zero),
      spendRecruitment: weekly(weeks, lines.recruitment ?? zero),
      spendPreventive: weekly(weeks, lines.preventive ?? zero),
      spendPlacement: weekly(weeks, lines.placement ?? zero),
    },
    weeks,
  );
}

describe('budgetYears(horizonWeeks)', () => {
  it('cuts the horizon into 52-week years from week 1', () => {
    expect(budgetYears(104)).toEqual([
      { year: 1, firstWeek: 1, lastWeek: 52, weeks: 52 },
      { year: 2, firstWeek: 53, lastWeek: 104, weeks: 52 },
    ]);
  });

  it('ends in a shorter year when the horizon is not whole years', () => {
    expect(budgetYears(130).map((y) => [y.year, y.firstWeek, y.lastWeek, y.weeks])).toEqual([
      [1, 1, 52, 52],
      [2, 53, 104, 52],
      [3, 105, 130, 26],
    ]);
    expect(budgetYears(30)).toEqual([{ year: 1, firstWeek: 1, lastWeek: 30, weeks: 30 }]);
    expect(budgetYears(0)).toEqual([]);
  });
});

describe('yearSums(result, years)', () => {
  it('sums each line over each year, leaves the start out, and adds the lines up', () => {
    const r = spending(0, 78, { staff: (k) => k, recruitment: () => 2, preventive: () => 10, placement: (k) => (k > 52 ? 100 : 0) });
    // Index 0 would add 1000 to year 1 if it were counted.
    r.series.spendStaff[0] = 1000;
    const sums = yearSums(r);
    expect([...sums.staff]).toEqual([(52 * 53) / 2, ((53 + 78) * 26) / 2]);
    expect([...sums.recruitment]).toEqual([104, 52]);
    expect([...sums.measures]).toEqual([520, 260 + 2600]);
    expect([...sums.staffing]).toEqual([1378 + 104, 1703 + 52]);
    expect([...sums.total]).toEqual([1378 + 104 + 520, 1703 + 52 + 2860]);
  });

  it('counts a week without a value as nothing spent', () => {
    const r = spending(0, 4, { staff: () => 5 });
    r.series.spendStaff[2] = Number.NaN;
    expect([...yearSums(r).staff]).toEqual([15]);
  });
});

describe('budgetSummary(results)', () => {
  it('summarises each year, the horizon and the horizon per year across replications', () => {
    const results = [1, 2, 3].map((x) => spending(x, 78, { staff: () => 100 * x }));
    const s = budgetSummary(results);
    expect(s.years.map((y) => y.weeks)).toEqual([52, 26]);
    expect(s.byYear.staff.map((m) => m.p50)).toEqual([5200 * 2, 2600 * 2]);
    expect(s.byYear.total.map((m) => m.p50)).toEqual([5200 * 2, 2600 * 2]);
    expect(s.horizon.staff).toMatchObject({ p50: 7800 * 2, mean: 7800 * 2, unit: 'DKK' });
    // 78 weeks are 1.5 years.
    expect(s.perYear.staff.p50).toBeCloseTo(5200 * 2, 9);
    expect(s.perYear.staff.unit).toBe('DKK/year');
    expect(s.byYear.placement.map((m) => m.p50)).toEqual([0, 0]);
  });
});

describe('budgetDifference(comparison, results)', () => {
  it('pairs replication with replication, whatever their order', () => {
    const comparison = [0, 1, 2].map((i) => spending(i, 52, { staff: () => 1000 * i }));
    const results = [2, 0, 1].map((i) => spending(i, 52, { staff: () => 1000 * i + 10 }));
    const d = budgetDifference(comparison, results);
    // Paired: every difference is 10 a week. Unpaired medians would differ by the same, but P10 and P90 would not.
    expect(d.byYear.staff[0]).toMatchObject({ p10: 520, p50: 520, p90: 520 });
    expect(d.horizon.total.p50).toBe(520);
  });
});

describe('payback(comparison, results)', () => {
  const weeks = 156;
  const today = [0, 1, 2, 3].map((i) => spending(i, weeks, { staff: () => 1000, preventive: () => 300, placement: () => 500 }));

  it('finds the year in which cumulative savings on measures reach the cumulative added staffing cost', () => {
    // +100 a week on staff; measures save 50 a week in year 1, then 200 a week:
    // year 1: added 5 200, saved 2 600; year 2: added 10 400, saved 13 000.
    const more = [0, 1, 2, 3].map((i) =>
      spending(i, weeks, { staff: () => 1100, preventive: () => 300, placement: (k) => (k <= 52 ? 450 : 300) }),
    );
    expect(payback(today, more)).toEqual({ kind: 'year', year: 2, share: 1 });
  });

  it('counts recruitment as staffing and preventive measures as savings', () => {
    const more = [0, 1, 2, 3].map((i) => spending(i, weeks, { staff: () => 1000, recruitment: () => 100, preventive: () => 190, placement: () => 500 }));
    expect(payback(today, more)).toEqual({ kind: 'year', year: 1, share: 1 });
  });

  it('says "never" when savings stay below the added cost, with the share that does pay back', () => {
    const noSavings = [0, 1, 2, 3].map((i) => spending(i, weeks, { staff: () => 1100, preventive: () => 300, placement: () => 500 }));
    expect(payback(today, noSavings)).toEqual({ kind: 'never', share: 0 });
    // One replication of four pays back in year 1: fewer than half.
    const oneOfFour = [0, 1, 2, 3].map((i) => spending(i, weeks, { staff: () => 1100, preventive: () => 300, placement: () => (i === 0 ? 300 : 500) }));
    expect(payback(today, oneOfFour)).toEqual({ kind: 'never', share: 0.25 });
  });

  it('gives the year by which half the replications have paid back', () => {
    const half = [0, 1, 2, 3].map((i) => spending(i, weeks, { staff: () => 1100, preventive: () => 300, placement: () => (i < 2 ? 300 : 500) }));
    expect(payback(today, half)).toEqual({ kind: 'year', year: 1, share: 0.5 });
  });

  it('does not count a year before the added cost begins', () => {
    // Hires arrive in year 2; measures already save a little in year 1 (noise), then nothing.
    const late = [0, 1, 2, 3].map((i) =>
      spending(i, weeks, { staff: (k) => (k > 52 ? 1100 : 1000), preventive: () => 300, placement: (k) => (k <= 52 ? 499 : 500) }),
    );
    expect(payback(today, late)).toEqual({ kind: 'never', share: 0 });
  });

  it('says so, instead of a year, when the scenario adds no staff cost', () => {
    const same = [0, 1, 2, 3].map((i) => spending(i, weeks, { staff: () => 1000, preventive: () => 300, placement: () => 400 }));
    expect(payback(today, same)).toEqual({ kind: 'noAddedCost' });
    const fewer = [0, 1, 2, 3].map((i) => spending(i, weeks, { staff: () => 800, preventive: () => 300, placement: () => 700 }));
    expect(payback(today, fewer)).toEqual({ kind: 'noAddedCost' });
    // Turnover noise: under 1 % of today's staffing spending is not added staff.
    const noise = [0, 1, 2, 3].map((i) => spending(i, weeks, { staff: () => 1005, preventive: () => 300, placement: () => 500 }));
    expect(payback(today, noise)).toEqual({ kind: 'noAddedCost' });
    expect(payback(today, today)).toEqual({ kind: 'noAddedCost' });
    expect(payback([], today)).toEqual({ kind: 'noAddedCost' });
  });
});
