/**
 * Validation 4 (model.md), metamorphic properties under common random numbers: more
 * advisors never raise the expected backlog or error share; more intake never lowers them;
 * decisions miss elements at the base rate only, when there is no pressure. fast-check draws
 * the scenario pairs from a fixed seed, so the properties are checked the same way every run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/scenario/defaults.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { mean, replicate, scenarioWith, standardError } from '../support/scenarios.ts';

const REPLICATIONS = 6;

function outcome(s: Scenario) {
  const runs = replicate(s, REPLICATIONS, 2024);
  return {
    backlog: mean(runs.map((r) => r.metrics.waitingList)),
    errors: mean(runs.map((r) => r.metrics.decisionErrorShare)),
  };
}

const base = (fte: number, intakePercent: number) =>
  scenarioWith((s) => {
    s.advisors.fte = fte;
    s.intake.growth = { kind: 'step', percent: intakePercent, startWeek: 0, rampWeeks: 1 };
    s.simulation.horizonWeeks = 52;
  });

/** Slack for what common random numbers cannot pin down exactly: a small fraction of a case, a tenth of a percentage point. */
const SLACK = { backlog: 0.5, errors: 0.002 };

describe('runReplication under common random numbers', () => {
  it('never gives a larger backlog or error share with more advisors', () => {
    fc.assert(
      fc.property(fc.integer({ min: 24, max: 34 }), fc.integer({ min: 2, max: 8 }), fc.integer({ min: 0, max: 30 }), (fte, more, intake) => {
        const fewer = outcome(base(fte, intake));
        const extra = outcome(base(fte + more, intake));
        expect(extra.backlog).toBeLessThanOrEqual(fewer.backlog + SLACK.backlog);
        expect(extra.errors).toBeLessThanOrEqual(fewer.errors + SLACK.errors);
      }),
      { seed: 7, numRuns: 6 },
    );
  });

  it('never gives a smaller backlog or error share with more intake', () => {
    fc.assert(
      fc.property(fc.integer({ min: 26, max: 34 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 5, max: 25 }), (fte, intake, more) => {
        const less = outcome(base(fte, intake));
        const extra = outcome(base(fte, intake + more));
        expect(extra.backlog).toBeGreaterThanOrEqual(less.backlog - SLACK.backlog);
        expect(extra.errors).toBeGreaterThanOrEqual(less.errors - SLACK.errors);
      }),
      { seed: 11, numRuns: 6 },
    );
  });

  it('misses legal elements at the base rate only when there is no pressure', () => {
    // Fixed phase lengths, so no investigation outlasts its deadline for reasons outside the
    // advisor's control (with lognormal lengths some do, and are rushed at any load).
    const relaxed = replicate(
      scenarioWith((s) => {
        s.advisors.fte = 80;
        s.simulation.horizonWeeks = 52;
        for (const t of s.caseTypes) t.duration.distribution = 'fixed';
      }),
      4,
      9,
    );
    expect(Math.max(...relaxed.map((r) => r.metrics.pressure))).toBeLessThan(0.5);
    const shares = relaxed.map((r) => r.metrics.decisionErrorShare);
    const { baseMissingProbability: p, legalElements } = DEFAULT_SCENARIO.documentation;
    const atBase = 1 - (1 - p) ** legalElements.length; // each element missing with the base probability
    expect(Math.abs(mean(shares) - atBase)).toBeLessThan(4 * standardError(shares) + 0.005);
    const pressed = replicate(base(26, 10), 4, 9);
    expect(mean(pressed.map((r) => r.metrics.decisionErrorShare))).toBeGreaterThan(atBase + 0.1);
  });
});
