import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted, sortedFinite } from '../../src/experiment/quantiles.ts';
import { differenceSummary, summarize, summarizeMetric, toJson } from '../../src/experiment/summarize.ts';
import { math } from '../../src/model/math.ts';
import { METRIC_IDS, SERIES_IDS } from '../../src/model/metrics.ts';
import { replicate, scenarioWith } from '../support/scenarios.ts';

describe('quantiles', () => {
  it('equal mathjs quantileSeq on any data', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.constantFrom(0.1, 0.5, 0.9), (xs, p) => {
        const expected = math.quantileSeq(xs, p) as number;
        expect(quantileSorted(sortedFinite(xs), p)).toBeCloseTo(expected, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('leave out NaN and report NaN when nothing is left', () => {
    expect(summarizeMetric([Number.NaN, 1, 3], 'cases')).toEqual({ mean: 2, p10: 1.2, p50: 2, p90: 2.8, unit: 'cases' });
    expect(Number.isNaN(summarizeMetric([Number.NaN], 'share').p50)).toBe(true);
  });
});

describe('summarize', () => {
  const scenario = scenarioWith((s) => (s.simulation.horizonWeeks = 12));
  const results = replicate(scenario, 5);

  it('summarises every metric and every week of every series', () => {
    const summary = summarize(scenario, 1, [...results].reverse());
    expect(summary.replications).toBe(5);
    expect(Object.keys(summary.metrics)).toEqual(METRIC_IDS);
    expect(Object.keys(summary.series)).toEqual(SERIES_IDS);
    expect(summary.series.waitingList).toHaveLength(13);
    const open = results.map((r) => r.metrics.openCases);
    expect(summary.metrics.openCases.mean).toBeCloseTo(open.reduce((a, b) => a + b) / 5, 9);
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

  it('pairs replications for differences: a scenario against itself differs by exactly 0', () => {
    const d = differenceSummary(results, results, 'caseload');
    expect([d.p10, d.p50, d.p90]).toEqual([0, 0, 0]);
    const more = replicate(scenarioWith((s) => ((s.simulation.horizonWeeks = 12), (s.advisors.fte = 40))), 5);
    expect(differenceSummary(results, more, 'caseload').p90).toBeLessThan(0);
  });
});
