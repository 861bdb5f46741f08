/**
 * Links: the explorer's state in a URL that reproduces what its sender saw, stays readable,
 * and cannot harm whoever opens it. A link holds the preset, the controls that differ from it,
 * any other parameter by its scenario path (`advisors.productiveShare=0.65`), the seed and the
 * model version. Decoding never throws: each bad part is named, ignored, and the rest applies.
 * Nothing in a link is ever evaluated or inserted as markup (the page only sets textContent),
 * and no path may pass through `__proto__`, `constructor` or `prototype` (setPath refuses
 * them; such a part is reported like any other bad part, never applied).
 */
import { checkWorkBound, MODEL_VERSION } from '../experiment/catalogue.ts';
import { parseScenario, parseScenarioOrThrow } from '../scenario/parse.ts';
import { isPresetName, loadPreset, type PresetName } from '../scenario/presets.ts';
import { SCENARIO_SPEC, type NumberSpec, type ObjectSpec } from '../scenario/schema.ts';
import { parseValue, setPath, SetPathError } from '../scenario/set-path.ts';
import type { Against } from './comparison.ts';
import { decodeGoal, encodeGoal, isGoalParam } from './goal-link.ts';
import type { GoalState } from './goal-targets.ts';
import { LANGS, type Lang } from './i18n.ts';
import { DEFAULT_PANEL_METRIC, isPanelMetric, PANEL_METRICS, type PanelMetric } from './question-metrics.ts';
import { baseInput, decidedFte, GROWTH_SHAPE_PATHS, scenarioInput } from './scenario-of.ts';
import type { ScenarioInput } from '../scenario/types.ts';

/** Presets a politician picks from (mmc-validation is for testing the model, not for councils). */
export const APP_PRESETS = ['status-quo', 'intake-plus-25', 'herning-model'] as const satisfies readonly PresetName[];
export type AppPreset = (typeof APP_PRESETS)[number];

/** A change to any scenario parameter beyond the big controls, by its path. */
export interface Edit {
  path: string;
  value: unknown;
}

export interface Controls {
  preset: AppPreset;
  /** Change in intake once the ramp is done, percent. */
  intakePercent: number;
  /** The headcount decided on, FTE (posts). */
  fte: number;
  /**
   * True: the whole headcount is at work from week 0 ("already in post"). False (default): the
   * difference from today is hired at week 0 and arrives through recruitment and onboarding.
   */
  inPost: boolean;
  caseCap: number;
  horizonWeeks: number;
  seed: number;
  edits: Edit[];
  /** What the cards and charts compare against (default: today). */
  compare: AppPreset;
  /**
   * A scenario of the user's own in place of the preset's file (an opened file, one whose case
   * types or tasks differ): a link carries it encoded in its fragment (scenario-link.ts).
   */
  base?: BaseScenario;
  /** A pinned state or an opened file to compare against instead of `compare` (comparison.ts). */
  against?: Against;
}

/** A whole scenario input and its encoded form in a link's fragment (made once, when it arrives). */
export interface BaseScenario {
  input: ScenarioInput;
  /** deflate-compressed JSON in base64url: what follows `#scenario=`. */
  encoded: string;
}

export interface LinkState {
  controls: Controls;
  /** The metric each decision panel shows, once chosen (cheap to carry; computing waits for a button). */
  panels?: PanelChoices;
  lang: Lang;
  /** The question "how many advisors are needed?", once asked (goal-link.ts). */
  goal?: GoalState;
}

/** The decision panels' choices a link keeps: `sensitivity=<metric>`, `map=<metric>`. */
export interface PanelChoices {
  sensitivity?: PanelMetric;
  map?: PanelMetric;
}
const PANEL_PARAMS = ['sensitivity', 'map'] as const;

export type LinkReason =
  | { kind: 'number'; min: number; max: number }
  | { kind: 'choice'; names: readonly string[] }
  | { kind: 'unknown' }
  | { kind: 'alias'; use: string }
  | { kind: 'scenario'; message: string }
  | { kind: 'tooLong'; max: number };

export interface LinkProblem {
  name: string;
  value: string;
  reason: LinkReason;
}

/** Longest link read; the rest is ignored (a link is pasted into mails and chats, not files). */
export const MAX_LINK_LENGTH = 8000;
const MAX_PARAMETERS = 100;
const MAX_VALUE_LENGTH = 600;

const spec = (path: string): NumberSpec =>
  path.split('.').reduce<unknown>((node, key) => (node as ObjectSpec).fields[key], SCENARIO_SPEC) as NumberSpec;
