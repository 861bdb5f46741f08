/**
 * Validation 5 (model.md), at the model's level: a replication is a pure function of
 * (scenario, seed, index), whatever ran before it in the same process. (Equality across
 * worker counts is tested on the runners, test/runner.)
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/run-replication.ts';
import { scenarioWith } from '../support/scenarios.ts';

const short = scenarioWith((s) => {
  s.simulation.horizonWeeks = 26;
  s.advisors.staffing.attritionPerYear = 0.24;
});

const snapshot = (r: ReturnType<typeof runReplication>) =>
  JSON.stringify({ ...r, series: Object.fromEntries(Object.entries(r.series).map(([k, v]) => [k, Array.from(v)])) });

describe('runReplication(scenario, seed, index)', () => {
  it('returns identical results for the same inputs', () => {
    expect(snapshot(runReplication(short, 5, 3))).toBe(snapshot(runReplication(short, 5, 3)));
  });

  it('does not depend on what ran before it in the process', () => {
    const fresh = snapshot(runReplication(short, 5, 3));
    runReplication(scenarioWith((s) => (s.documentation.errorCurve = 's ^ 3')), 1, 0);
    runReplication(scenarioWith((s) => (s.intake.growth.kind = 'ramp')), 2, 1);
    expect(snapshot(runReplication(short, 5, 3))).toBe(fresh);
  });

  it('differs between seeds and between replications', () => {
    const a = runReplication(short, 5, 3).metrics;
    expect(runReplication(short, 6, 3).metrics).not.toEqual(a);
    expect(runReplication(short, 5, 4).metrics).not.toEqual(a);
  });
});
