import { describe, expect, it, vi } from 'vitest';
import type * as Formula from '../../src/formula/formula.ts';

// The real compiler, counted.
const compiled: string[] = [];
vi.mock('../../src/formula/formula.ts', async (original) => {
  const real = await original<typeof Formula>();
  return {
    ...real,
    compileFormula: (expression: string, variables: readonly string[]) => {
      compiled.push(expression);
      return real.compileFormula(expression, variables);
    },
  };
});

const { compileShippedCurves } = await import('../../src/scenario/curve-check.ts');
const { compileErrorCurve } = await import('../../src/formula/error-curve.ts');
const { multiplier } = await import('../../src/formula/multiplier-curve.ts');
const SHIPPED = (await import('../../src/scenario/shipped-curves.json')).default;

describe('a worker waiting for its first request (runner/web-worker.ts)', () => {
  it('compiles the shipped curves, so that a replication of a shipped scenario finds them compiled', () => {
    let steps = 0;
    for (const step of compileShippedCurves()) steps += step === undefined ? 1 : 0;
    expect(steps).toBe(SHIPPED.length); // one curve a step
    const formulas = new Set(SHIPPED.map((key) => (JSON.parse(key) as [string, number | null, string])[2]));
    expect(new Set(compiled)).toEqual(formulas);
    // What the model asks for (model/decision-quality.ts, model/case-path.ts) compiles nothing more.
    compiled.length = 0;
    for (const key of SHIPPED) {
      const [variable, a, formula] = JSON.parse(key) as ['s' | 'c', number | null, string];
      if (variable === 's') expect(compileErrorCurve(formula, a ?? 0).ok).toBe(true);
      else expect(multiplier(formula, variable, a)(30)).toBeGreaterThan(0);
    }
    expect(compiled).toEqual([]);
  });
});
