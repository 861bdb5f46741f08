import { describe, expect, it } from 'vitest';
import { compileErrorCurve } from '../../src/formula/error-curve.ts';
import { compileFormula } from '../../src/formula/formula.ts';

describe('compileErrorCurve(expression)', () => {
  it('accepts increasing curves from 0 to at most 1', () => {
    for (const e of ['s ^ 1.5', 's', 'min(1, 2 * s)', 's > 0.5 ? s : s / 2', 'max(0, 2 * s - 1)', '1 - exp(-3 * s)']) {
      expect(compileErrorCurve(e, 1.5).ok, e).toBe(true);
    }
    const c = compileErrorCurve('s ^ 2', 1.5);
    expect(c.ok && c.g(0.5)).toBe(0.25);
  });

  it('reads its parameter a, so the curve can carry a range (a = 0 gives g(0) = 1 and is refused)', () => {
    const c = compileErrorCurve('s ^ a', 2);
    expect(c.ok && c.g(0.5)).toBe(0.25);
    const flat = compileErrorCurve('s ^ a', 0);
    expect(!flat.ok && flat.message).toContain('must be 0 at s = 0');
  });

  it.each([
    ['s ^', 'does not parse'],
    ['x + 1', 'unknown name "x"'],
    ['0.5 - abs(s - 0.5)', 'must not decrease'],
    ['s + 0.1', 'must be 0 at s = 0'],
    ['2 * s', 'must stay between 0 and 1'],
    ['log(s - 1)', 'finite'],
  ])('rejects %s with a message saying what is wrong', (expression, message) => {
    const c = compileErrorCurve(expression, 1.5);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.message).toContain(message);
  });
});

describe('compileFormula(expression, variables)', () => {
  it.each([
    ['import({}, {})', 'not allowed'],
    ['evaluate("1")', 'not allowed'],
    ['f(x) = x', 'function definitions'],
    ['a = 1', 'assignments'],
    ['s.constructor', 'property access'],
    ['[s]', 'arrays'],
    ['"text"', 'numbers'],
    ['s; s', 'several statements'],
    ['s ? createUnit("x") : 0', 'not allowed'],
  ])('refuses %s', (expression, message) => {
    const c = compileFormula(expression, ['s']);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.message).toContain(message);
  });

  it('refuses formulas longer than 500 characters', () => {
    expect(compileFormula('s+'.repeat(300) + 's', ['s']).ok).toBe(false);
  });
});