const range = (path: string) => ({ min: spec(path).min, max: spec(path).max });
/** The ranges a link may carry: exactly the scenario schema's (the sliders show an everyday span). */
export const LIMITS = {
  intake: range('intake.growth.percent'),
  fte: range('advisors.fte'),
  cap: range('advisors.caseCap'),
  // One week (as years, to the three decimals links carry) up to the schema's longest horizon.
  years: { min: 0.019, max: spec('simulation.horizonWeeks').max / 52 },
  /** The horizon in weeks, as a link may also give it (`horizon=104`). */
  horizon: { min: 1, max: spec('simulation.horizonWeeks').max },
  seed: range('simulation.seed'),
} as const;

/**
 * Paths the big controls own: a link sets them by the short name. The controls overwrite
 * these paths (all of intake.growth), so an edit at or under one would be silently lost.
 */
const ALIASES: Record<string, string> = {
  'advisors.fte': 'fte',
  'advisors.caseCap': 'cap',
  'simulation.horizonWeeks': 'years',
  'simulation.seed': 'seed',
  'intake.growth': 'intake',
};

/** The short name that owns `path` (the path itself or a field under it), if any; the growth's shape is an edit of its own. */
function aliasOf(path: string): string | undefined {
  if (GROWTH_SHAPE_PATHS.includes(path)) return undefined;
  for (const [owned, use] of Object.entries(ALIASES)) if (path === owned || path.startsWith(`${owned}.`)) return use;
  return undefined;
}

/**
 * Controls already read, by preset or by a base's input object (which does not change once
 * parsed). The page's views ask for a starting point's controls on every render, and each
 * answer parsed a whole scenario: 40 ms of the page's start-up.
 */
const readPresets = new Map<AppPreset, Controls>();
const readBases = new WeakMap<ScenarioInput, Controls>();

/** The controls as a preset sets them: its headcount is the posts it has once its week-0 hiring is done. */
export function presetControls(preset: AppPreset): Controls {
  let read = readPresets.get(preset);
  if (!read) readPresets.set(preset, (read = controlsOf(loadPreset(preset), preset)));
  // A copy with its own list of edits: callers build on what they get.
  return { ...read, edits: [] };
}

/** The controls as the scenario they start from sets them: the preset's, or the user's own scenario's. */
export function baseControls(c: Pick<Controls, 'preset' | 'base'>): Controls {
  if (!c.base) return presetControls(c.preset);
  let read = readBases.get(c.base.input);
  if (read?.preset !== c.preset) readBases.set(c.base.input, (read = controlsOf(c.base.input, c.preset)));
  return { ...read, edits: [], base: c.base };
}

/** The controls a scenario input sets (it must parse: presets do, and a base is checked when it arrives). */
function controlsOf(input: ScenarioInput, preset: AppPreset): Controls {
  const s = parseScenarioOrThrow(input);
  return {
    preset,
    intakePercent: s.intake.growth.kind === 'none' ? 0 : s.intake.growth.percent,
    fte: decidedFte(s),
    inPost: false,
    caseCap: s.advisors.caseCap,
    horizonWeeks: s.simulation.horizonWeeks,
    seed: s.simulation.seed,
    edits: [],
    compare: 'status-quo',
  };
}

export interface DecodedLink {
  state: LinkState;
  problems: LinkProblem[];
  /** The model version the link was made with, if it says. */
  version: string | null;
}

/**
 * The state a link's query gives, on top of `base` when its fragment carried a scenario of the
 * user's own (decoded and checked by scenario-link.ts, whose problems come in `earlier`).
 */
