/**
 * Opening a scenario file in the app. The app's state is a preset plus edits by path (so a
 * link can carry it), so a file becomes today's preset plus every field in which it differs.
 * A file that changes what paths cannot express (the list of case types or tasks, a growth
 * shape other than the app's ramp) is refused with the reason, never approximated.
 */
import { parseScenario, parseScenarioOrThrow } from '../scenario/parse.ts';
import { loadPreset } from '../scenario/presets.ts';
import { SCENARIO_SPEC, type FieldSpec, type ObjectSpec } from '../scenario/schema.ts';
import type { Scenario } from '../scenario/types.ts';
import { presetControls, type Controls, type Edit } from './link.ts';
import { INTAKE_RAMP_WEEKS, scenarioInput, todayOf } from './scenario-of.ts';

export type FileResult = { ok: true; controls: Controls } | { ok: false; messages: string[] };

/**
 * The paths the big controls own, so they are not repeated as edits; the headcount, today's
 * department and the hiring plan are read together (staffingOf).
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

export function controlsFromFile(text: string, filename: string): FileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, messages: [`${filename} is not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) return { ok: false, messages: parsed.problems.map((p) => `${filename}: ${p.message}`) };
  return controlsFromScenario(parsed.scenario);
}

export function controlsFromScenario(s: Scenario): FileResult {
  const base = parseScenarioOrThrow(loadPreset('status-quo'));
  const messages: string[] = [];
  const g = s.intake.growth;
  let intakePercent = 0;
  if (g.kind !== 'none' && g.percent !== 0) {
    if (g.kind === 'ramp' && g.startWeek === 0 && g.rampWeeks === INTAKE_RAMP_WEEKS) intakePercent = g.percent;
    else messages.push(`intake.growth: the app shows intake change as a ramp from week 0 over ${INTAKE_RAMP_WEEKS} weeks; this file has a ${g.kind} at week ${g.startWeek} (run it with sagstal run)`);
  }
  const edits: Edit[] = [];
  diff(SCENARIO_SPEC, base, s, '', edits, messages);
  if (messages.length > 0) return { ok: false, messages };
  const staffing = staffingOf(s);
  return {
    ok: true,
    controls: {
      ...presetControls('status-quo'),
      intakePercent,
      fte: staffing.fte,
      inPost: staffing.inPost,
      caseCap: s.advisors.caseCap,
      horizonWeeks: s.simulation.horizonWeeks,
      seed: s.simulation.seed,
      edits: [...edits, ...staffing.edits],
    },
  };
}

/**
 * The advisors control, its "already in post" option and the edits that give a file's
 * staffing exactly: today's department (the warm-up's posts and cap, where they differ from
 * today's preset), and the hiring plan. A file whose posts at week 0 are today's reads as a
 * decision hired at week 0 (the control: posts plus week-0 hires); one whose posts change at
 * week 0 without hiring reads as "already in post", its plan kept whole.
 */
function staffingOf(s: Scenario): { fte: number; inPost: boolean; edits: Edit[] } {
  const today = todayOf(s);
  const baseToday = todayOf(scenarioInput(presetControls('status-quo')));
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

function diff(spec: FieldSpec, a: unknown, b: unknown, path: string, edits: Edit[], messages: string[]): void {
  if (OWNED.has(path)) return;
  if (spec.kind === 'object') {
    for (const [key, field] of Object.entries((spec as ObjectSpec).fields)) {
      diff(field, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key, edits, messages);
    }
    return;
  }
  if (spec.kind === 'list') {
    const ids = (list: unknown) => (list as { id: string }[]).map((item) => item.id);
    if (JSON.stringify(ids(a)) !== JSON.stringify(ids(b))) {
      messages.push(`${path}: the app keeps the default list (${ids(a).join(', ')}); this file has ${ids(b).join(', ')} (run it with sagstal run)`);
      return;
    }
    (b as { id: string }[]).forEach((item, i) => diff(spec.of, (a as unknown[])[i], item, `${path}.${item.id}`, edits, messages));
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) edits.push({ path, value: b });
}
