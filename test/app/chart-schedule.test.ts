/**
 * The charts' refresh pace while results stream in: the fixed interval on a fast machine,
 * a fixed share of the main thread on a slow one.
 */
import { describe, expect, it } from 'vitest';
import { CHART_DUTY, CHART_INTERVAL_MS, chartInterval } from '../../src/app/chart-schedule.ts';

describe('chartInterval', () => {
  it('is the fixed interval when the charts draw fast, and before any has drawn', () => {
    expect(chartInterval(0)).toBe(CHART_INTERVAL_MS);
    expect(chartInterval(CHART_INTERVAL_MS / CHART_DUTY)).toBe(CHART_INTERVAL_MS);
  });

  it('keeps the charts to a sixth of the main thread when they draw slowly', () => {
    for (const drawMs of [200, 400, 1200, 5000]) {
      const interval = chartInterval(drawMs);
      expect(interval).toBeGreaterThanOrEqual(CHART_INTERVAL_MS);
      expect(drawMs / interval).toBeLessThanOrEqual(1 / CHART_DUTY + 1e-12);
    }
    expect(chartInterval(1200)).toBe(7200);
  });
});
