/**
 * Multiplier curves: user formulas that scale a rate or a probability by a non-negative factor
 * that does not fall as their input grows. Three use them, each an *assumption* no source puts
 * a number on, so each is an editable formula and `1` turns it off:
 * - the caseload effect k(c) on the base chance of a decision missing a legal element (c = the
 *   deciding advisor's open cases per productive FTE; fewer children, better-known children);
 * - the placement response h(c) on the chance that a case becomes a placement (c = the
 *   department's caseload when the child is notified; the Herning mechanism);
 * - the attrition response f(p) on the rate at which advisors leave (p = department pressure).
 */
import { compileFormula } from './formula.ts';
import { remembered } from './remembered.ts';

export type Multiplier = (x: number) => number;

export type MultiplierResult = { ok: true; f: Multiplier } | { ok: false; message: string };

/** The input each curve reads, and the range over which it is checked (the inputs are clamped to it). */
export const MULTIPLIER_INPUTS = {
  c: { max: 500, step: 1, meaning: 'caseload' },
  p: { max: 10, step: 0.05, meaning: 'pressure' },
} as const;

const TOLERANCE = 1e-9;

/**
 * Compiles `expression` in `variable` (and the parameter `a`, when the scenario gives the curve
 * one, so its strength can carry a range of uncertainty) and checks that it is finite,
 * non-negative and non-decreasing over its range.
 */
export function compileMultiplier(expression: string, variable: keyof typeof MULTIPLIER_INPUTS, a: number | null = null): MultiplierResult {
  return checked(`${variable}\u0000${a}\u0000${expression}`, () => checkMultiplier(expression, variable, a));
}

/** Checked curves by variable, parameter and text: a scenario has two, its assumptions a few ends each. */
const checked = remembered<MultiplierResult>(64);

function checkMultiplier(expression: string, variable: keyof typeof MULTIPLIER_INPUTS, a: number | null): MultiplierResult {
  const compiled = compileFormula(expression, a === null ? [variable] : [variable, 'a']);
  if (!compiled.ok) return compiled;
  const { max, step, meaning } = MULTIPLIER_INPUTS[variable];
  const f: Multiplier = compiled.curve(variable, a === null ? {} : { a });
  let previous = -Infinity;
  for (let i = 0; i * step <= max + TOLERANCE; i++) {
    const x = Math.round(i * step * 1000) / 1000;
    let value: number;
    try {
      value = f(x);
    } catch (error) {
      return { ok: false, message: `fails at ${variable} = ${x}: ${(error as Error).message}` };
    }
    if (!Number.isFinite(value)) return { ok: false, message: `is not a finite number at ${variable} = ${x}` };
    if (value < -TOLERANCE) return { ok: false, message: `must not be negative, got ${round(value)} at ${variable} = ${x}` };
    if (value < previous - TOLERANCE) {
      return { ok: false, message: `must not decrease as ${meaning} grows, but falls at ${variable} = ${x}` };
    }
    previous = value;
  }
  return { ok: true, f: (x) => Math.max(0, f(Math.min(max, Math.max(0, x)))) };
}

/** Compiled curves by variable, text and parameter (replications of a run share them). */
const compiledCurves = remembered<Multiplier>(64);

/** The compiled curve, cached (replications of a run share it); parsing validated it, so a failure here is a bug. */
export function multiplier(expression: string, variable: keyof typeof MULTIPLIER_INPUTS, a: number | null = null): Multiplier {
  return compiledCurves(`${variable}\u0000${expression}\u0000${a}`, () => {
    const compiled = compileMultiplier(expression, variable, a);
    if (!compiled.ok) throw new Error(`${expression}: ${compiled.message}`);
    return expression.trim() === '1' ? () => 1 : memoised(compiled.f);
  });
}

/**
 * The curve read to a hundredth of its input and remembered: it is evaluated for every child
 * notified and every decision, and a mathjs evaluation costs microseconds (the M/M/c benchmark
 * ran 12 times slower without this).
 */
function memoised(f: Multiplier): Multiplier {
  const memo = new Map<number, number>();
  return (x) => {
    const key = Math.round(x * 100);
    let value = memo.get(key);
    if (value === undefined) {
      value = f(key / 100);
      if (memo.size > 100_000) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
