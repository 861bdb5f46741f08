/**
 * Validation 4 (model.md), as metamorphic properties under common random numbers, over the
 * documented ranges (FTE 10–100, intake −20 % … +50 %, caps 15–60). fast-check draws a fresh
 * seed on every run (and prints it with any counterexample, so a failure can be replayed with
 * `{ seed, path }`); the simulation seed is part of what it draws. Nothing here is tuned to one
 * seed.
 *
 * The property, precisely: for every metric marked `monotone` in src/model/metrics.ts, the mean
 * over R paired replications of (metric with more advisors − metric with fewer) is at most the
 * metric's materiality threshold plus Z standard errors of that paired mean. The threshold is
 * what a council could not see on a card (a case, a day, half a percentage point); the Z
 * allowance is what R replications cannot pin down. Intake the other way round, for the
 * monotone metrics not marked `censored` (a share over a population that grows with intake).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRICS, MONOTONE_METRIC_IDS, type MetricId, type MetricInfo, type MetricUnit } from '../../src/model/metrics.ts';
import { runReplication } from '../../src/model/run-replication.ts';
import { DEFAULT_SCENARIO } from '../../src/scenario/defaults.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { mean, replicate, scenarioWith, standardError } from '../support/scenarios.ts';

const REPLICATIONS = 10;
/** Standard errors of the paired mean allowed on top of the threshold (one-sided t, 9 df: p ≈ 4e-4 per check). */
const Z = 5;
/** Differences a council could not see on a card, by unit. */
const MATERIAL: Record<MetricUnit, number> = {
  cases: 1,
  days: 1,
  'cases/FTE': 0.25,
  ratio: 0.01,
  share: 0.005,
  'DKK/year': 1,
  DKK: 1,
  'per year': 10,
  FTE: 0.1,
};

interface Config {
  fte: number;
  intakePercent: number;
  caseCap: number;
  seed: number;
}

const scenario = (c: Config): Scenario =>
  scenarioWith((s) => {
    s.advisors.fte = c.fte;
    s.advisors.caseCap = c.caseCap;
    s.intake.growth = { kind: 'step', percent: c.intakePercent, startWeek: 0, rampWeeks: 1 };
    s.simulation.horizonWeeks = 52;
  });

/** The metrics that got worse by more than allowed, with the figures, or [] when none did. */
function worsened(better: Config, worse: Config, ids: readonly MetricId[]): string[] {
  const a = scenario(better);
  const b = scenario(worse);
  const failures: string[] = [];
  const differences = new Map<MetricId, number[]>();
  for (let i = 0; i < REPLICATIONS; i++) {
    const x = runReplication(a, better.seed, i).metrics;
    const y = runReplication(b, worse.seed, i).metrics;
    for (const id of ids) {
      const d = x[id] - y[id];
      if (Number.isFinite(d)) differences.set(id, [...(differences.get(id) ?? []), d]);
    }
  }
  for (const [id, ds] of differences) {
    if (ds.length < 2) continue;
    const m = mean(ds);
    const allowed = MATERIAL[METRICS[id].unit] + Z * standardError(ds);
    if (m > allowed) failures.push(`${id}: worse by ${m.toPrecision(3)} on average (allowed ${allowed.toPrecision(3)})`);
  }
  return failures;
}

/** Monotone metrics that intake cannot lower by adding children too new to have been failed yet. */
const UNCENSORED = MONOTONE_METRIC_IDS.filter((id) => !(METRICS[id] as MetricInfo).censored);

