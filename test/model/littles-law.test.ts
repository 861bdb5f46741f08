/**
 * Validation 2 (model.md): in steady state, open cases ≈ arrival rate × mean duration. Run on
 * the default case mix (with transitions between phases) and enough advisors that nobody
 * waits, so cases are open exactly while their phases run (plus their short end tasks).
 */
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/model/derive.ts';
import { mean, replicate, scenarioWith, standardError } from '../support/scenarios.ts';

describe('runReplication(default case mix, no waiting)', () => {
  const scenario = scenarioWith((s) => {
    s.advisors.fte = 60;
    s.simulation.horizonWeeks = 156;
  });
  const runs = replicate(scenario, 12, 3);
  const { arrivalsPerDay, meanDurationDays } = derive(scenario);

  it("holds arrival rate × mean duration cases open (Little's law), within 3 %", () => {
    const open = runs.map((r) => r.metrics.openCases);
    const expected = arrivalsPerDay * meanDurationDays;
    expect(runs.every((r) => r.metrics.waitingListEnd === 0)).toBe(true);
    // End tasks keep a phase open a few days past its duration: allow 3 % plus sampling error.
    expect(Math.abs(mean(open) - expected) / expected).toBeLessThan(0.03 + (3 * standardError(open)) / expected);
  });
});
