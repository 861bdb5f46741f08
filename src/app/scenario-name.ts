/**
 * A scenario's name, for people and for file names: its preset and what differs from it ("I
 * dag, højst 25 sager, 1 forudsætning ændret"), so a changed assumption is never exported or
 * printed as if it were the preset. What counts as changed comes from one small function,
 * {@link changedParameters}, to be swapped for the parameter editor's own list once it exists.
 */
import { formatNumber, horizonLabel, t, type Lang, type MessageKey } from './i18n.ts';
import { presetControls, type Controls, type Edit } from './link.ts';

/** The big controls, by the paths {@link changedParameters} gives them. */
const BIG: ReadonlySet<string> = new Set(['intake.growth.percent', 'advisors.fte', 'advisors.inPost', 'advisors.caseCap', 'simulation.horizonWeeks', 'simulation.seed']);

/** Paths that change how the numbers are looked at, not the scenario (named apart). */
const VIEW_PATHS = new Set(['uncertainty.draw']);

/** A parameter that differs from the preset: its path, its value, and the preset's (undefined for an edit). */
export interface ChangedParameter {
  path: string;
  value: unknown;
  preset?: unknown;
}

/**
 * What differs from the preset: the big controls (by their scenario paths; "already in post"
 * as `advisors.inPost`) and every edit by path. Swappable for the parameter editor's list.
 */
export function changedParameters(c: Controls): ChangedParameter[] {
  const base = presetControls(c.preset);
  const out: ChangedParameter[] = [];
  const big: [string, unknown, unknown][] = [
    ['intake.growth.percent', c.intakePercent, base.intakePercent],
    ['advisors.fte', c.fte, base.fte],
    ['advisors.inPost', c.inPost, base.inPost],
    ['advisors.caseCap', c.caseCap, base.caseCap],
    ['simulation.horizonWeeks', c.horizonWeeks, base.horizonWeeks],
    ['simulation.seed', c.seed, base.seed],
  ];
  for (const [path, value, preset] of big) if (value !== preset) out.push({ path, value, preset });
  out.push(...c.edits.map((e: Edit) => ({ path: e.path, value: e.value })));
  return out;
}

/**
 * "I dag, højst 25 sager, 1 forudsætning ændret": the preset's name and, in words, what differs
 * from it; with `controls: false` the big controls are left out (a text that states them anyway).
 */
export function scenarioName(lang: Lang, c: Controls, options: { controls?: boolean } = {}): string {
  const parts = [t(lang, `preset.${c.preset}` as MessageKey)];
  let edits = 0;
  const withControls = options.controls ?? true;
  for (const change of changedParameters(c)) {
    if (!withControls && BIG.has(change.path)) continue;
    const n = (x: unknown) => formatNumber(lang, Number(x), 1);
    switch (change.path) {
      case 'intake.growth.percent':
        parts.push(t(lang, 'name.intake', { sign: Number(change.value) > 0 ? '+' : '−', n: formatNumber(lang, Math.abs(Number(change.value)), 1) }));
        break;
      case 'advisors.fte':
        parts.push(t(lang, 'name.fte', { n: n(change.value) }));
        break;
      case 'advisors.inPost':
        parts.push(t(lang, 'name.inPost'));
        break;
      case 'advisors.caseCap':
        parts.push(t(lang, 'name.cap', { n: n(change.value) }));
        break;
      case 'simulation.horizonWeeks':
        parts.push(horizonLabel(lang, Number(change.value)));
        break;
      case 'simulation.seed':
        parts.push(t(lang, 'name.seed', { n: String(change.value) }));
        break;
      default:
        if (VIEW_PATHS.has(change.path)) {
          if (change.value === true) parts.push(t(lang, 'name.uncertainty'));
        } else edits++;
    }
  }
  if (edits > 0) parts.push(edits === 1 ? t(lang, 'name.edit') : t(lang, 'name.edits', { n: edits }));
  return parts.join(', ');
}

/** The edits that change the scenario (not how it is looked at), for the report's list. */
export function changedAssumptions(c: Controls): ChangedParameter[] {
  return changedParameters(c).filter((p) => !VIEW_PATHS.has(p.path) && !BIG.has(p.path));
}

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', '+': 'plus', '−': 'minus' };

/** A file name from a title: "sagstal-i-dag-hoejst-25-sager" (ASCII, lower case, at most 80 characters). */
export function fileStemFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[æøå+−]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `sagstal-${slug}`.slice(0, 80).replace(/-+$/, '');
}
