import { describe, expect, it } from 'vitest';
import { presetControls, readUrl, writeUrl } from '../../src/app/controls-state.ts';
import { comparisonInput, scenarioInput, sweepInputs } from '../../src/app/scenario-of.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';

describe('controls in the URL', () => {
  it('start from today when the link is empty', () => {
    const { state, problems } = readUrl('');
    expect(problems).toEqual([]);
    expect(state).toEqual({ controls: { preset: 'status-quo', intakePercent: 0, fte: 30, caseCap: 50, horizonWeeks: 104 }, lang: 'da' });
  });

  it('read a preset and override its controls', () => {
    expect(presetControls('intake-plus-25').intakePercent).toBe(25);
    const { state } = readUrl('?preset=herning-model&fte=50&years=3&lang=en');
    expect(state.controls).toEqual({ preset: 'herning-model', intakePercent: 0, fte: 50, caseCap: 25, horizonWeeks: 156 });
    expect(state.lang).toBe('en');
  });

  it('round-trip through writeUrl', () => {
    const state = readUrl('?preset=intake-plus-25&intake=40&fte=33.5&cap=30&years=5&lang=en').state;
    expect(readUrl(writeUrl(state)).state).toEqual(state);
  });

  it('report each bad value by name and keep everything else', () => {
    const { state, problems } = readUrl('?preset=nowhere&fte=abc&cap=9999&intake=&years=2&lang=fr');
    expect(problems.map((p) => p.name)).toEqual(['preset', 'intake', 'fte', 'cap', 'lang']);
    expect(problems[2]).toEqual({ name: 'fte', value: 'abc', reason: { kind: 'number', min: 0.5, max: 5000 } });
    expect(state.controls.horizonWeeks).toBe(104);
    expect(state.controls.fte).toBe(30);
    expect(state.lang).toBe('da');
  });
});

describe('controls to scenarios', () => {
  it('ramp intake in over half a year and keep the preset’s other values', () => {
    const s = parseScenarioOrThrow(scenarioInput({ preset: 'status-quo', intakePercent: 10, fte: 32, caseCap: 40, horizonWeeks: 52 }));
    expect(s.intake.growth).toEqual({ kind: 'ramp', percent: 10, startWeek: 0, rampWeeks: 26 });
    expect([s.advisors.fte, s.advisors.caseCap, s.simulation.horizonWeeks]).toEqual([32, 40, 52]);
    expect(s.caseTypes).toHaveLength(3);
    const none = parseScenarioOrThrow(scenarioInput(presetControls('status-quo')));
    expect(none.intake.growth.kind).toBe('none');
  });

  it('compare against today over the same horizon', () => {
    const c = parseScenarioOrThrow(comparisonInput({ ...presetControls('herning-model'), horizonWeeks: 260 }));
    expect([c.advisors.fte, c.advisors.caseCap, c.simulation.horizonWeeks]).toEqual([30, 50, 260]);
  });

  it('sweep caseloads by headcount alone, with the cap out of the way', () => {
    const points = sweepInputs(presetControls('status-quo'), 1300);
    expect(points.map((p) => p.caseload)).toEqual([15, 20, 25, 30, 35, 40, 45, 50, 55, 60]);
    for (const { caseload, input } of points) {
      const s = parseScenarioOrThrow(input);
      expect(s.advisors.caseCap).toBe(500);
      expect(1300 / s.advisors.fte).toBeCloseTo(caseload, 0);
    }
  });
});
