/**
 * The verdict in words: a short head ("Værre end i dag") and one or two sentences built from
 * the paired medians: first what happens to the waiting list, the wait and the deadlines, then
 * the rest and the money. Each figure is the median of paired differences, the same number the
 * card shows; a change whose band spans zero says "usikkert". Pure: tested in Node.
 */
import { formatMillions, formatNumber, locale, t, type Lang, type MessageKey } from './i18n.ts';
import { NEGLIGIBLE, PRIMARY_METRICS, worseBecause, type MetricChange, type Verdict } from './verdict.ts';
import { METRICS } from '../experiment/catalogue.ts';

export interface VerdictText {
  head: string;
  body: string;
  /** What "usikkert" means, when the body uses it; empty otherwise. */
  note: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const list = (lang: Lang, parts: readonly string[]) => new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(parts);

/** "ventelisten vokser med 38 sager", "(usikkert)" added when its band spans zero. */
function phrase(lang: Lang, c: MetricChange): string {
  const d = c.difference.p50;
  if (!Number.isFinite(d) || Math.abs(d) < NEGLIGIBLE[c.id]) return t(lang, 'verdict.either', { name: t(lang, `verdict.name.${c.id}` as MessageKey) });
  const size = Math.abs(d) * (METRICS[c.id].unit === 'share' ? 100 : 1);
  const text = t(lang, `verdict.${d > 0 ? 'up' : 'down'}.${c.id}` as MessageKey, { n: formatNumber(lang, size) });
  return c.direction === 'uncertain' ? t(lang, 'verdict.uncertain', { change: text }) : text;
}

function costPhrase(lang: Lang, verdict: Verdict, against: string): string {
  const d = verdict.cost.difference.p50;
  if (!Number.isFinite(d)) return '';
  if (verdict.cost.direction === 'same') return t(lang, 'verdict.cost.same', { against });
  const text = t(lang, d > 0 ? 'verdict.cost.more' : 'verdict.cost.less', { amount: formatMillions(lang, Math.abs(d)) });
  return verdict.cost.direction === 'uncertain' ? t(lang, 'verdict.uncertain', { change: text }) : text;
}

/** The verdict as a head and sentences; `against` is the comparison in running text ("i dag"). */
export function verdictText(lang: Lang, verdict: Verdict, against: string): VerdictText {
  const head = t(lang, `verdict.head.${verdict.kind}`, { against });
  const changed = verdict.changes.filter((c) => c.direction !== 'same');
  const primary = changed.filter((c) => PRIMARY_METRICS.has(c.id));
  const secondary = changed.filter((c) => !PRIMARY_METRICS.has(c.id));
  const first = primary.length ? list(lang, primary.map((c) => phrase(lang, c))) : t(lang, 'verdict.primarySame', { against });
  const parts: string[] = [];
  const because = worseBecause(verdict);
  // Improvements that do not count while more children wait: said so, in one clause.
  const outweighed = because ? secondary.filter((c) => c.direction === 'better') : [];
  if (outweighed.length) parts.push(t(lang, `verdict.notBetter.${because as 'waiting' | 'deadlines'}`, { changes: list(lang, outweighed.map((c) => phrase(lang, c))) }));
  const rest = secondary.filter((c) => !outweighed.includes(c));
  if (rest.length) parts.push(list(lang, rest.map((c) => phrase(lang, c))));
  const cost = costPhrase(lang, verdict, against);
  if (cost) parts.push(cost);
  const second = parts.length ? ` ${capitalise(parts.join('; '))}.` : '';
  const uncertain = changed.some((c) => c.direction === 'uncertain') || verdict.cost.direction === 'uncertain';
  return { head, body: `${capitalise(first)}.${second}`, note: uncertain ? t(lang, 'verdict.note') : '' };
}
