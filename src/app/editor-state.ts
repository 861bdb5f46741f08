/**
 * The editor's changes to the controls, pure (tested in Node): set a parameter by its path,
 * reset one, reset all, and check a candidate as the scenario parser does before anything is
 * applied. Parameters the big controls own (headcount, cap, intake change, horizon, seed) are
 * set through those controls, so the editor and the sliders never disagree; every other one is
 * an edit by path, as links carry it.
 */
import { checkWorkBound } from '../experiment/catalogue.ts';
import { describe, parseScenario, type ScenarioProblem } from '../scenario/parse.ts';
import { SetPathError, setPath } from '../scenario/set-path.ts';
import { valueAt } from './changes.ts';
import { baseControls, type Controls } from './link.ts';
import { scenarioInput } from './scenario-of.ts';
import { UNCERTAINTY_PATH, withUncertainty } from './uncertainty-switch.ts';

/** Parameters a big control owns, and the control. */
export const CONTROL_OWNED = {
  'intake.growth.percent': 'intakePercent',
  'advisors.fte': 'fte',
  'advisors.caseCap': 'caseCap',
  'simulation.horizonWeeks': 'horizonWeeks',
  'simulation.seed': 'seed',
} as const satisfies Record<string, keyof Controls>;

type OwnedPath = keyof typeof CONTROL_OWNED;
const ownedBy = (path: string): keyof Controls | null => (Object.hasOwn(CONTROL_OWNED, path) ? CONTROL_OWNED[path as OwnedPath] : null);

/** The controls with `value` at `path`; an edit that gives back the starting value is dropped, so nothing shows as changed. */
export function withValue(c: Controls, path: string, value: unknown): Controls {
  const control = ownedBy(path);
  if (control) return { ...c, [control]: value };
  // The switch's own rule: on is an edit, off is no edit (the default).
  if (path === UNCERTAINTY_PATH && typeof value === 'boolean') return { ...c, edits: withUncertainty(c.edits, value) };
  const rest = c.edits.filter((e) => e.path !== path);
  const without = { ...c, edits: rest };
  if (sameValue(startingValue(without, path), value)) return without;
  return { ...c, edits: [...rest, { path, value }] };
}

/** The controls with `path` back at its starting value (the preset's, or the user's own scenario's). */
export function withoutValue(c: Controls, path: string): Controls {
  const control = ownedBy(path);
  if (control) return { ...c, [control]: baseControls(c)[control] };
  return { ...c, edits: c.edits.filter((e) => e.path !== path) };
}

/** Every assumption back at its starting value; the big controls and the uncertainty switch stay. */
export function withoutAll(c: Controls): Controls {
  return { ...c, edits: c.edits.filter((e) => e.path === UNCERTAINTY_PATH) };
}

/** Whether `path` differs from where it started. */
export function isChanged(c: Controls, path: string): boolean {
  const control = ownedBy(path);
  if (control) return c[control] !== baseControls(c)[control];
  return c.edits.some((e) => e.path === path || e.path.startsWith(`${path}.`));
}

/** The value `path` has without an edit of its own: what a reset gives. */
export function startingValue(c: Controls, path: string): unknown {
  const control = ownedBy(path);
  if (control) return baseControls(c)[control];
  const parsed = safeParse({ ...c, edits: c.edits.filter((e) => e.path !== path) });
  if (!parsed) return undefined;
  const value = valueAt(parsed, path);
  // The plan beyond the week-0 decision: the advisors control carries that step.
  return path === 'advisors.hiring' && Array.isArray(value) ? value.filter((step: { week: number }) => step.week !== 0) : value;
}

/**
 * What is wrong with `c`, as the scenario parser (and its work bound) says, or nothing. Never
 * throws: a path setPath refuses is a problem like any other.
 */
export function check(c: Controls): ScenarioProblem[] {
  let input;
  try {
    input = scenarioInput(c);
  } catch (error) {
    if (!(error instanceof SetPathError)) throw error;
    return [{ path: '', message: error.message }];
  }
  const parsed = parseScenario(input);
  if (!parsed.ok) return parsed.problems;
  const refusal = checkWorkBound(parsed.scenario, parsed.scenario.simulation.replications);
  return refusal ? [{ path: '', message: refusal }] : [];
}

/**
 * The controls with `value` at `path`, and what the parser says of them. A value for a big
 * control is first checked at its own path (so 6 000 advisors is named as advisors.fte, not as
 * the week-0 hiring step it would become); the intake change only as the control writes it
 * (with its growth's kind).
 */
export function tryValue(c: Controls, path: string, value: unknown): { candidate: Controls; problems: ScenarioProblem[] } {
  const candidate = withValue(c, path, value);
  if (ownedBy(path) && path !== 'intake.growth.percent') {
    try {
      const parsed = parseScenario(setPath(scenarioInput(c), path, value));
      const own = parsed.ok ? [] : parsed.problems.filter((p) => p.path === path);
      if (own.length > 0) return { candidate, problems: own };
    } catch (error) {
      if (!(error instanceof SetPathError)) throw error;
      return { candidate, problems: [{ path, message: error.message }] };
    }
  }
  if (ownedBy(path) && (typeof value !== 'number' || !Number.isFinite(value))) {
    return { candidate, problems: [{ path, message: `${path} must be a number, got ${describe(value)}` }] };
  }
  return { candidate, problems: check(candidate) };
}

/** The problem that belongs to `path` (at it, under it or over it), else the first: the one to show beside the field. */
export function problemFor(problems: readonly ScenarioProblem[], path: string): ScenarioProblem | null {
  const root = path.replace(/\[\d+\].*$/, '');
  const own = problems.find((p) => p.path === path || p.path.startsWith(`${root}.`) || p.path.startsWith(`${root}[`) || p.path === root || root.startsWith(`${p.path}.`));
  return own ?? problems[0] ?? null;
}

function safeParse(c: Controls) {
  try {
    const parsed = parseScenario(scenarioInput(c));
    return parsed.ok ? parsed.scenario : null;
  } catch {
    return null;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
