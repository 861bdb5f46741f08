/**
 * From the controls to scenario inputs: the chosen scenario, the comparison ("today": the
 * preset as it is, over the same horizon) and the sweep behind the error curve. The controls
 * only override a preset's fields; everything else keeps the preset's sourced values.
 *
 * The advisors control is the headcount the council decides on. By default the difference
 * from today is hired at week 0 and arrives as hires do (the posts stand vacant for the
 * recruitment delay, then onboard), so a decision shows its delay; "already in post" puts the
 * whole headcount at work from week 0. Either way the uncounted warm-up runs today's
 * department, so week 0 holds today's waiting list and overdue work.
 */
import { DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import { loadPreset } from '../scenario/presets.ts';
import { setPath } from '../scenario/set-path.ts';
import type { HiringStep, ScenarioInput } from '../scenario/types.ts';
import type { Controls, Edit } from './link.ts';

/** Intake changes ramp in over half a year, as in the intake-plus-25 preset. */
export const INTAKE_RAMP_WEEKS = 26;

interface AdvisorsInput {
  fte?: number;
  caseCap?: number;
  /** A plan, or whatever a link put there (the parser names what is wrong with it). */
  hiring?: unknown;
}
interface SimulationInput {
  warmupFte?: number | null;
  warmupCaseCap?: number | null;
}
const advisorsOf = (input: ScenarioInput) => (input.advisors ?? {}) as AdvisorsInput;
const simulationOf = (input: ScenarioInput) => (input.simulation ?? {}) as SimulationInput;

/** A change in posts rounded to what a link and a file carry (no 1e-15 left of a subtraction). */
const roundFte = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The headcount a preset decides on: the posts in place at week 0 plus the posts it hires at
 * week 0 (the Herning preset: 35 in post and 29 hired, 64). Later steps of its plan stay a plan.
 */
export function decidedFte(input: ScenarioInput): number {
  const a = advisorsOf(input);
  const plan = Array.isArray(a.hiring) ? (a.hiring as HiringStep[]) : [];
  const atStart = plan.filter((s) => s.week === 0).reduce((sum, s) => sum + s.fte, 0);
  return roundFte((a.fte ?? DEFAULT_SCENARIO.advisors.fte) + atStart);
}

/**
 * The scenario the controls and edits apply to: the user's own (an opened file, a scenario a
 * link carried whole) or else the preset's file. A fresh copy: callers may change it.
 */
export function baseInput(c: Pick<Controls, 'preset' | 'base'>): ScenarioInput {
  return c.base ? structuredClone(c.base.input) : loadPreset(c.preset);
}

/**
 * The shape of the intake change beyond its size: the intake control writes a 26-week ramp from
 * week 0, and these edits (a step, a ramp at another week or of another length) apply after it,
 * so a link carries any shape by path.
 */
export const GROWTH_SHAPE_PATHS: readonly string[] = ['intake.growth.kind', 'intake.growth.startWeek', 'intake.growth.rampWeeks'];
const isShape = (e: Edit) => GROWTH_SHAPE_PATHS.includes(e.path);

/** The base with its week-0 hiring taken out: the advisors control carries that decision. */
function presetInput(c: Pick<Controls, 'preset' | 'base'>): ScenarioInput {
  const input = baseInput(c);
  const hiring = advisorsOf(input).hiring;
  return Array.isArray(hiring) ? setPath(input, 'advisors.hiring', (hiring as HiringStep[]).filter((s) => s.week !== 0)) : input;
}

/** Today's department of a scenario input: the posts and cap its warm-up runs. */
export function todayOf(input: ScenarioInput): { fte: number; caseCap: number } {
  const a = advisorsOf(input);
  const s = simulationOf(input);
  // An input states only what differs from the defaults (a user's own file may leave both out).
  return { fte: s.warmupFte ?? a.fte ?? DEFAULT_SCENARIO.advisors.fte, caseCap: s.warmupCaseCap ?? a.caseCap ?? DEFAULT_SCENARIO.advisors.caseCap };
}

/** Today's department under the controls' preset and edits (for the advisors control's help). */
export function todayOfControls(c: Controls): { fte: number; caseCap: number } {
  return todayOf(editedInput(c));
}

/** The preset (its week-0 hiring taken out), then the link's edits by path (the growth's shape comes later). */
function editedInput(c: Controls): ScenarioInput {
  let input = presetInput(c);
  for (const edit of c.edits) if (!isShape(edit)) input = setPath(input, edit.path, edit.value);
  return input;
}

/** The preset, then the link's edits by path, then the big controls (which own their paths). */
export function scenarioInput(c: Controls): ScenarioInput {
  let input = editedInput(c);
  const today = todayOf(input);
  // No plan is an empty one; anything else, even null or a non-list from a link, goes on to the parser to be named.
  const given = advisorsOf(input).hiring;
  const plan = given === undefined ? [] : given;
  const growth = c.intakePercent === 0
    ? { kind: 'none', percent: 0, startWeek: 0, rampWeeks: INTAKE_RAMP_WEEKS }
    : { kind: 'ramp', percent: c.intakePercent, startWeek: 0, rampWeeks: INTAKE_RAMP_WEEKS };
  input = setPath(input, 'intake.growth', growth);
  for (const edit of c.edits) if (isShape(edit)) input = setPath(input, edit.path, edit.value);
  if (c.inPost) {
    // The whole headcount at work from week 0; any plan from the link comes on top.
    input = setPath(input, 'advisors.fte', c.fte);
    input = setPath(input, 'advisors.hiring', plan);
  } else {
    // Today's posts at week 0; the decision is hired then, and arrives through recruitment and onboarding.
    const hire = roundFte(c.fte - today.fte);
    input = setPath(input, 'advisors.fte', today.fte);
    input = setPath(input, 'advisors.hiring', hire === 0 || !Array.isArray(plan) ? plan : [{ week: 0, fte: hire }, ...plan]);
  }
  input = setPath(input, 'simulation.warmupFte', today.fte);
  input = setPath(input, 'simulation.warmupCaseCap', today.caseCap);
  input = setPath(input, 'advisors.caseCap', c.caseCap);
  input = setPath(input, 'simulation.horizonWeeks', c.horizonWeeks);
  input = setPath(input, 'simulation.seed', c.seed);
  return input;
}

/** The scenario compared against (today unless chosen), as its preset has it, over the same horizon. */
export function comparisonInput(c: Controls): ScenarioInput {
  // Drawing the assumptions is a way of looking, not part of the scenario: the comparison draws
  // them too (the same draw per replication, from their own streams), so the change stays paired.
  const draw = c.edits.some((e) => e.path === 'uncertainty.draw' && e.value === true);
  if (c.against) return againstInput(c, c.against, draw);
  // The same seed: common random numbers make the difference the effect, not noise.
  const input = setPath(loadPreset(c.compare), 'simulation.horizonWeeks', c.horizonWeeks);
  const drawn = draw ? setPath(input, 'uncertainty.draw', true) : input;
  return setPath(drawn, 'simulation.seed', c.seed);
}

/**
 * A pinned state or a file as the comparison: over the scenario's horizon, with its seed and
 * its number of runs (so every run has its pair), drawing the assumptions exactly when it does.
 */
function againstInput(c: Controls, against: NonNullable<Controls['against']>, draw: boolean): ScenarioInput {
  let input = against.kind === 'state' ? scenarioInput({ ...against.controls, horizonWeeks: c.horizonWeeks, seed: c.seed }) : against.input;
  const replications = (scenarioInput(c).simulation as { replications?: number } | undefined)?.replications;
  input = setPath(input, 'simulation.replications', replications ?? DEFAULT_SCENARIO.simulation.replications);
  input = setPath(input, 'simulation.horizonWeeks', c.horizonWeeks);
  input = setPath(input, 'uncertainty.draw', draw);
  return setPath(input, 'simulation.seed', c.seed);
}

/** Caseloads at which the error curve is sampled. */
export const SWEEP_CASELOADS = [15, 20, 25, 30, 35, 40, 45, 50, 55, 60] as const;

/**
 * The error curve against caseload: the chosen scenario with headcount set so that its open
 * cases spread to each caseload, in post from week 0 and through the warm-up (no hires, no
 * change of cap at week 0), and the cap lifted out of the way so caseload is the only thing
 * that changes. `openCases` is the scenario's expected open cases (derive()).
 */
export function sweepInputs(c: Controls, openCases: number): { caseload: number; input: ScenarioInput }[] {
  const base = scenarioInput(c);
  return SWEEP_CASELOADS.map((caseload) => {
    const fte = Math.max(0.5, Math.round((openCases / caseload) * 10) / 10);
    let input = setPath(base, 'advisors.fte', fte);
    input = setPath(input, 'advisors.hiring', []);
    input = setPath(input, 'simulation.warmupFte', fte);
    input = setPath(input, 'advisors.caseCap', 500);
    input = setPath(input, 'simulation.warmupCaseCap', 500);
    input = setPath(input, 'allocation.policy', 'waitlist');
    return { caseload, input };
  });
}
