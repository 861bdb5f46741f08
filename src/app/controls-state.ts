/**
 * The explorer's few big controls, and how they live in the URL. A link holds the starting
 * point and the four controls, so it reproduces what its sender saw; a bad value in a link
 * is reported by name and ignored, and the rest of the link still applies.
 */
import { parseScenarioOrThrow } from '../scenario/parse.ts';
import { isPresetName, loadPreset, type PresetName } from '../scenario/presets.ts';
import { SCENARIO_SPEC, type NumberSpec, type ObjectSpec } from '../scenario/schema.ts';
import { LANGS, type Lang } from './i18n.ts';

/** Presets a politician picks from (mmc-validation is for testing the model, not for councils). */
export const APP_PRESETS = ['status-quo', 'intake-plus-25', 'herning-model'] as const satisfies readonly PresetName[];
export type AppPreset = (typeof APP_PRESETS)[number];

export interface Controls {
  preset: AppPreset;
  /** Change in intake once the ramp is done, percent. */
  intakePercent: number;
  fte: number;
  caseCap: number;
  horizonWeeks: number;
}

export interface UrlState {
  controls: Controls;
  lang: Lang;
}

export interface UrlProblem {
  name: string;
  value: string;
  /** What is allowed, as parameters for the message. */
  reason: { kind: 'number'; min: number; max: number } | { kind: 'preset'; names: readonly string[] } | { kind: 'lang'; names: readonly string[] };
}

/** The ranges a link may carry: exactly the scenario schema's (the sliders show a narrower, everyday span). */
const spec = (path: string): NumberSpec => {
  const field = path.split('.').reduce<unknown>((node, key) => (node as ObjectSpec).fields[key], SCENARIO_SPEC);
  return field as NumberSpec;
};
export const LIMITS = {
  intake: { min: spec('intake.growth.percent').min, max: spec('intake.growth.percent').max },
  fte: { min: spec('advisors.fte').min, max: spec('advisors.fte').max },
  cap: { min: spec('advisors.caseCap').min, max: spec('advisors.caseCap').max },
  years: { min: 0.25, max: spec('simulation.horizonWeeks').max / 52 },
} as const;

/** The controls as a preset sets them. */
export function presetControls(preset: AppPreset): Controls {
  const s = parseScenarioOrThrow(loadPreset(preset));
  return {
    preset,
    intakePercent: s.intake.growth.kind === 'none' ? 0 : s.intake.growth.percent,
    fte: s.advisors.fte,
    caseCap: s.advisors.caseCap,
    horizonWeeks: s.simulation.horizonWeeks,
  };
}

export function readUrl(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  let preset: AppPreset = 'status-quo';
  const presetParam = params.get('preset');
  if (presetParam !== null) {
    if (isPresetName(presetParam) && (APP_PRESETS as readonly string[]).includes(presetParam)) preset = presetParam as AppPreset;
    else problems.push({ name: 'preset', value: presetParam, reason: { kind: 'preset', names: APP_PRESETS } });
  }
  const controls = presetControls(preset);
  const number = (name: string, limits: { min: number; max: number }, apply: (x: number) => void) => {
    const raw = params.get(name);
    if (raw === null) return;
    const x = raw.trim() === '' ? Number.NaN : Number(raw);
    if (Number.isFinite(x) && x >= limits.min && x <= limits.max) apply(x);
    else problems.push({ name, value: raw, reason: { kind: 'number', ...limits } });
  };
  number('intake', LIMITS.intake, (x) => (controls.intakePercent = x));
  number('fte', LIMITS.fte, (x) => (controls.fte = x));
  number('cap', LIMITS.cap, (x) => (controls.caseCap = Math.round(x)));
  number('years', LIMITS.years, (x) => (controls.horizonWeeks = Math.max(1, Math.round(x * 52))));
  let lang: Lang = 'da';
  const langParam = params.get('lang');
  if (langParam !== null) {
    if ((LANGS as readonly string[]).includes(langParam)) lang = langParam as Lang;
    else problems.push({ name: 'lang', value: langParam, reason: { kind: 'lang', names: LANGS } });
  }
  return { state: { controls, lang }, problems };
}

/** The query string for `state`: every control, so a link never depends on today's defaults. */
export function writeUrl(state: UrlState): string {
  const { controls: c, lang } = state;
  const params = new URLSearchParams({
    preset: c.preset,
    intake: String(c.intakePercent),
    fte: String(c.fte),
    cap: String(c.caseCap),
    years: String(Math.round((c.horizonWeeks / 52) * 1000) / 1000),
  });
  if (lang !== 'da') params.set('lang', lang);
  return `?${params.toString()}`;
}
