/**
 * What differs from the scenario the user started from, as the results, the report and the CSV
 * list it: each changed parameter with its label, its value and the starting point's value.
 * Assumptions (the editor's edits) are counted apart from the big controls (headcount, cap,
 * intake, horizon, seed, how posts arrive, the uncertainty switch), which the page shows anyway.
 * Pure: tested in Node.
 */
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/types.ts';
import { formatNumber, type Lang } from './i18n.ts';
import { et } from './editor-text.ts';
import { baseControls, type Controls } from './link.ts';
import { caseTypeName, choiceLabel, fullLabel, nullMeaning, schemaPath, specAt, unitLabel } from './param-labels.ts';
import { scenarioInput } from './scenario-of.ts';
import { UNCERTAINTY_PATH } from './uncertainty-switch.ts';

export interface Change {
  /** The scenario path (`advisors.productiveShare`), or `inpost` for "already in post". */
  path: string;
  /** `assumption`: an edit of the editor; `control`: one of the big controls. */
  kind: 'assumption' | 'control';
  label: string;
  value: unknown;
  presetValue: unknown;
  /** The two values as a reader reads them, units included. */
  shown: string;
  presetShown: string;
}

/** The big controls by the path each sets. */
const CONTROL_PATHS = [
  ['intake.growth.percent', 'intakePercent'],
  ['advisors.fte', 'fte'],
  ['advisors.caseCap', 'caseCap'],
  ['simulation.horizonWeeks', 'horizonWeeks'],
  ['simulation.seed', 'seed'],
] as const;

/** Every change from the starting point (the preset, or the user's own scenario), assumptions first. */
export function listChanges(lang: Lang, c: Controls): Change[] {
  const start = baseControls(c);
  const now = resolved(c);
  // The same controls without the editor's edits: where each edited value started.
  const before = resolved({ ...c, edits: c.edits.filter((e) => e.path === UNCERTAINTY_PATH) });
  const changes: Change[] = [];
  for (const edit of c.edits) {
    if (edit.path === UNCERTAINTY_PATH) continue;
    const value = now && edit.path !== 'advisors.hiring' ? valueAt(now, edit.path) : edit.value;
    const presetValue = before ? startingValue(before, edit.path) : undefined;
    changes.push({ ...change(lang, edit.path, 'assumption', value, presetValue), label: fullLabel(lang, edit.path, labelsOf(now ?? before)) });
  }
  for (const [path, key] of CONTROL_PATHS) {
    if (c[key] !== start[key]) changes.push(change(lang, path, 'control', c[key], start[key]));
  }
  if (c.inPost !== start.inPost) changes.push({ ...change(lang, 'inpost', 'control', c.inPost, start.inPost), label: lang === 'da' ? 'Allerede ansat fra start' : 'Already in post from the start' });
  const drawn = c.edits.some((e) => e.path === UNCERTAINTY_PATH && e.value === true);
  if (drawn) changes.push(change(lang, UNCERTAINTY_PATH, 'control', true, false));
  return changes;
}

/** How many assumptions differ, in words: "2 forudsætninger ændret". */
export function countText(lang: Lang, n: number): string {
  return n === 0 ? et(lang, 'count.none') : n === 1 ? et(lang, 'count.one') : et(lang, 'count.many', { n });
}

/** The count and each changed assumption with its starting point, for the results and the report. */
export function changesSentence(lang: Lang, changes: readonly Change[]): string {
  const assumptions = changes.filter((x) => x.kind === 'assumption');
  if (assumptions.length === 0) return '';
  const list = assumptions.map((x) => et(lang, 'count.item', { label: x.label, value: x.shown, preset: x.presetShown })).join('; ');
  return et(lang, 'count.list', { count: countText(lang, assumptions.length), list });
}

/**
 * Rows for the CLI's CSV (kind, id, week, unit, mean, p10, p50, p90): kind `parameter` with the
 * value in `mean`, and `parameter.preset` with the starting point's, text quoted as RFC 4180 says.
 */
