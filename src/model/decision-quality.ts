/**
 * What decides whether a decision carries its legal elements: the base chance of missing one
 * with full documentation time, scaled by the caseload effect k(c), and the error curve g(s)
 * for documentation cut under pressure. Compiled once per scenario (every replication of a
 * run shares them).
 */
import type { DocumentationSettings } from '../scenario/types.ts';
import type { Share } from '../scenario/units.ts';
import { multiplier, type Multiplier } from '../formula/multiplier-curve.ts';
import { compileErrorCurve, type ErrorCurve } from '../formula/error-curve.ts';
import { remembered } from '../formula/remembered.ts';
import { nextAlea, type AleaState } from '../random/alea.ts';

export interface DecisionQuality {
  /** g(s): extra chance of missing an element when a share s of the documentation time was cut. */
  readonly g: ErrorCurve;
  /** Chance of missing an element with full documentation time, at caseload c (cases per productive FTE). */
  baseAt(caseload: number): Share;
}

/** Per scenario's documentation settings (replications of a run share them). */
const qualities = remembered<DecisionQuality>(32);

/** The scenario's decision quality; parsing validated both formulas, so a failure here is a bug. */
export function decisionQuality(documentation: DocumentationSettings): DecisionQuality {
  const { errorCurve, errorCurveParameter: a, caseloadEffect, baseMissingProbability: base } = documentation;
  return qualities(`${base}\u0000${errorCurve}\u0000${a}\u0000${caseloadEffect}`, () => {
    const g = compileErrorCurve(errorCurve, a);
    if (!g.ok) throw new Error(`documentation.errorCurve ${g.message}`);
    return { g: g.g, baseAt: baseScaled(base, multiplier(caseloadEffect, 'c')) };
  });
}

/** base × k(c), capped at 1 (k is memoised by multiplier(): it is read for every decision). */
function baseScaled(base: Share, k: Multiplier): (caseload: number) => Share {
  return (caseload) => Math.min(1, base * k(caseload));
}

/**
 * Whether a decision misses any of its `elements` legal elements: each is missing with
 * p = b + (1 − b) g(s), where s is the share of documentation cut and b = base × k(caseload)
 * the chance of missing it with full time, which grows with the deciding advisor's caseload.
 * Every element is drawn from the case's error stream, missing or not, so the stream stays
 * aligned across scenarios.
 */
export function missesAnElement(quality: DecisionQuality, errors: AleaState, cut: Share, caseload: number, elements: number): boolean {
  const b = quality.baseAt(caseload);
  const p = b + (1 - b) * quality.g(cut);
  let missing = false;
  for (let e = 0; e < elements; e++) if (nextAlea(errors) < p) missing = true;
  return missing;
}
