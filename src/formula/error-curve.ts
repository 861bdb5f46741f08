/**
 * The documentation error curve g(s): the extra probability that a legal element is missing
 * from a decision when a share s of its documentation time was cut. Its shape is an
 * *assumption* (no Danish source ties caseload to error rates), so it is a formula the
 * budget officer can edit, checked here to be a proper curve on [0, 1].
 */
import { compileFormula } from './formula.ts';
import { remembered } from './remembered.ts';

export type ErrorCurve = (s: number) => number;

export type ErrorCurveResult = { ok: true; g: ErrorCurve } | { ok: false; message: string };

const SAMPLES = 100;
const TOLERANCE = 1e-9;

/**
 * Compiles `expression` in `s` (and its parameter `a`, the scenario's
 * `documentation.errorCurveParameter`, so the curve's shape can carry a range of uncertainty)
 * and checks g(0) = 0, 0 <= g <= 1 and g non-decreasing.
 */
export function compileErrorCurve(expression: string, a: number): ErrorCurveResult {
  return checked(`${a}\u0000${expression}`, () => checkErrorCurve(expression, a));
}

/** Checked curves by parameter and text (see remembered.ts). */
const checked = remembered<ErrorCurveResult>(64);

function checkErrorCurve(expression: string, a: number): ErrorCurveResult {
  const compiled = compileFormula(expression, ['s', 'a']);
  if (!compiled.ok) return compiled;
  const g: ErrorCurve = compiled.curve('s', { a });
  const atZero = safe(g, 0);
  if (typeof atZero === 'string') return { ok: false, message: atZero };
  if (Math.abs(atZero) > TOLERANCE) {
    return { ok: false, message: `must be 0 at s = 0 (no documentation cut, no extra errors), got ${round(atZero)}` };
  }
  let previous = -Infinity;
  for (let i = 0; i <= SAMPLES; i++) {
    const s = i / SAMPLES;
    const value = safe(g, s);
    if (typeof value === 'string') return { ok: false, message: value };
    if (value < -TOLERANCE || value > 1 + TOLERANCE) {
      return { ok: false, message: `must stay between 0 and 1, got ${round(value)} at s = ${s}` };
    }
    if (value < previous - TOLERANCE) return { ok: false, message: `must not decrease, but falls at s = ${s}` };
    previous = value;
  }
  return { ok: true, g: (s) => (s <= 0 ? 0 : Math.min(1, Math.max(0, g(s)))) };
}

/** g(s), or a message saying why it has no finite value there. */
function safe(g: ErrorCurve, s: number): number | string {
  try {
    const value = g(s);
    return Number.isFinite(value) ? value : `is not a finite number at s = ${s}`;
  } catch (error) {
    return `fails at s = ${s}: ${(error as Error).message}`;
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
