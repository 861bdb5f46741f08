/**
 * Assumption uncertainty (model 1.3): draws stay in their ranges, peak at the scenario's value,
 * depend only on (seed, replication, assumption), so common random numbers hold across
 * scenarios, and change nothing when the switch is off.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumed, triangular, withTaskHours } from '../../src/model/assumptions.ts';
import { derive } from '../../src/model/derive.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { scenarioWith } from '../support/scenarios.ts';

describe('triangular(u, low, mode, high)', () => {
  it('stays in [low, high], rises with u and puts the mode at u = (mode - low) / (high - low)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (u, v, low, width, at) => {
          const high = low + width;
          const mode = low + at * width;
          const x = triangular(u, low, mode, high);
          expect(x).toBeGreaterThanOrEqual(low - 1e-9);
          expect(x).toBeLessThanOrEqual(high + 1e-9);
          if (u < v) expect(triangular(v, low, mode, high)).toBeGreaterThanOrEqual(x - 1e-9);
          expect(triangular(at, low, mode, high)).toBeCloseTo(mode, 6);
        },
      ),
    );
  });
});

describe('assumed(scenario, seed, replication)', () => {
  const drawing = scenarioWith((s) => (s.uncertainty.draw = true));

  it('is the scenario itself when nothing is drawn and task hours are as given', () => {
    const s = scenarioWith();
    expect(assumed(s, 1, 0)).toEqual({ scenario: s, drawn: {} });
  });

  it('draws every assumption inside its range, the same values for any scenario (common random numbers)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(200), fc.integer({ min: 10, max: 100 }), (seed, replication, fte) => {
        const a = assumed(drawing, seed, replication);
        const b = assumed(scenarioWith((s) => ((s.uncertainty.draw = true), (s.advisors.fte = fte))), seed, replication);
        expect(b.drawn).toEqual(a.drawn);
        for (const { id, low, high } of drawing.uncertainty.assumptions) {
          expect(a.drawn[id]).toBeGreaterThanOrEqual(low);
          expect(a.drawn[id]).toBeLessThanOrEqual(high);
        }
        expect(a.scenario.advisors.productiveShare).toBe(a.drawn['productiveShare']);
        expect(a.scenario.documentation.errorCurveParameter).toBe(a.drawn['errorCurve']);
        expect(a.scenario.advisors.fte).toBe(drawing.advisors.fte);
      }),
    );
  });

  it('centres the draws on the scenario value: the mean of a triangular is (low + mode + high) / 3', () => {
    const n = 4000;
    let sum = 0;
    for (let r = 0; r < n; r++) sum += assumed(drawing, 7, r).drawn['productiveShare'] as number;
    // (0.6 + 0.7 + 0.8) / 3 = 0.7; standard deviation of the triangular ≈ 0.041, so 5 SE ≈ 0.0032.
    expect(sum / n).toBeCloseTo(0.7, 2);
  });

  it('scales task hours, and the workload formula with them', () => {
    const s = scenarioWith((x) => (x.advisors.taskHoursScale = 1.25));
    const scaled = withTaskHours(s);
    expect(scaled.caseTypes[0]?.tasks[0]?.hours).toBe((s.caseTypes[0]?.tasks[0]?.hours as number) * 1.25);
    expect(derive(s).requiredFteByWorkloadFormula).toBeGreaterThan(derive(scenarioWith()).requiredFteByWorkloadFormula);
  });
});

describe('parsing uncertainty', () => {
  const problems = (input: unknown) => {
    const parsed = parseScenario(input);
    return parsed.ok ? [] : parsed.problems.map((p) => p.message);
  };
  const assumption = (over: object) => ({ uncertainty: { assumptions: [{ id: 'x', path: 'advisors.productiveShare', low: 0.6, high: 0.8, source: 's', ...over }] } });

  it('accepts the defaults and a range on any numeric parameter, case types by id', () => {
    expect(problems({})).toEqual([]);
    expect(problems(assumption({ path: 'caseTypes.investigation.duration.meanDays', low: 50, high: 80 }))).toEqual([]);
  });

  it.each([
    [{ path: 'advisors.nope' }, 'names no parameter'],
    [{ path: 'advisors.hiring' }, 'must name a numeric parameter'],
    [{ path: 'caseTypes.nobody.urgentShare', low: 0, high: 1 }, 'names no parameter of this scenario'],
    [{ low: 0.9, high: 0.8 }, 'must not exceed high'],
    [{ low: 0.01, high: 0.8 }, "must lie within advisors.productiveShare's own"],
    [{ path: 'documentation.errorCurveParameter', low: 0, high: 2 }, 'at documentation.errorCurveParameter = 0: documentation.errorCurve must be 0 at s = 0'],
  ])('refuses %o, saying %s', (over, message) => {
    expect(problems(assumption(over)).join('\n')).toContain(message);
  });

  it('refuses a drawn range that does not contain the value it peaks at', () => {
    expect(problems({ ...assumption({ low: 0.75 }), uncertainty: { draw: true, assumptions: [{ id: 'x', path: 'advisors.productiveShare', low: 0.75, high: 0.8, source: 's' }] } }).join()).toContain(
      'must contain advisors.productiveShare',
    );
  });

  it('checks a formula with its parameter', () => {
    expect(problems({ documentation: { errorCurveParameter: 0 } }).join()).toContain('documentation.errorCurve must be 0 at s = 0');
    expect(problems({ documentation: { errorCurve: 's ^ 2', errorCurveParameter: 0 } })).toEqual([]);
  });
});