const config = fc.record({
  fte: fc.integer({ min: 10, max: 99 }),
  intakePercent: fc.integer({ min: -20, max: 50 }),
  caseCap: fc.integer({ min: 15, max: 60 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

/*
 * Everywhere in the range, deep overload included (a department with under 80 % of the case
 * slots its open cases need). Up to model 1.4 the deadline shares were exempt there: under
 * earliest-due-first, a few more advisors took children already past their deadline, whose
 * overdue reports went first and made the investigations that could still be on time late
 * too. Model 1.5's triage (docs/model.md, *Validations*) works what can still be on time first.
 */
describe('runReplication under common random numbers (validation 4)', () => {
  it('never makes a headline metric worse with more advisors', () => {
    fc.assert(
      fc.property(config, fc.integer({ min: 1, max: 20 }), (fewer, more) => {
        const extra = { ...fewer, fte: Math.min(100, fewer.fte + more) };
        expect(worsened(extra, fewer, MONOTONE_METRIC_IDS), `${JSON.stringify(fewer)} → ${extra.fte} FTE`).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('never makes a headline metric better with more intake', () => {
    fc.assert(
      fc.property(config, fc.integer({ min: 5, max: 30 }), (less, more) => {
        const extra = { ...less, intakePercent: Math.min(50, less.intakePercent + more) };
        expect(worsened(less, extra, UNCENSORED), `${JSON.stringify(less)} → ${extra.intakePercent} % intake`).toEqual([]);
      }),
      { numRuns: 6 },
    );
  });

  it('misses legal elements at the base rate only when there is no pressure', () => {
    // Fixed phase lengths, so no investigation outlasts its deadline for reasons outside the
    // advisor's control (with lognormal lengths some do, and are rushed at any load); the
    // caseload effect off, so the base rate is the one parameter.
    const seed = Math.floor(Math.random() * 2 ** 31);
    const relaxed = replicate(
      scenarioWith((s) => {
        s.advisors.fte = 80;
        s.simulation.horizonWeeks = 52;
        s.documentation.caseloadEffect = '1';
        s.advisors.staffing.attritionPerYear = 0;
        for (const t of s.caseTypes) t.duration.distribution = 'fixed';
      }),
      4,
      seed,
    );
    expect(Math.max(...relaxed.map((r) => r.metrics.pressure)), `seed ${seed}`).toBeLessThan(0.5);
    const shares = relaxed.map((r) => r.metrics.decisionErrorShare);
    const { baseMissingProbability: p, legalElements } = DEFAULT_SCENARIO.documentation;
    const atBase = 1 - (1 - p) ** legalElements.length; // each element missing with the base probability
    expect(Math.abs(mean(shares) - atBase), `seed ${seed}`).toBeLessThan(4 * standardError(shares) + 0.005);
    const pressed = replicate(scenario({ fte: 26, intakePercent: 10, caseCap: 50, seed }), 4, seed);
    expect(mean(pressed.map((r) => r.metrics.decisionErrorShare)), `seed ${seed}`).toBeGreaterThan(atBase + 0.1);
  });

  it('makes decisions with full documentation time likelier to miss an element at a higher caseload', () => {
    // No pressure at either headcount; only the caseload effect k(c) = c / 25 separates them.
    // Turnover off: with it, vacancies hand cases to colleagues above the department's mean
    // caseload (and briefly press them), so decisions are made at more than the mean c and the
    // formula below runs about 0.009 low (fresh seed 1800718423 failed by that; without turnover
    // the same seeds sit within 0.004). The model is right there; this property's formula is not.
    const seed = Math.floor(Math.random() * 2 ** 31);
    const at = (fte: number) =>
      replicate(
        scenarioWith((s) => {
          s.advisors.fte = fte;
          s.advisors.caseCap = 500;
          s.advisors.productiveShare = 1;
          s.advisors.staffing.attritionPerYear = 0;
          s.simulation.horizonWeeks = 52;
          for (const t of s.caseTypes) t.duration.distribution = 'fixed';
        }),
        4,
        seed,
      );
    const low = at(90);
    const high = at(45);
    expect(Math.max(...high.map((r) => r.metrics.pressure)), `seed ${seed}`).toBeLessThan(0.8);
    const { baseMissingProbability: p, legalElements } = DEFAULT_SCENARIO.documentation;
    for (const runs of [low, high]) {
      const c = mean(runs.map((r) => r.metrics.caseload));
      const expected = 1 - (1 - p * (c / 25)) ** legalElements.length;
      const shares = runs.map((r) => r.metrics.decisionErrorShare);
      expect(Math.abs(mean(shares) - expected), `seed ${seed}, caseload ${c}`).toBeLessThan(4 * standardError(shares) + 0.006);
    }
    expect(mean(high.map((r) => r.metrics.decisionErrorShare))).toBeGreaterThan(mean(low.map((r) => r.metrics.decisionErrorShare)));
  });
});
