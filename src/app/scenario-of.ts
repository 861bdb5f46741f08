/**
 * From the controls to scenario inputs: the chosen scenario, the comparison ("today": the
 * status quo over the same horizon) and the sweep behind the error curve. The controls only
 * override a preset's fields; everything else keeps the preset's sourced values.
 */
import { loadPreset } from '../scenario/presets.ts';
import { setPath } from '../scenario/set-path.ts';
import type { ScenarioInput } from '../scenario/types.ts';
import type { Controls } from './link.ts';

/** Intake changes ramp in over half a year, as in the intake-plus-25 preset. */
export const INTAKE_RAMP_WEEKS = 26;

/** The preset, then the link's edits by path, then the big controls (which own their paths). */
export function scenarioInput(c: Controls): ScenarioInput {
  let input = loadPreset(c.preset);
  for (const edit of c.edits) input = setPath(input, edit.path, edit.value);
  const growth = c.intakePercent === 0
    ? { kind: 'none', percent: 0, startWeek: 0, rampWeeks: INTAKE_RAMP_WEEKS }
    : { kind: 'ramp', percent: c.intakePercent, startWeek: 0, rampWeeks: INTAKE_RAMP_WEEKS };
  input = setPath(input, 'intake.growth', growth);
  input = setPath(input, 'advisors.fte', c.fte);
  input = setPath(input, 'advisors.caseCap', c.caseCap);
  input = setPath(input, 'simulation.horizonWeeks', c.horizonWeeks);
  input = setPath(input, 'simulation.seed', c.seed);
  return input;
}

/** The scenario compared against (today unless chosen), over the same horizon. */
export function comparisonInput(c: Controls): ScenarioInput {
  // The same seed: common random numbers make the difference the effect, not noise.
  const input = setPath(loadPreset(c.compare), 'simulation.horizonWeeks', c.horizonWeeks);
  return setPath(input, 'simulation.seed', c.seed);
}

/** Caseloads at which the error curve is sampled. */
export const SWEEP_CASELOADS = [15, 20, 25, 30, 35, 40, 45, 50, 55, 60] as const;

/**
 * The error curve against caseload: the chosen scenario with headcount set so that its open
 * cases spread to each caseload, and the cap lifted out of the way so caseload is the only
 * thing that changes. `openCases` is the scenario's expected open cases (derive()).
 */
export function sweepInputs(c: Controls, openCases: number): { caseload: number; input: ScenarioInput }[] {
  const base = scenarioInput(c);
  return SWEEP_CASELOADS.map((caseload) => {
    let input = setPath(base, 'advisors.fte', Math.max(0.5, Math.round((openCases / caseload) * 10) / 10));
    input = setPath(input, 'advisors.caseCap', 500);
    input = setPath(input, 'allocation.policy', 'waitlist');
    return { caseload, input };
  });
}
