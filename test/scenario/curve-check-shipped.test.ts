import { describe, expect, it, vi } from 'vitest';
import type * as MultiplierCurve from '../../src/formula/multiplier-curve.ts';

// With the compilers replaced by ones that throw, only the list can answer a check.
vi.mock('../../src/formula/error-curve.ts', () => ({
  compileErrorCurve: () => {
    throw new Error('compiled an error curve');
  },
}));
vi.mock('../../src/formula/multiplier-curve.ts', async (original) => ({
  ...(await original<typeof MultiplierCurve>()),
  compileMultiplier: () => {
    throw new Error('compiled a multiplier');
  },
}));

const { parseScenario } = await import('../../src/scenario/parse.ts');
const { loadPreset, PRESET_NAMES } = await import('../../src/scenario/presets.ts');
const { setPath } = await import('../../src/scenario/set-path.ts');

describe('opening a shipped scenario', () => {
  it('compiles no formula: the page starts without building mathjs’s parser (scenario/curve-check.ts)', () => {
    for (const name of PRESET_NAMES) {
      for (const draw of [false, true]) expect(parseScenario(setPath(loadPreset(name), 'uncertainty.draw', draw)).ok).toBe(true);
    }
    // The app's controls change no formula: a caseload cap, a headcount and the horizon.
    const moved = setPath(setPath(setPath(loadPreset('status-quo'), 'advisors.caseCap', 20), 'advisors.fte', 60), 'simulation.horizonWeeks', 260);
    expect(parseScenario(moved).ok).toBe(true);
  });

  it('does compile a formula the list does not hold', () => {
    expect(() => parseScenario(setPath(loadPreset('status-quo'), 'documentation.errorCurveParameter', 1.75))).toThrow(/compiled an error curve/);
  });
});
