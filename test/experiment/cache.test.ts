/**
 * The result cache's bound: a budget in bytes that holds however many scenarios pass through it
 * (a slider moved across every headcount, a long session), least recently used forgotten first.
 */
import { describe, expect, it } from 'vitest';
import { RESULT_CACHE_BYTES, ResultCache, resultBytes } from '../../src/experiment/cache.ts';
import { METRIC_IDS, SERIES_IDS, type MetricId, type ReplicationResult, type SeriesId } from '../../src/model/metrics.ts';
import { scenarioWith } from '../support/scenarios.ts';

/** Replications 0..n−1 with every series over `weeks` weeks, as the model returns them. */
function results(n: number, weeks = 104): ReplicationResult[] {
  return Array.from({ length: n }, (_, replication) => ({
    replication,
    metrics: Object.fromEntries(METRIC_IDS.map((id) => [id, 0])) as Record<MetricId, number>,
    series: Object.fromEntries(SERIES_IDS.map((id) => [id, new Float64Array(weeks + 1)])) as Record<SeriesId, Float64Array>,
    events: 0,
    arrivals: 0,
    assumptions: {},
  }));
}

const withFte = (fte: number) => scenarioWith((s) => (s.advisors.fte = fte));

describe('resultBytes(result)', () => {
  it('counts a default replication (16 series over 104 weeks) at about 17 KB', () => {
    const bytes = resultBytes(results(1)[0] as ReplicationResult);
    expect(bytes).toBeGreaterThan(SERIES_IDS.length * 105 * 8);
    expect(bytes).toBeGreaterThan(16_000);
    expect(bytes).toBeLessThan(19_000);
  });
});

describe('ResultCache.set(scenario, seed, results)', () => {
  it('stays within its budget however many scenarios pass through it', () => {
    const cache = new ResultCache();
    const entry = results(40);
    const bytes = entry.reduce((sum, r) => sum + resultBytes(r), 0);
    // Every headcount the advisors slider offers, twice over: far more than the budget holds.
    for (let fte = 10; fte <= 200; fte++) cache.set(withFte(fte), 1, entry);
    expect(cache.bytes).toBeLessThanOrEqual(RESULT_CACHE_BYTES);
    expect(cache.size).toBe(Math.floor(RESULT_CACHE_BYTES / bytes));
    expect(cache.bytes).toBe(cache.size * bytes);
  });

  it('forgets the least recently used first, a read counting as a use', () => {
    const entry = results(4);
    const cache = new ResultCache(3 * entry.reduce((sum, r) => sum + resultBytes(r), 0));
    for (const fte of [30, 31, 32]) cache.set(withFte(fte), 1, entry);
    cache.get(withFte(30), 1);
    cache.set(withFte(33), 1, entry);
    expect([30, 31, 32, 33].map((fte) => cache.get(withFte(fte), 1).length)).toEqual([4, 0, 4, 4]);
  });

  it('counts a longer prefix in place of the shorter one', () => {
    const cache = new ResultCache();
    cache.set(withFte(34), 1, results(8));
    cache.set(withFte(34), 1, results(40));
    cache.set(withFte(34), 1, results(8));
    expect(cache.size).toBe(1);
    expect(cache.get(withFte(34), 1)).toHaveLength(40);
    expect(cache.bytes).toBe(results(40).reduce((sum, r) => sum + resultBytes(r), 0));
  });

  it('does not keep results larger than the whole budget, nor forget others for them', () => {
    const cache = new ResultCache(100 * resultBytes(results(1)[0] as ReplicationResult));
    cache.set(withFte(34), 1, results(4));
    cache.set(withFte(35), 1, results(101));
    expect(cache.get(withFte(35), 1)).toEqual([]);
    expect(cache.get(withFte(34), 1)).toHaveLength(4);
  });
});
