import { describe, expect, it } from 'vitest';
import { lognormalQuantile, normalQuantile } from '../../src/random/distributions.ts';
import { createStreams } from '../../src/random/streams.ts';

describe('normalQuantile(p)', () => {
  it('inverts the standard normal CDF', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });
});

describe('lognormalQuantile(u, mean, cv)', () => {
  it('has the requested mean and coefficient of variation', () => {
    const n = 200_000;
    const xs = Array.from({ length: n }, (_, i) => lognormalQuantile((i + 0.5) / n, 100, 0.6));
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    expect(mean).toBeCloseTo(100, 0);
    expect(sd / mean).toBeCloseTo(0.6, 2);
  });
});

describe('createStreams(seed, replication)', () => {
  it('gives reproducible, distinct streams per seed, replication and name', () => {
    const draw = (seed: number, rep: number, name: string) => createStreams(seed, rep).stream(name)();
    expect(draw(1, 0, 'a0')).toBe(draw(1, 0, 'a0'));
    const distinct = new Set([draw(1, 0, 'a0'), draw(2, 0, 'a0'), draw(1, 1, 'a0'), draw(1, 0, 'a1')]);
    expect(distinct.size).toBe(4);
  });
});
