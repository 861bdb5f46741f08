import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/formula/remembered.ts';
import { compileErrorCurve } from '../../src/formula/error-curve.ts';
import { compileMultiplier } from '../../src/formula/multiplier-curve.ts';

describe('remembered', () => {
  it('computes a key once and forgets the least recently used past its limit', () => {
    const memo = remembered<number>(2);
    let calls = 0;
    const get = (key: string) => memo(key, () => ++calls);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    get('c'); // forgets b, the least recently used (a was used after it)
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
    expect(calls).toBe(4);
  });
});

describe('checked curves are reused', () => {
  it('returns the same result for the same text and parameter, and a fresh check otherwise', () => {
    const one = compileErrorCurve('s^a', 2);
    expect(compileErrorCurve('s^a', 2)).toBe(one);
    const other = compileErrorCurve('s^a', 3);
    expect(other).not.toBe(one);
    expect(other.ok && other.g(0.5)).toBeCloseTo(0.125, 12);
    // A failed check is remembered with its message too.
    const bad = compileMultiplier('2 - c', 'c');
    expect(bad).toEqual({ ok: false, message: expect.stringContaining('must not') });
    expect(compileMultiplier('2 - c', 'c')).toBe(bad);
    expect(compileMultiplier('1 + a * c', 'c', 0.01)).not.toBe(compileMultiplier('1 + a * c', 'c', 0.02));
  });
});