export function decodeLink(search: string, base: BaseScenario | null = null, earlier: readonly LinkProblem[] = []): DecodedLink {
  const problems: LinkProblem[] = [...earlier];
  let query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_LINK_LENGTH) {
    problems.push({ name: 'link', value: `${query.length}`, reason: { kind: 'tooLong', max: MAX_LINK_LENGTH } });
    query = query.slice(0, query.lastIndexOf('&', MAX_LINK_LENGTH) + 1 || MAX_LINK_LENGTH);
  }
  // URLSearchParams decodes malformed percent-escapes leniently (to U+FFFD) and never throws.
  const entries = [...new URLSearchParams(query)].slice(0, MAX_PARAMETERS);
  const params = new Map<string, string>();
  for (const [name, value] of entries) if (!params.has(name)) params.set(name, value);

  let preset: AppPreset = 'status-quo';
  const presetParam = params.get('preset');
  if (presetParam !== undefined) {
    if (isPresetName(presetParam) && (APP_PRESETS as readonly string[]).includes(presetParam)) preset = presetParam as AppPreset;
    else problems.push({ name: 'preset', value: presetParam, reason: { kind: 'choice', names: APP_PRESETS } });
  }
  const controls = base ? baseControls({ preset, base }) : presetControls(preset);
  const number = (name: string, limits: { min: number; max: number }, apply: (x: number) => void, integer = false) => {
    const raw = params.get(name);
    if (raw === undefined) return;
    const x = raw.trim() === '' ? Number.NaN : Number(raw);
    if (Number.isFinite(x) && x >= limits.min && x <= limits.max && (!integer || Number.isInteger(x))) apply(x);
    else problems.push({ name, value: raw, reason: { kind: 'number', ...limits } });
  };
  const compareParam = params.get('compare');
  if (compareParam !== undefined) {
    if ((APP_PRESETS as readonly string[]).includes(compareParam)) controls.compare = compareParam as AppPreset;
    else problems.push({ name: 'compare', value: compareParam, reason: { kind: 'choice', names: APP_PRESETS } });
  }
  number('intake', LIMITS.intake, (x) => (controls.intakePercent = x));
  number('fte', LIMITS.fte, (x) => (controls.fte = x));
  const inPostParam = params.get('inpost');
  if (inPostParam !== undefined) {
    if (inPostParam === '1' || inPostParam === '0') controls.inPost = inPostParam === '1';
    else problems.push({ name: 'inpost', value: inPostParam, reason: { kind: 'choice', names: ['0', '1'] } });
  }
  number('cap', LIMITS.cap, (x) => (controls.caseCap = Math.round(x)));
  number('horizon', LIMITS.horizon, (x) => (controls.horizonWeeks = x), true);
  number('years', LIMITS.years, (x) => (controls.horizonWeeks = Math.max(1, Math.round(x * 52))));
  number('seed', LIMITS.seed, (x) => (controls.seed = x), true);

  let lang: Lang = 'da';
  const langParam = params.get('lang');
  if (langParam !== undefined) {
    if ((LANGS as readonly string[]).includes(langParam)) lang = langParam as Lang;
    else problems.push({ name: 'lang', value: langParam, reason: { kind: 'choice', names: LANGS } });
  }

  const panels: PanelChoices = {};
  for (const name of PANEL_PARAMS) {
    const raw = params.get(name);
    if (raw === undefined) continue;
    if (isPanelMetric(raw)) panels[name] = raw;
    else problems.push({ name, value: raw, reason: { kind: 'choice', names: PANEL_METRICS } });
  }

  // A pinned state to compare against: its own link in one value, decoded by the same rules.
  const vs = params.get('vs');
  if (vs !== undefined) {
    const inner = new URLSearchParams(vs);
    inner.delete('vs');
    const nested = decodeLink(`?${inner.toString()}`);
    problems.push(...nested.problems.map((p) => ({ ...p, name: `vs:${p.name}` })));
    controls.against = { kind: 'state', controls: nested.state.controls };
  }

  const known = new Set(['vs', 'preset', 'compare', 'intake', 'fte', 'inpost', 'cap', 'horizon', 'years', 'seed', 'lang', 'v', ...PANEL_PARAMS]);
  for (const [name, raw] of params) {
    if (known.has(name) || isGoalParam(name)) continue;
    const alias = aliasOf(name);
    if (!name.includes('.')) {
      problems.push({ name, value: raw, reason: { kind: 'unknown' } });
    } else if (alias !== undefined) {
      problems.push({ name, value: raw, reason: { kind: 'alias', use: alias } });
    } else if (raw.length > MAX_VALUE_LENGTH) {
      problems.push({ name, value: `${raw.slice(0, 40)}…`, reason: { kind: 'tooLong', max: MAX_VALUE_LENGTH } });
    } else {
      controls.edits.push({ path: name, value: parseValue(raw) });
    }
  }
  controls.edits = validEdits(controls, problems);
  const version = params.get('v') ?? null;
  const goal = decodeGoal(entries, controls.horizonWeeks, problems);
  return { state: { controls, lang, ...(goal ? { goal } : {}), ...(Object.keys(panels).length ? { panels } : {}) }, problems, version };
}

