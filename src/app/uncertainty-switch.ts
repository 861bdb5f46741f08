/**
 * The assumption-uncertainty switch: on, every replication draws the uncertain assumptions
 * (productive share, task hours, the error curve's and the placement response's parameter)
 * from their ranges, so the bands show how sure we are as well as chance; off (the default), a
 * scenario's values are its stated assumptions and a link reproduces them exactly. The switch
 * is the scenario path `uncertainty.draw`, which links carry like any other path. Pure: tested
 * in Node.
 */
import type { Scenario } from '../scenario/types.ts';
import { formatNumber, formatPercent, t, type Lang, type MessageKey } from './i18n.ts';
import type { Edit } from './link.ts';

export const UNCERTAINTY_PATH = 'uncertainty.draw';

/** Whether the edits switch the draws on. */
export function uncertaintyOn(edits: readonly Edit[]): boolean {
  return edits.some((e) => e.path === UNCERTAINTY_PATH && e.value === true);
}

/** The edits with the switch set: on adds `uncertainty.draw=true`, off leaves the path out (the default). */
export function withUncertainty(edits: readonly Edit[], on: boolean): Edit[] {
  const rest = edits.filter((e) => e.path !== UNCERTAINTY_PATH);
  return on ? [...rest, { path: UNCERTAINTY_PATH, value: true }] : rest;
}

/** The value at a dotted path of the scenario (the assumptions name numeric parameters). */
function valueAt(s: Scenario, path: string): number {
  const x = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], s);
  return typeof x === 'number' ? x : Number.NaN;
}

/** A value of an assumption as people read it: shares in percent, a scale as "×0,8". */
function formatAssumption(lang: Lang, path: string, x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (/Share$/.test(path)) return formatPercent(lang, x);
  if (/Scale$/.test(path)) return `×${formatNumber(lang, x, 2)}`;
  return formatNumber(lang, x, 2);
}

/** A range "60–80 %" / "×0,8–1,25" / "1–2,5", its unit written once at the end or start. */
function formatRange(lang: Lang, path: string, low: number, high: number): string {
  if (/Share$/.test(path)) return `${formatNumber(lang, low * 100)}–${formatPercent(lang, high)}`;
  if (/Scale$/.test(path)) return `×${formatNumber(lang, low, 2)}–${formatNumber(lang, high, 2)}`;
  return `${formatNumber(lang, low, 2)}–${formatNumber(lang, high, 2)}`;
}

/** An assumption's name: the shipped ones in words, any other by its id. */
function assumptionName(lang: Lang, id: string): string {
  const key = `uncertainty.name.${id}` as MessageKey;
  const name = t(lang, key);
  return name === key ? id : name;
}

/**
 * What the bands show, under the cards: off, chance alone and the fixed assumptions with their
 * values and ranges; on, that each run draws them from those ranges.
 */
export function bandsNote(lang: Lang, s: Scenario): string {
  const assumptions = s.uncertainty.assumptions;
  if (assumptions.length === 0) return t(lang, 'uncertainty.none');
  const items = assumptions.map((a) => {
    const range = formatRange(lang, a.path, a.low, a.high);
    return s.uncertainty.draw
      ? `${assumptionName(lang, a.id)} ${range}`
      : t(lang, 'uncertainty.fixedItem', { name: assumptionName(lang, a.id), value: formatAssumption(lang, a.path, valueAt(s, a.path)), range });
  });
  return t(lang, s.uncertainty.draw ? 'uncertainty.on' : 'uncertainty.off', { list: items.join('; ') });
}
