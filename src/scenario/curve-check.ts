/**
 * Whether a formula is a proper curve (formula/error-curve.ts, formula/multiplier-curve.ts), as
 * parsing asks. The shipped scenarios' curves are known to pass: shipped-curves.json lists every
 * check that parsing them makes, and a test parses them again through the compiler and fails if
 * the list is stale (`npm run docs` rewrites it). Those checks are answered from the list, so
 * that opening the app on a shipped scenario compiles no formula: the first compile builds
 * mathjs's parser and typed functions, about a tenth of a second of the page's start-up (four
 * times that on a slow phone), before the first numbers. Any other formula is compiled.
 */
import { compileErrorCurve } from '../formula/error-curve.ts';
import { compileMultiplier } from '../formula/multiplier-curve.ts';
import type { FormulaVariable } from './schema.ts';
import SHIPPED from './shipped-curves.json' with { type: 'json' };

type CurveCheck = { ok: true } | { ok: false; message: string };

const OK: CurveCheck = { ok: true };
const shipped = new Set<string>(SHIPPED);
/** Set while the list is being made: every check is compiled and reported here. */
let recording: ((key: string) => void) | null = null;

/** One check's key in the list: the variable, the parameter a (null: none) and the formula. */
function curveKey(formula: string, variable: FormulaVariable, a: number | null): string {
  return JSON.stringify([variable, a, formula]);
}

/** Checks `formula` as a curve in `variable` with parameter `a` (null: the formula has none). */
export function checkCurve(formula: string, variable: FormulaVariable, a: number | null): CurveCheck {
  const key = curveKey(formula, variable, a);
  if (recording) recording(key);
  else if (shipped.has(key)) return OK;
  return compile(formula, variable, a);
}

function compile(formula: string, variable: FormulaVariable, a: number | null): CurveCheck {
  const result = variable === 's' ? compileErrorCurve(formula, a ?? 0) : compileMultiplier(formula, variable, a);
  return result.ok ? OK : { ok: false, message: result.message };
}

/**
 * Compiles the shipped scenarios' curves, one each time the generator is stepped. A Web Worker
 * steps it while it waits for its first request, and stops when one arrives: the compiled curves
 * are remembered (formula/remembered.ts), so the first replication of a shipped scenario finds
 * them ready instead of building mathjs's parser in a cold worker (a fifth of that replication's
 * time in a trace).
 */
export function* compileShippedCurves(): Generator<undefined, void, undefined> {
  for (const key of shipped) {
    const [variable, a, formula] = JSON.parse(key) as [FormulaVariable, number | null, string];
    compile(formula, variable, a);
    yield;
  }
}

/** The checks `parse` makes, each compiled, with their keys in order of first use (for the list and its test). */
export function recordCurveChecks(parse: () => void): string[] {
  const keys = new Set<string>();
  recording = (key) => keys.add(key);
  try {
    parse();
  } finally {
    recording = null;
  }
  return [...keys];
}