export function changesCsvRows(changes: readonly Change[]): string[] {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return changes.flatMap((x) => {
    const unit = cell(unitOf(x.path));
    return [
      ['parameter', cell(x.path), '', unit, cell(x.value), '', '', ''].join(','),
      ['parameter.preset', cell(x.path), '', unit, cell(x.presetValue), '', '', ''].join(','),
    ];
  });
}

function unitOf(path: string): string {
  const spec = specAt(path);
  if (!spec) return '';
  return spec.kind === 'number' ? spec.unit : spec.kind === 'nullable' ? spec.of.unit : '';
}

function change(lang: Lang, path: string, kind: Change['kind'], value: unknown, presetValue: unknown): Change {
  return { path, kind, label: fullLabel(lang, path, labelsOf(null)), value, presetValue, shown: formatValue(lang, path, value), presetShown: formatValue(lang, path, presetValue) };
}

/** The scenario's own case type and task labels, by id (the id where it has none). */
function labelsOf(s: Scenario | null) {
  return {
    caseType: (id: string) => s?.caseTypes.find((t) => t.id === id)?.label ?? id,
    task: (type: string, id: string) => s?.caseTypes.find((t) => t.id === type)?.tasks.find((task) => task.id === id)?.label ?? id,
  };
}

function resolved(c: Controls): Scenario | null {
  try {
    const parsed = parseScenario(scenarioInput(c));
    return parsed.ok ? parsed.scenario : null;
  } catch {
    return null; // an edit setPath refuses: the caller shows what it can
  }
}

/** Where an edit started: the plan beyond the week-0 decision for the hiring plan, else the value there. */
function startingValue(s: Scenario, path: string): unknown {
  if (path === 'advisors.hiring') return s.advisors.hiring.filter((step) => step.week !== 0);
  return valueAt(s, path);
}

/** The value at a concrete path; list items (case types, tasks, uncertain assumptions) by id. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (Array.isArray(node)) node = node.find((item: unknown) => (item as { id?: unknown } | null)?.id === key);
    else if (typeof node === 'object' && node !== null && Object.hasOwn(node, key)) node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}

/** A parameter's value as a reader reads it: numbers in the locale with their unit, choices and plans in words. */
export function formatValue(lang: Lang, path: string, value: unknown): string {
  const spec = specAt(path);
  if (value === undefined) return '–';
  if (value === null) return nullMeaning(lang, path);
  if (typeof value === 'boolean') return et(lang, value ? 'yes' : 'no');
  if (typeof value === 'number') {
    if (path === 'intake.growth.percent') return `${value > 0 ? '+' : ''}${formatNumber(lang, value, 2)} %`;
    const unit = spec ? unitLabel(lang, spec) : '';
    const shown = formatNumber(lang, value, 4);
    return unit && !/^(andel|share|faktor|factor|antal|count|heltal|whole)/.test(unit) ? `${shown} ${unit}` : shown;
  }
  if (typeof value === 'string') return spec?.kind === 'enum' ? choiceLabel(lang, value) : value;
  if (Array.isArray(value)) {
    if (schemaPath(path) === 'advisors.hiring') {
      if (value.length === 0) return lang === 'da' ? 'ingen' : 'none';
      return value
        .map((step: { week?: unknown; fte?: unknown }) => {
          const fte = typeof step.fte === 'number' ? `${step.fte > 0 ? '+' : '−'}${formatNumber(lang, Math.abs(step.fte), 2)}` : String(step.fte);
          return `${lang === 'da' ? 'uge' : 'week'} ${String(step.week)}: ${fte}`;
        })
        .join(', ');
    }
    return value.map((v) => String(v)).join(', ');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return lang === 'da' ? 'lukker' : 'closes';
    return entries.map(([id, p]) => `${caseTypeName(lang, id, id)} ${typeof p === 'number' ? formatNumber(lang, p, 4) : String(p)}`).join(', ');
  }
  return String(value);
}
