/**
 * Opening a scenario file in the app. Where it can, the app carries a file as a preset plus
 * the fields in which it differs, by path, so its link stays short and readable; a file with
 * words of its own (title, notes) or with other case types or tasks travels whole, as the
 * controls' base scenario, encoded in the link's fragment (scenario-link.ts). Either way the
 * file is reproduced exactly: nothing is refused for the app's sake, and nothing approximated.
 */
import { DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import { parseScenario, parseScenarioOrThrow } from '../scenario/parse.ts';
import { loadPreset } from '../scenario/presets.ts';
import { SCENARIO_SPEC, type FieldSpec, type ObjectSpec } from '../scenario/schema.ts';
import type { Scenario, ScenarioInput } from '../scenario/types.ts';
import { APP_PRESETS, presetControls, type AppPreset, type Controls, type Edit } from './link.ts';
import { INTAKE_RAMP_WEEKS, scenarioInput, todayOf } from './scenario-of.ts';
import { encodeScenario } from './scenario-link.ts';

export type FileResult = { ok: true; controls: Controls } | { ok: false; messages: string[] };

/**
 * The paths the big controls own, so they are not repeated as edits; the headcount, today's
 * department and the hiring plan are read together (staffingOf), the growth by growthOf.
 */
const OWNED = new Set([
  'advisors.fte',
  'advisors.caseCap',
  'advisors.hiring',
  'simulation.warmupFte',
  'simulation.warmupCaseCap',
  'simulation.horizonWeeks',
  'simulation.seed',
  'intake.growth',
  'title',
  'notes',
  'schemaVersion',
]);

/** A scenario file's text read and checked, its problems named with the file, as "Åbn scenarie" and the comparison show them. */
export function scenarioFromFile(text: string, filename: string): { ok: true; json: unknown; scenario: Scenario } | { ok: false; messages: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, messages: [`${filename} is not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) return { ok: false, messages: parsed.problems.map((p) => `${filename}: ${p.message}`) };
  return { ok: true, json, scenario: parsed.scenario };
}

export async function controlsFromFile(text: string, filename: string): Promise<FileResult> {
  const read = scenarioFromFile(text, filename);
  return read.ok ? controlsFromScenario(read.scenario) : read;
}

/** The controls that reproduce `s`: a preset and edits when that carries it whole, else `s` as the base. */
export async function controlsFromScenario(s: Scenario): Promise<FileResult> {
  const candidates = APP_PRESETS.map((preset) => asPresetEdits(s, preset)).filter((c): c is Controls => c !== null);
  const fewest = candidates.sort((a, b) => a.edits.length - b.edits.length)[0];
  if (fewest) return { ok: true, controls: fewest };
  const base = await encodeScenario(minimalInput(s));
  return { ok: true, controls: controlsOn(s, { ...presetControls('status-quo'), base }) };
}

/** `s` as `preset` plus edits, or null when paths cannot carry it (other lists, words of its own). */
function asPresetEdits(s: Scenario, preset: AppPreset): Controls | null {
  const base = parseScenarioOrThrow(loadPreset(preset));
  const ownWords = (s.title !== base.title || s.notes !== base.notes) && (s.title !== DEFAULT_SCENARIO.title || s.notes !== DEFAULT_SCENARIO.notes);
  if (ownWords) return null;
  const edits: Edit[] = [];
  if (!diff(SCENARIO_SPEC, base, s, '', edits)) return null;
  const controls = controlsOn(s, presetControls(preset));
  return { ...controls, edits: [...edits, ...controls.edits] };
}

/** The controls for `s` on `start` (a preset's, or its own base's): growth, staffing, cap, horizon and seed. */
function controlsOn(s: Scenario, start: Controls): Controls {
  const staffing = staffingOf(s, start);
  const growth = growthOf(s);
  return {
    ...start,
    intakePercent: growth.percent,
    fte: staffing.fte,
    inPost: staffing.inPost,
    caseCap: s.advisors.caseCap,
    horizonWeeks: s.simulation.horizonWeeks,
    seed: s.simulation.seed,
    edits: [...growth.edits, ...staffing.edits],
  };
}

/** The intake control's percent, and the growth's shape as edits where it is not the control's 26-week ramp from week 0. */
function growthOf(s: Scenario): { percent: number; edits: Edit[] } {
  const g = s.intake.growth;
  if (g.kind === 'none' || g.percent === 0) return { percent: 0, edits: [] };
  const control = { kind: 'ramp', startWeek: 0, rampWeeks: INTAKE_RAMP_WEEKS };
  const edits: Edit[] = [];
  for (const key of ['kind', 'startWeek', 'rampWeeks'] as const) {
    if (g[key] !== control[key]) edits.push({ path: `intake.growth.${key}`, value: g[key] });
  }
  return { percent: g.percent, edits };
}

/** The fields of `s` that differ from the defaults (lists whole): the file as a person would write it. */
export function minimalInput(s: Scenario): ScenarioInput {
  const out = differing(SCENARIO_SPEC, DEFAULT_SCENARIO, s) as Record<string, unknown>;
  return { ...out, schemaVersion: s.schemaVersion } as ScenarioInput;
}

function differing(spec: ObjectSpec, a: unknown, b: unknown): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (field.kind === 'object') {
      const inner = differing(field, x, y) as Record<string, unknown>;
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else if (JSON.stringify(x) !== JSON.stringify(y)) {
      out[key] = structuredClone(y);
    }
  }
  return out;
}

/**
 * The advisors control, its "already in post" option and the edits that give a file's
 * staffing exactly: today's department (the warm-up's posts and cap, where they differ from
 * today's preset), and the hiring plan. A file whose posts at week 0 are today's reads as a
 * decision hired at week 0 (the control: posts plus week-0 hires); one whose posts change at
 * week 0 without hiring reads as "already in post", its plan kept whole.
 */
function staffingOf(s: Scenario, start: Controls): { fte: number; inPost: boolean; edits: Edit[] } {
  const today = todayOf(s);
  const baseToday = todayOf(scenarioInput(start));
  const edits: Edit[] = [];
  if (today.fte !== baseToday.fte) edits.push({ path: 'simulation.warmupFte', value: today.fte });
  if (today.caseCap !== baseToday.caseCap) edits.push({ path: 'simulation.warmupCaseCap', value: today.caseCap });
  const inPost = s.advisors.fte !== today.fte;
  const atStart = s.advisors.hiring.filter((step) => step.week === 0);
  const plan = inPost ? s.advisors.hiring : s.advisors.hiring.filter((step) => step.week !== 0);
  if (plan.length > 0) edits.push({ path: 'advisors.hiring', value: plan });
  const fte = inPost ? s.advisors.fte : s.advisors.fte + atStart.reduce((sum, step) => sum + step.fte, 0);
  return { fte: Math.round(fte * 1000) / 1000, inPost, edits };
}

/** Adds an edit for each field in which `b` differs from `a`; false when a list of case types or tasks differs (no path carries that). */
function diff(spec: FieldSpec, a: unknown, b: unknown, path: string, edits: Edit[]): boolean {
  if (OWNED.has(path)) return true;
  if (spec.kind === 'object') {
    return Object.entries((spec as ObjectSpec).fields).every(([key, field]) =>
      diff(field, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key, edits),
    );
  }
  if (spec.kind === 'list') {
    const ids = (list: unknown) => (list as { id: string }[]).map((item) => item.id);
    if (JSON.stringify(ids(a)) !== JSON.stringify(ids(b))) return false;
    return (b as { id: string }[]).every((item, i) => diff(spec.of, (a as unknown[])[i], item, `${path}.${item.id}`, edits));
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) edits.push({ path, value: b });
  return true;
}
