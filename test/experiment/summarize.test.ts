import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decileBand, meanInOrder, quantileSorted, sortedFinite } from '../../src/experiment/quantiles.ts';
import { differenceSummary, summarize, summarizeMetric, summarizeSeries, toJson } from '../../src/experiment/summarize.ts';
import { all, create, type FactoryFunctionMap } from 'mathjs/number';
import { METRIC_IDS, SERIES_IDS, type ReplicationResult } from '../../src/model/metrics.ts';
import { replicate, scenarioWith } from '../support/scenarios.ts';

/** mathjs's own answer, the reference the fast path must reproduce bit for bit. */
// The reference: mathjs's own quantile, from a full instance (the app's holds only what it uses).
const math = create(all as FactoryFunctionMap);
const mathjsQuantile = (xs: readonly number[], p: number) => math.quantileSeq([...xs], p) as number;

describe('quantileSorted(sortedFinite(values), p)', () => {
  it('equals mathjs quantileSeq bit for bit on any data', () => {
    // mathjs orders values with a tolerance (absTol 1e-15, relTol 1e-12), so of two values
    // closer than that it may return either, where a true sort does not; integers times a
    // scale are never that close (except when equal, which is harmless).
    const values = fc
      .tuple(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 60 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }))
      .map(([ints, scale]) => ints.map((i) => i * scale));
    const p = fc.oneof(fc.constantFrom(0, 0.1, 0.5, 0.9, 1), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(values, p, (xs, q) => {
        // `===`, not toBe: mathjs may return -0 where the sort put +0 first, and that is one number.
        // Between two equal values the fast path returns the value itself, where mathjs's
        // (1 − f)·A + f·A can land a rounding step off it (and put P10 above P90).
        const ours = quantileSorted(sortedFinite(xs), q);
        const theirs = mathjsQuantile(xs, q);
        expect(ours === theirs || (xs.includes(ours) && Math.abs(ours - theirs) <= Math.abs(ours) * Number.EPSILON)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the mean as mathjs mean does, bit for bit, in the sorted order the summary uses', () => {
    // fast-check draws a fresh seed each run and prints it on failure.
    const values = fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(values, (xs) => {
        const sorted = sortedFinite(xs);
        expect(Object.is(meanInOrder(sorted), math.mean(Array.from(sorted)) as number)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(meanInOrder(new Float64Array(0))).toBeNaN();
  });

  it('never puts a lower quantile above a higher one, equal values included', () => {
    const x = 4076450.892857143;
    const sorted = sortedFinite([x, x, x, x, x, x, x, x]);
    expect(quantileSorted(sorted, 0.1)).toBe(x);
    expect(quantileSorted(sorted, 0.9)).toBe(x);
  });

  it('is NaN for no values', () => {
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
  });
});

describe('decileBand(column) (selection instead of a sort)', () => {
  // Ties, runs of equal values, sorted and reversed columns, NaN and infinities among them.
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }) },
    { weight: 3, arbitrary: fc.integer({ min: -3, max: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0) },
  );
  const column = fc.tuple(fc.array(value, { maxLength: 300 }), fc.constantFrom('as drawn', 'sorted', 'reversed')).map(([xs, order]) =>
    order === 'sorted' ? [...xs].sort((a, b) => a - b) : order === 'reversed' ? [...xs].sort((a, b) => b - a) : xs,
  );

  it('gives the numbers quantileSorted gives on the sorted finite values', () => {
    fc.assert(
      fc.property(column, (xs) => {
        const band = decileBand(Float64Array.from(xs), new Float64Array(xs.length));
        const sorted = sortedFinite(xs.map((x) => (x === 0 ? 0 : x)));
        expect(band).toEqual({ p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) });
      }),
      { numRuns: 500 },
    );
  });
});

describe('summarizeMetric(values, unit)', () => {
  it('leaves out NaN and reports NaN when nothing is left', () => {
    const summary = summarizeMetric([Number.NaN, 1, 3], 'cases');
    // mathjs's own digits: (1 − 0.1)·1 + 0.1·3 is 1.2000000000000002 in floating point.
    expect(summary).toEqual({ mean: 2, p10: mathjsQuantile([1, 3], 0.1), p50: 2, p90: mathjsQuantile([1, 3], 0.9), unit: 'cases' });
    expect(summary.p10).toBeCloseTo(1.2, 12);
    const none = summarizeMetric([Number.NaN, Number.NaN], 'share');
    expect([none.mean, none.p10, none.p50, none.p90]).toEqual([NaN, NaN, NaN, NaN]);
    expect(summarizeMetric([], 'share').mean).toBeNaN();
  });
});

describe('summarizeSeries(results, id)', () => {
  it('gives mathjs quantiles across replications for every week, NaN ignored', () => {
    const weeks = 5;
    // Week 3 has no value in any replication; the others have a hole every third replication.
    const results = Array.from({ length: 7 }, (_, r) => {
      const waitDays = Float64Array.from({ length: weeks }, (_, w) => (w === 3 || (r + w) % 3 === 0 ? NaN : Math.sin(r * 7 + w) * 40));
      return { replication: r, series: { waitDays } } as unknown as ReplicationResult;
    });
    const points = summarizeSeries(results, 'waitDays');
    expect(points.map((p) => p.week)).toEqual([0, 1, 2, 3, 4]);
    for (const point of points) {
      const column = results.map((r) => r.series.waitDays[point.week] as number).filter((v) => !Number.isNaN(v));
      const expected = column.length ? [0.1, 0.5, 0.9].map((p) => mathjsQuantile(column, p)) : [NaN, NaN, NaN];
      expect([point.p10, point.p50, point.p90]).toEqual(expected);
    }
    expect(points[3]?.p50).toBeNaN();
  });
});

describe('summarize(scenario, seed, results)', () => {
  const scenario = scenarioWith((s) => (s.simulation.horizonWeeks = 12));
  const results = replicate(scenario, 5);

  it('summarises every metric and every week of every series', () => {
    const summary = summarize(scenario, 1, [...results].reverse());
    expect(summary.replications).toBe(5);
    expect(summary.seed).toBe(1);
    expect(Object.keys(summary.metrics)).toEqual(METRIC_IDS);
    expect(Object.keys(summary.series)).toEqual(SERIES_IDS);
    expect(summary.series.waitingList).toHaveLength(13);
    const open = results.map((r) => r.metrics.openCases);
    expect(summary.metrics.openCases.mean).toBeCloseTo(open.reduce((a, b) => a + b) / 5, 9);
    expect(summary.metrics.openCases.p50).toBe(mathjsQuantile(open, 0.5));
    expect(summary.metrics.openCases.p10).toBeLessThanOrEqual(summary.metrics.openCases.p90);
    // Order of arrival does not matter.
    expect(toJson(summary)).toBe(toJson(summarize(scenario, 1, results)));
  });

  it('writes undefined statistics as null, never NaN', () => {
    const text = toJson(summarize(scenario, 1, results));
    expect(text).not.toContain('NaN');
    // Week 0 has no flows: its wait is undefined in every replication.
    expect(JSON.parse(text).series.waitDays[0].p50).toBeNull();
  });
});

describe('differenceSummary(a, b, id)', () => {
  const scenario = scenarioWith((s) => (s.simulation.horizonWeeks = 12));
  const results = replicate(scenario, 5);

  it('pairs replications: a scenario against itself differs by exactly 0, in any order', () => {
    const d = differenceSummary(results, [...results].reverse(), 'caseload');
    expect([d.mean, d.p10, d.p50, d.p90]).toEqual([0, 0, 0, 0]);
    expect(d.unit).toBe('cases/FTE');
  });

  it('is b − a: more advisors lower the caseload in every replication', () => {
    const more = replicate(scenarioWith((s) => ((s.simulation.horizonWeeks = 12), (s.advisors.fte = 40))), 5);
    expect(differenceSummary(results, more, 'caseload').p90).toBeLessThan(0);
    expect(differenceSummary(more, results, 'caseload').p10).toBeGreaterThan(0);
  });
});
