import { describe, expect, it } from 'vitest';
import { compileErrorCurve } from '../../src/formula/error-curve.ts';
import { ALLOWED_FUNCTIONS, compileFormula } from '../../src/formula/formula.ts';

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
    // Operators without a number meaning: the first of these threw while compiling.
    ["s'", 'operator'],
    ['s to cm', 'operator'],
    ['s .* 2', 'operator'],
  ])('refuses %s', (expression, message) => {
    const c = compileFormula(expression, ['s']);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.message).toContain(message);
  });

  it('refuses formulas longer than 500 characters', () => {
    expect(compileFormula('s+'.repeat(300) + 's', ['s']).ok).toBe(false);
  });

  // The formula instance is built from the functions it needs (math.ts): each operator and
  // function a formula may use must be in it, or a formula the check allows would fail to run.
  it.each([
    ['s + 1 - 2 * 3 / 4 ^ 2 mod 3', 2.125], // 2.5 - (6 / 16 mod 3)
    ['-s + +s + 3!', 6],
    ['(s == 1.5) + (s != 1) + (s < 2) + (s > 1) + (s <= 1.5) + (s >= 2)', 5],
    ['(s > 1 and s < 2) + (s > 1 or s > 2) + (s > 1 xor s > 2) + (not (s > 2))', 4],
    ['(6 & 3) + (6 | 3) + (6 ^| 3) + ~0 + (1 << 2) + (-8 >> 1) + (8 >>> 1)', 2 + 7 + 5 - 1 + 4 - 4 + 4],
    ['s > 1 ? pi : e', Math.PI],
  ])('computes %s', (expression, value) => {
    const c = compileFormula(expression, ['s']);
    expect(c.ok && c.evaluate({ s: 1.5 })).toBeCloseTo(value, 12);
  });

  it('can call every allowed function', () => {
    for (const name of ALLOWED_FUNCTIONS) {
      const c = compileFormula(['min', 'max', 'pow'].includes(name) ? `${name}(s, 2)` : `${name}(s)`, ['s']);
      expect(c.ok && Number.isFinite(c.evaluate({ s: 1.5 })), name).toBe(true);
    }
  });
});
