import { describe, expect, it } from 'vitest';
import { presetControls } from '../../src/app/link.ts';
import { todayOfControls } from '../../src/app/scenario-of.ts';
import { DEFAULT_MAP_GOAL, gridThrough, mapAxes, mapInput, targetList } from '../../src/app/sweep-panel.ts';
import { scenarioKey } from '../../src/experiment/cache.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { setPath } from '../../src/scenario/set-path.ts';

describe('gridThrough(anchor, lo, hi, step, most, floor)', () => {
  it('runs through the anchor in steps, covering lo–hi to within half a step', () => {
    expect(gridThrough(34, 20, 80, 10, 9, 1)).toEqual([24, 34, 44, 54, 64, 74, 84]);
    expect(gridThrough(0, 0, 50, 10, 8, -90)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('doubles the step until the values fit, and keeps none below the floor', () => {
    const wide = gridThrough(34, 20, 150, 10, 9, 1);
    expect(wide.length).toBeLessThanOrEqual(9);
    expect(wide).toContain(34);
    expect((wide[1] ?? 0) - (wide[0] ?? 0)).toBe(20);
    expect(gridThrough(4, 0, 30, 10, 9, 1)).toEqual([4, 14, 24, 34]);
  });
});

describe('mapAxes(todayFte, here)', () => {
  it("puts today's posts and no change on the grid, and stretches to take in the scenario", () => {
    const [fte, intake] = mapAxes(34, { fte: 34, intake: 0 });
    expect(fte).toEqual({ path: 'advisors.fte', values: [24, 34, 44, 54, 64, 74, 84] });
    expect(intake).toEqual({ path: 'intake.growth.percent', values: [0, 10, 20, 30, 40, 50] });
    const [more, less] = mapAxes(34, { fte: 104, intake: -20 });
    expect(more.values.at(-1)).toBeGreaterThanOrEqual(99);
    expect(less.values[0]).toBe(-20);
  });
});

describe('mapInput(controls)', () => {
  for (const preset of ['status-quo', 'intake-plus-25', 'herning-model'] as const) {
    it(`gives ${preset} axes that act: headcount in post from week 0, intake as a ramp`, () => {
      const controls = { ...presetControls(preset), fte: 50, intakePercent: 25 };
      const input = mapInput(controls);
      const today = todayOfControls(controls).fte;
      const s = parseScenarioOrThrow(input);
      // The sliders' values are left out (the axes set them): moving them keeps the map.
      expect(s.advisors.fte).toBe(today);
      expect(s.intake.growth).toMatchObject({ kind: 'ramp', percent: 0 });
      expect(s.simulation.warmupFte).toBe(today);
      expect(s.advisors.hiring.every((step) => step.week > 0)).toBe(true);
      expect(mapInput({ ...controls, fte: 61, intakePercent: -5 })).toEqual(input);
      // Each axis changes the scenario (runSweep refuses one that does not).
      const at = (fte: number, percent: number) => scenarioKey(parseScenarioOrThrow(setPath(setPath(input, 'advisors.fte', fte), 'intake.growth.percent', percent)));
      expect(at(44, 0)).not.toBe(at(54, 0));
      expect(at(44, 0)).not.toBe(at(44, 10));
    });
  }
});

describe('targetList(lang, targets)', () => {
  it('writes the default targets in words, shares as percentages', () => {
    expect(targetList('da', DEFAULT_MAP_GOAL.targets)).toBe(
      'højst 30 sager pr. rådgiver ved slutningen; højst 10\u00a0% undersøgelser over 4 måneder det sidste år; højst 10 sager på venteliste ved slutningen',
    );
    expect(targetList('en', [{ metric: 'decisionsPerYear', op: '>=', value: 100 }])).toBe('at least 100 decisionsPerYear');
  });
});
