import { describe, expect, it } from 'vitest';
import { seriesBands, trailingMean, weekDate } from '../../src/app/series.ts';
import { fakeResult } from './fake-results.ts';

describe('trailingMean(values, window)', () => {
  it('averages the last `window` weeks, fewer at the start', () => {
    expect([...trailingMean([4, 8, 0, 4, 12], 2)]).toEqual([4, 6, 4, 2, 8]);
    expect([...trailingMean([4, 8, 0, 4, 12], 4)]).toEqual([4, 6, 4, 4, 6]);
  });

  it('leaves out weeks without a value, and is NaN only where the whole window is', () => {
    expect([...trailingMean([Number.NaN, 2, Number.NaN, Number.NaN, Number.NaN], 2)]).toEqual([Number.NaN, 2, 2, Number.NaN, Number.NaN]);
  });

  it('returns the values themselves for a window of one week', () => {
    expect([...trailingMean([3, 1, 2], 1)]).toEqual([3, 1, 2]);
  });
});

describe('seriesBands(results, id, window)', () => {
  const results = [0, 1, 2, 3, 4].map((r) => fakeResult(r, {}, { waitingList: [r, 10 * r, Number.NaN, r, r] }));

  it('gives P10, median and P90 across replications, week by week', () => {
    const bands = seriesBands(results, 'waitingList');
    expect(bands[1]).toEqual({ week: 1, p10: 4, p50: 20, p90: 36 });
  });

  it('leaves out weeks where no replication has a value', () => {
    expect(seriesBands(results, 'waitingList').map((p) => p.week)).toEqual([0, 1, 3, 4]);
  });

  it('smooths each replication before taking quantiles', () => {
    const bands = seriesBands(results, 'waitingList', 2);
    // Week 2 has no value of its own: its two-week mean is week 1's value.
    expect(bands.map((p) => p.week)).toEqual([0, 1, 2, 3, 4]);
    expect(bands[1]?.p50).toBe((2 + 20) / 2);
    expect(bands[2]?.p50).toBe(20);
  });

  it('is empty without results', () => {
    expect(seriesBands([], 'waitingList')).toEqual([]);
  });
});

describe('weekDate(start, week)', () => {
  it('counts whole weeks from the start', () => {
    const start = new Date(Date.UTC(2026, 0, 1));
    expect(weekDate(start, 0).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(weekDate(start, 52).toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });
});