/** The edits that parse together; each one that does not is reported and dropped. */
function validEdits(controls: Controls, problems: LinkProblem[]): Edit[] {
  let edits = applicable(controls, problems);
  for (let round = 0; round <= controls.edits.length && edits.length > 0; round++) {
    let input;
    try {
      input = scenarioInput({ ...controls, edits });
    } catch (error) {
      // Not expected once applicable() has passed every edit; still, decoding never throws.
      const message = (error as Error).message.split('\n')[0] ?? '';
      for (const e of edits) problems.push({ name: e.path, value: show(e.value), reason: { kind: 'scenario', message } });
      return [];
    }
    const parsed = parseScenario(input);
    if (parsed.ok) {
      const refusal = checkWorkBound(parsed.scenario, parsed.scenario.simulation.replications);
      if (!refusal) return edits;
      for (const e of edits) problems.push({ name: e.path, value: show(e.value), reason: { kind: 'scenario', message: refusal } });
      return [];
    }
    const blamed = new Set<Edit>();
    for (const problem of parsed.problems) {
      const culprit = edits.find((e) => problem.path === e.path || problem.path.startsWith(`${e.path}.`) || e.path.startsWith(`${problem.path}.`));
      if (culprit && !blamed.has(culprit)) {
        blamed.add(culprit);
        problems.push({ name: culprit.path, value: show(culprit.value), reason: { kind: 'scenario', message: problem.message } });
      }
    }
    if (blamed.size === 0) {
      for (const e of edits) problems.push({ name: e.path, value: show(e.value), reason: { kind: 'scenario', message: parsed.problems[0]?.message ?? '' } });
      return [];
    }
    edits = edits.filter((e) => !blamed.has(e));
  }
  return edits;
}

/**
 * The edits setPath accepts, applied in order onto the preset as scenarioInput applies them;
 * each it refuses (a malformed path, an unknown id, a forbidden segment) is reported with
 * setPath's own message and left out, so nothing runs on a half-applied scenario.
 */
function applicable(controls: Controls, problems: LinkProblem[]): Edit[] {
  let input = baseInput(controls);
  const kept: Edit[] = [];
  for (const e of controls.edits) {
    try {
      input = setPath(input, e.path, e.value);
      kept.push(e);
    } catch (error) {
      if (!(error instanceof SetPathError)) throw error;
      problems.push({ name: e.path, value: show(e.value), reason: { kind: 'scenario', message: error.message } });
    }
  }
  return kept;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The short link for `state`: the preset, what differs from it, the seed and the model version;
 * a scenario of the user's own goes whole in the fragment, with every control spelled out.
 */
export function encodeLink(state: LinkState): string {
  const c = state.controls;
  const base = baseControls(c);
  const params = new URLSearchParams(c.base ? {} : { preset: c.preset });
  const all = c.base !== undefined;
  if (all || c.intakePercent !== base.intakePercent) params.set('intake', String(c.intakePercent));
  if (all || c.fte !== base.fte) params.set('fte', String(c.fte));
  if (c.inPost) params.set('inpost', '1');
  if (all || c.caseCap !== base.caseCap) params.set('cap', String(c.caseCap));
  if (all || c.horizonWeeks !== base.horizonWeeks) params.set('years', String(Math.round((c.horizonWeeks / 52) * 1000) / 1000));
  params.set('seed', String(c.seed));
  for (const e of c.edits) params.set(e.path, show(e.value));
  if (c.compare !== 'status-quo') params.set('compare', c.compare);
  if (c.against?.kind === 'state') params.set('vs', stateQuery(c.against.controls));
  if (state.goal) encodeGoal(state.goal, params);
  for (const name of PANEL_PARAMS) {
    const metric = state.panels?.[name];
    if (metric && metric !== DEFAULT_PANEL_METRIC) params.set(name, metric);
  }
  if (state.lang !== 'da') params.set('lang', state.lang);
  params.set('v', MODEL_VERSION);
  return `?${params.toString()}${c.base ? `#${SCENARIO_FRAGMENT}${c.base.encoded}` : ''}`;
}

/** What a link's fragment starts with when it carries a whole scenario. */
export const SCENARIO_FRAGMENT = 'scenario=';

/** Every control spelled out: names the numbers on screen (`data-for`) whatever the preset. */
export function controlsKey(c: Controls): string {
  const params = new URLSearchParams({
    preset: c.preset,
    intake: String(c.intakePercent),
    fte: String(c.fte),
    cap: String(c.caseCap),
    years: String(Math.round((c.horizonWeeks / 52) * 1000) / 1000),
    seed: String(c.seed),
  });
  for (const e of c.edits) params.set(e.path, show(e.value));
  params.set('compare', c.compare);
  params.set('inpost', c.inPost ? '1' : '0');
  // A scenario of the user's own by a digest of its encoding: short enough for an attribute.
  if (c.base) params.set('scenario', digest(c.base.encoded));
  if (c.against) params.set('vs', c.against.kind === 'state' ? stateQuery(c.against.controls) : `file:${digest(JSON.stringify(c.against.input))}`);
  return params.toString();
}

/** FNV-1a, 32 bits, in hex: names a text, not a secret. */
export function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A compared state as a link's `vs=` carries it: its preset and what differs from it (it runs over the scenario's horizon and seed). */
function stateQuery(c: Controls): string {
  const params = new URLSearchParams(encodeLink({ controls: { ...c, against: undefined, compare: 'status-quo' }, lang: 'da' }));
  for (const name of ['seed', 'years', 'v']) params.delete(name);
  return params.toString();
}
