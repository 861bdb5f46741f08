/**
 * The caseload effect k(c): how the chance of a decision missing a legal element *with full
 * documentation time* grows with the deciding advisor's caseload c (open cases per productive
 * FTE). The error curve g(s) covers paperwork cut under time pressure; k covers what time
 * pressure does not: an advisor with fewer children knows each of them, meets them more often
 * and gathers the facts, the child's view and the reasons as part of the casework. No Danish
 * source puts a number on it (see docs/model.md), so k is an editable formula and its default
 * an *assumption*; k = 1 turns the effect off.
 */
import { compileFormula } from './formula.ts';

export type CaseloadEffect = (caseload: number) => number;

export type CaseloadEffectResult = { ok: true; k: CaseloadEffect } | { ok: false; message: string };

/** Caseloads at which the curve is checked: the schema's whole range of caps. */
export const CASELOAD_CHECK_MAX = 500;
const TOLERANCE = 1e-9;

/** Compiles `expression` in `c` and checks that k is finite, non-negative and non-decreasing on [0, 500]. */
export function compileCaseloadEffect(expression: string): CaseloadEffectResult {
  const compiled = compileFormula(expression, ['c']);
  if (!compiled.ok) return compiled;
  const k: CaseloadEffect = (c) => compiled.evaluate({ c });
  let previous = -Infinity;
  for (let c = 0; c <= CASELOAD_CHECK_MAX; c += c < 100 ? 1 : 5) {
    let value: number;
    try {
      value = k(c);
    } catch (error) {
      return { ok: false, message: `fails at c = ${c}: ${(error as Error).message}` };
    }
    if (!Number.isFinite(value)) return { ok: false, message: `is not a finite number at c = ${c}` };
    if (value < -TOLERANCE) return { ok: false, message: `must not be negative, got ${round(value)} at c = ${c}` };
    if (value < previous - TOLERANCE) {
      return { ok: false, message: `must not decrease as caseload grows (fewer cases cannot make errors likelier), but falls at c = ${c}` };
    }
    previous = value;
  }
  return { ok: true, k: (c) => Math.max(0, k(Math.min(CASELOAD_CHECK_MAX, Math.max(0, c)))) };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
