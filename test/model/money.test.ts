/**
 * Time and money (model 1.2): posts that take time to fill, people who leave, what measures
 * cost, the placement response, and a start from today's state. Properties draw fresh seeds
 * (fast-check prints them with any counterexample).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/run-replication.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { setPath } from '../../src/scenario/set-path.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { DAYS_PER_YEAR } from '../../src/scenario/units.ts';
import { mean, replicate, scenarioWith } from '../support/scenarios.ts';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);
const freshSeed = () => Math.floor(Math.random() * 2 ** 31);
const preset = (name: 'status-quo' | 'herning-model', change: Record<string, unknown> = {}): Scenario => {
  let input = loadPreset(name);
  for (const [path, value] of Object.entries(change)) input = setPath(input, path, value);
  return parseScenarioOrThrow(input);
};

describe('cost identities', () => {
  it('adds up: total = staff + recruitment + measures, per year and week by week', () => {
    const seed = freshSeed();
    const r = runReplication(preset('status-quo', { 'simulation.horizonWeeks': 52 }), seed, 0);
    const m = r.metrics;
    const years = (52 * 7) / DAYS_PER_YEAR;
    const parts = m.staffCostPerYear + m.recruitmentCostPerYear + m.preventiveCostPerYear + m.placementCostPerYear;
    expect(m.totalCostPerYear, `seed ${seed}`).toBeCloseTo(parts, 2);
    expect(m.totalCost).toBeCloseTo(m.totalCostPerYear * years, 2);
    const weekly = sum(r.series.spendStaff) + sum(r.series.spendRecruitment) + sum(r.series.spendPreventive) + sum(r.series.spendPlacement);
    expect(weekly).toBeCloseTo(m.totalCost, 2);
    expect(sum(r.series.spendStaff)).toBeCloseTo(m.staffCostPerYear * years, 2);
  });

  it('charges filled posts by the day and a recruitment cost per post filled', () => {
    const seed = freshSeed();
    const s = scenarioWith((s) => {
      s.simulation.horizonWeeks = 52;
      s.advisors.staffing.attritionPerYear = 0;
      s.advisors.hiring = [{ week: 0, fte: 10 }];
    });
    const m = runReplication(s, seed, 0).metrics;
    const { fte, fullCostPerFteDkk, staffing } = s.advisors;
    const days = 52 * 7;
    // 34 posts all year, 10 more from day 91 (the recruitment delay) on.
    const filledFteDays = fte * days + 10 * (days - staffing.recruitmentDelayDays);
    expect(m.staffCostPerYear * (days / DAYS_PER_YEAR), `seed ${seed}`).toBeCloseTo((filledFteDays * fullCostPerFteDkk) / DAYS_PER_YEAR, 0);
    expect(m.recruitmentCostPerYear * (days / DAYS_PER_YEAR)).toBeCloseTo(10 * staffing.recruitmentCostDkk, 0);
    expect(m.vacantFte).toBeCloseTo((10 * staffing.recruitmentDelayDays) / days, 6);
    expect(m.turnoverPerYear).toBe(0);
  });
});

describe('hiring and turnover', () => {
  it('leaves everything unchanged until a hire at week 0 has been recruited', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: -20, max: 40 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (hires, intake, seed) => {
        const base = scenarioWith((s) => {
          s.simulation.horizonWeeks = 26;
          s.intake.growth = { kind: 'step', percent: intake, startWeek: 0, rampWeeks: 1 };
        });
        const hired = { ...base, advisors: { ...base.advisors, hiring: [{ week: 0, fte: hires }] } };
        const a = runReplication(base, seed, 0).series;
        const b = runReplication(hired, seed, 0).series;
        // The week-13 sample falls on the day the first hires start (91 days).
        const before = Math.floor((base.advisors.staffing.recruitmentDelayDays - 1) / 7);
        for (let k = 0; k <= before; k++) {
          expect(b.caseload[k]).toBe(a.caseload[k]);
          expect(b.waitingList[k]).toBe(a.waitingList[k]);
          expect(b.productiveFte[k]).toBe(a.productiveFte[k]);
          expect(b.postsFte[k]).toBe((a.postsFte[k] as number) + hires);
        }
        expect(b.productiveFte[26] as number).toBeGreaterThan(a.productiveFte[26] as number);
      }),
      { numRuns: 8 },
    );
  });

  it('loses advisors at the yearly rate and keeps the posts recruiting', () => {
    const seed = freshSeed();
    const runs = replicate(scenarioWith((s) => (s.simulation.horizonWeeks = 104)), 8, seed);
    const { fte, staffing } = scenarioWith().advisors;
    // About 24 % of the people in post each year; about D / (D + 1/λ) of posts vacant.
    const filled = mean(runs.map((r) => mean(Array.from(r.series.filledFte).slice(1))));
    expect(mean(runs.map((r) => r.metrics.turnoverPerYear)) / filled, `seed ${seed}`).toBeGreaterThan(0.18);
    expect(mean(runs.map((r) => r.metrics.turnoverPerYear)) / filled, `seed ${seed}`).toBeLessThan(0.3);
    const cycle = staffing.recruitmentDelayDays + DAYS_PER_YEAR / staffing.attritionPerYear;
    expect(mean(runs.map((r) => r.metrics.vacantFte)), `seed ${seed}`).toBeCloseTo((fte * staffing.recruitmentDelayDays) / cycle, 0);
  });
});

describe('the placement response', () => {
  it('saves exactly nothing on measures when it is off', () => {
    const seed = freshSeed();
    const off = { 'outcomes.placementResponse': '1', 'simulation.horizonWeeks': 104 };
    const today = runReplication(preset('status-quo', off), seed, 0);
    const herning = runReplication(preset('herning-model', off), seed, 0);
    expect(herning.metrics.placementCostPerYear, `seed ${seed}`).toBe(today.metrics.placementCostPerYear);
    expect(herning.metrics.preventiveCostPerYear).toBe(today.metrics.preventiveCostPerYear);
    expect(Array.from(herning.series.spendPlacement)).toEqual(Array.from(today.series.spendPlacement));
    expect(herning.metrics.staffCostPerYear).toBeGreaterThan(today.metrics.staffCostPerYear);
  });

  it('lowers placement spending when caseloads fall, and never raises it', () => {
    const seed = freshSeed();
    const today = replicate(preset('status-quo', { 'simulation.horizonWeeks': 156 }), 6, seed);
    const herning = replicate(preset('herning-model', { 'simulation.horizonWeeks': 156 }), 6, seed);
    for (let i = 0; i < 6; i++) {
      const saved = (today[i]?.metrics.placementCostPerYear as number) - (herning[i]?.metrics.placementCostPerYear as number);
      expect(saved, `seed ${seed}, replication ${i}`).toBeGreaterThanOrEqual(0);
    }
    const saved = mean(today.map((r) => r.metrics.placementCostPerYear)) - mean(herning.map((r) => r.metrics.placementCostPerYear));
    expect(saved, `seed ${seed}`).toBeGreaterThan(1_000_000);
    expect(mean(herning.map((r) => r.metrics.placementsStartedPerYear))).toBeLessThan(mean(today.map((r) => r.metrics.placementsStartedPerYear)));
  });
});

describe('the start', () => {
  it('runs today\'s department until week 0, whatever the scenario decides from then on', () => {
    const seed = freshSeed();
    const today = runReplication(preset('status-quo', { 'simulation.horizonWeeks': 4 }), seed, 0).series;
    const herning = runReplication(preset('herning-model', { 'simulation.horizonWeeks': 4 }), seed, 0).series;
    // Week 0 is sampled after the decision (posts, cap, practice) but before any case has moved.
    expect(herning.openCases[0], `seed ${seed}`).toBe(today.openCases[0]);
    expect(herning.waitingList[0]).toBe(today.waitingList[0]);
    expect(herning.filledFte[0]).toBe(today.filledFte[0]);
    expect(herning.postsFte[0]).toBe((today.postsFte[0] as number) + 30);
  });

  it('begins from today as it runs: no dip in missed deadlines in the first weeks', () => {
    const seed = freshSeed();
    // Early weeks against later ones, in the same department started warm (a year at today's
    // configuration) and cold (an empty backlog, as model 1.0 did). Status quo is overloaded, so
    // the ratio wanders between seeds; cold it sits near 0.35–0.45. With 8 replications, seed
    // 1889091352 gave 0.558 warm, where 40 other seeds gave 0.71–1.12 and the same seed with 32
    // replications 0.79: the eight-week window's noise, not a dip in the model. With 16, 30
    // fresh seeds gave 0.76–1.08, and that seed 0.64.
    const earlyToLate = (warmupWeeks: number) => {
      const runs = replicate(preset('status-quo', { 'simulation.warmupWeeks': warmupWeeks }), 16, seed);
      const breaches = (from: number, to: number) => mean(runs.map((r) => mean(Array.from(r.series.deadlineBreaches).slice(from, to))));
      return breaches(1, 9) / breaches(20, 104);
    };
    const warm = earlyToLate(52);
    const cold = earlyToLate(0);
    expect(warm, `seed ${seed}`).toBeGreaterThan(0.6);
    expect(warm - cold, `seed ${seed}`).toBeGreaterThan(0.15);
  });
});
