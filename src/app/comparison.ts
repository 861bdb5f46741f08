/**
 * What the results compare against, beyond the presets: a pinned earlier state ("Fastgør til
 * sammenligning") or a scenario file (one saved with "Gem scenarie", or any other). A state
 * is carried as its controls, so a link keeps it (`vs=`); a file whose scenario the controls
 * cannot carry (other case types, a growth step) is compared as it is, on this page only, and
 * the caption says so. Either way the comparison runs over the scenario's horizon and seed, so
 * the differences stay paired.
 */
import { DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import { checkWorkBound } from '../experiment/catalogue.ts';
import { parseScenario } from '../scenario/parse.ts';
import type { ScenarioInput } from '../scenario/types.ts';
import { formatNumber, t, type Lang, type MessageKey } from './i18n.ts';
import { presetControls, type Controls } from './link.ts';
import { echoed } from './problems.ts';
import { controlsFromScenario, scenarioFromFile } from './scenario-file.ts';
import { decidedFte } from './scenario-of.ts';
import { scenarioName } from './scenario-name.ts';

/** A comparison that is not a preset. */
export type Against =
  /** Controls (a pinned state, or a file the controls carry): a link keeps it. `name`: a file's title or name. */
  | { kind: 'state'; controls: Controls; name?: string }
  /** A file the controls cannot carry, compared as it is; a link cannot keep it. */
  | { kind: 'file'; name: string; input: ScenarioInput };

/**
 * The controls of a pinned state: the scenario's own, without what they compare against, and
 * with the preset's horizon and seed (a comparison runs over the scenario's, so the pinned
 * state's own would only show in its name and be lost from a link).
 */
export function pinned(c: Controls): Against {
  const base = presetControls(c.preset);
  return { kind: 'state', controls: { ...c, against: undefined, compare: 'status-quo', horizonWeeks: base.horizonWeeks, seed: base.seed } };
}

/** The comparison in running text: "i dag", "Herning-modellen", "det fastgjorte", "«mit scenarie»". */
export function againstName(lang: Lang, c: Controls): string {
  const a = c.against;
  if (!a) return t(lang, `compare.${c.compare}` as MessageKey);
  return a.name !== undefined ? `«${a.name}»` : t(lang, 'compare.pinned');
}

/** The comparison as a chart legend names it: "I dag", "Fastgjort", "«mit scenarie»". */
export function againstLabel(lang: Lang, c: Controls): string {
  const a = c.against;
  if (!a) return t(lang, `preset.${c.compare}` as MessageKey);
  return a.name !== undefined ? `«${a.name}»` : t(lang, 'compare.pinned.label');
}

/** The option the compare select shows for a non-preset comparison. */
export function againstOption(lang: Lang, a: Against): string {
  return a.name !== undefined ? t(lang, 'compare.file.option', { name: a.name }) : t(lang, 'compare.pinned.option', { name: scenarioName(lang, (a as { controls: Controls }).controls) });
}

/**
 * The caption beside the select: what is compared, with its headcount and cap ("Fastgjort: I
 * dag, højst 25 sager: 34 årsværk, højst 25 sager"); for a file, that a link cannot keep it.
 */
export function againstCaption(lang: Lang, c: Controls): string {
  const a = c.against;
  const n = (x: number) => formatNumber(lang, x, 1);
  if (!a) {
    const p = presetControls(c.compare);
    return t(lang, 'comparedWith', { fte: n(p.fte), cap: n(p.caseCap) });
  }
  if (a.kind === 'state') {
    const name = a.name === undefined ? againstOption(lang, a) : a.name;
    return t(lang, 'compare.caption', { name, fte: n(a.controls.fte), cap: n(a.controls.caseCap) });
  }
  const parsed = parseScenario(a.input);
  const caption = parsed.ok ? t(lang, 'compare.caption', { name: a.name, fte: n(decidedFte(parsed.scenario)), cap: n(parsed.scenario.advisors.caseCap) }) : a.name;
  return `${caption}. ${t(lang, 'compare.notInLink')}`;
}

/** A short, safe name for a file: its title, else its file name; bidirectional controls shown as code points. */
function fileName(json: unknown, filename: string): string {
  const title = typeof json === 'object' && json !== null && typeof (json as { title?: unknown }).title === 'string' ? (json as { title: string }).title.trim() : '';
  return echoed(title || filename, 60);
}

/**
 * A scenario file as a comparison, checked as "Åbn scenarie" checks a file (the same messages)
 * and against the work bound; a file the controls carry becomes a state a link can keep.
 */
export async function againstFromFile(text: string, filename: string): Promise<{ ok: true; against: Against } | { ok: false; messages: string[] }> {
  const parsed = scenarioFromFile(text, filename);
  if (!parsed.ok) return parsed;
  const { json } = parsed;
  const refusal = checkWorkBound(parsed.scenario, parsed.scenario.simulation.replications);
  if (refusal) return { ok: false, messages: [`${filename}: ${refusal}`] };
  const name = fileName(json, filename);
  // Its title and notes do not change what it computes: without them, a file the controls can carry is a state.
  const carried = await controlsFromScenario({ ...parsed.scenario, title: DEFAULT_SCENARIO.title, notes: DEFAULT_SCENARIO.notes });
  // A file that needs a base scenario of its own (other case types or tasks) is compared as it is.
  const state = carried.ok && !carried.controls.base;
  return { ok: true, against: state ? { kind: 'state', controls: carried.controls, name } : { kind: 'file', name, input: json as ScenarioInput } };
}
