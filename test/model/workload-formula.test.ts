/**
 * Validation 3 (model.md): with no randomness in durations and hours, the FTE the simulation
 * needs equals the workload-study formula Σ(open cases × hours per case-week) / productive
 * hours per FTE, and pressure crosses 1 exactly there.
 */
import { describe, expect, it } from 'vitest';
import { requiredFte } from '../../src/model/workload.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { mean, plainCaseType, replicate, scenarioWith } from '../support/scenarios.ts';

function deterministicScenario(fteFactor: number): Scenario {
  const s = scenarioWith((s) => {
    s.caseTypes = [
      plainCaseType({
        arrivalsPerWeek: 20,
        duration: { distribution: 'fixed', meanDays: 182, cv: 0 },
        contactHoursPerWeek: 0.4,
        tasks: [
          {
            id: 'followUp', label: 'Opfølgning', kind: 'followUp', trigger: 'start', dueDays: 45, dueFrom: 'phase',
            windowDays: 21, repeatEveryDays: 45, hours: 5, documentationShare: 0.5, decision: true,
          },
          {
            id: 'close', label: 'Ophør', kind: 'decision', trigger: 'end', dueDays: 28, dueFrom: 'phase',
            windowDays: 0, repeatEveryDays: null, hours: 3, documentationShare: 0.5, decision: true,
          },
        ],
      }),
    ];
    s.advisors.caseCap = 200;
    s.simulation.horizonWeeks = 104;
    // No randomness: nobody leaves either. No warm-up: at exactly the formula's FTE the
    // department is critically loaded, and a year's drift of its backlog lengthens phases.
    s.advisors.staffing.attritionPerYear = 0;
    s.simulation.warmupWeeks = 0;
  });
  s.advisors.fte = Math.round(requiredFte(s) * fteFactor * 100) / 100;
  return s;
}

describe('requiredFte(scenario)', () => {
  it('is Σ(open cases × hours per case-week) / productive hours per FTE', () => {
    const s = deterministicScenario(1);
    // 20/week × 26 weeks = 520 open cases; each: 0.4 h/week contact + 4 follow-ups × 5 h + 3 h over 26 weeks.
    const hoursPerCaseWeek = 0.4 + (4 * 5 + 3) / 26;
    expect(requiredFte(s)).toBeCloseTo((520 * hoursPerCaseWeek) / (37 * 0.7), 6);
  });
});

describe('runReplication(deterministic durations and hours)', () => {
  const pressure = (factor: number) => mean(replicate(deterministicScenario(factor), 8, 5).map((r) => r.metrics.pressure));

  it('measures pressure 1 at the formula FTE', () => {
    expect(Math.abs(pressure(1) - 1)).toBeLessThan(0.02);
  });

  it('measures pressure above 1 with fewer advisors and below 1 with more', () => {
    expect(pressure(0.9)).toBeGreaterThan(1.08);
    expect(pressure(1.1)).toBeLessThan(0.93);
  });
});

describe('requiredFte(scenario with turnover)', () => {
  it('counts posts: the capacity lost to vacancies and onboarding is added, and pressure still crosses 1 there', () => {
    const s = deterministicScenario(1);
    s.advisors.staffing.attritionPerYear = 0.24;
    const people = (520 * (0.4 + (4 * 5 + 3) / 26)) / (37 * 0.7);
    // A post's cycle: 91 days vacant, then a tenure of mean 1 / λ days, the first 182 at half capacity.
    const lambda = 0.24 / 365.25;
    const cycle = 91 + 1 / lambda;
    const available = 1 - 91 / cycle - (0.5 * (1 - Math.exp(-lambda * 182))) / lambda / cycle;
    expect(requiredFte(s)).toBeCloseTo(people / available, 6);
    s.advisors.fte = Math.round(requiredFte(s) * 100) / 100;
    const seed = Math.floor(Math.random() * 2 ** 31);
    const runs = replicate(s, 12, seed).map((r) => r.metrics.pressure);
    // Departures are random: the mean over posts and weeks, not every week, sits at 1.
    expect(Math.abs(mean(runs) - 1), `seed ${seed}`).toBeLessThan(0.05);
  });
});
