/**
 * A child's path: the phases their need runs through, how long each lasts, and for a
 * placement whether it is residential, drawn when the municipality learns of the child. A fixed
 * number of uniforms per case (three per phase, used or not) from the case type's stream, so the
 * k-th case of a type is the same child in every scenario (common random numbers). The placement
 * response h, read at the department's caseload then, scales the chance of each placement, of
 * residential care and (below 1) a placement's length.
 */
import { lognormalQuantile } from '../random/distributions.ts';
import type { Rng } from '../random/streams.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Days } from '../scenario/units.ts';
import type { PathStep } from './case.ts';
import { multiplier, type Multiplier } from '../formula/multiplier-curve.ts';
import type { PhaseType } from './plan.ts';

/** Phases one case may pass through; a cycle in `next` ends here with the case closing. */
const MAX_PHASES = 16;

export class CasePaths {
  private readonly response: Multiplier;
  /** Phases drawn per case: every path the outcome uniforms can take, up to {@link MAX_PHASES}. */
  private readonly phasesPerCase: number;
  /** The path being drawn, reused from case to case. */
  private readonly scratch: PathStep[] = [];

  constructor(
    private readonly scenario: Scenario,
    private readonly phases: readonly PhaseType[],
  ) {
    this.response = multiplier(scenario.outcomes.placementResponse, 'c', scenario.outcomes.placementResponseParameter);
    this.phasesPerCase = Math.min(MAX_PHASES, scenario.caseTypes.length + 1);
  }

  /**
   * The path from `phase` for a child notified while the department holds `caseload` cases per
   * productive FTE; `firstDuration` fixes the first phase's length (a case open before the run).
   */
  draw(phase: PhaseType, caseload: number, attributes: Rng, firstDuration?: Days): PathStep[] {
    const h = this.response(caseload);
    const residentialShare = Math.min(1, this.scenario.costs.residentialShare * h);
    const steps = this.scratch;
    steps.length = 0;
    let p: PhaseType | undefined = phase;
    for (let n = 0; n < this.phasesPerCase; n++) {
      const duration = attributes();
      const outcome = attributes();
      const setting = attributes();
      if (!p) continue;
      const given = n === 0 ? firstDuration : undefined;
      // A placement also ends sooner under the response (Herning: children home again sooner).
      const length = given ?? phaseLength(p, duration) * (p.spec.isPlacement ? Math.min(1, h) : 1);
      steps.push({ phase: p, duration: length, residential: p.spec.isPlacement && setting < residentialShare });
      p = this.next(p, outcome, h);
    }
    // An exact-length copy: an array grown by push reserves 17 slots, and a case keeps its path for life.
    return steps.slice();
  }

  /**
   * The phase that follows `phase` for outcome uniform `u`, or undefined when the case closes.
   * h scales the chance of each placement target; the probability it takes away (or adds) goes
   * to the phase's first other target (Herning: more support at home), or to closing.
   */
  private next(phase: PhaseType, u: number, h: number): PhaseType | undefined {
    const next = h === 1 ? phase.next : phase.respond(h);
    for (const [index, cumulative] of next) if (u < cumulative) return this.phases[index];
    return undefined;
  }
}

/** Length of a phase from its uniform, by inversion. */
export function phaseLength(phase: PhaseType, u: number): Days {
  const { distribution, meanDays, cv } = phase.spec.duration;
  if (distribution === 'fixed') return meanDays;
  if (distribution === 'exponential') return -meanDays * Math.log(1 - u);
  return lognormalQuantile(u, meanDays, cv);
}
