/**
 * The app's languages: its messages (the dictionaries are messages-da.ts and messages-en.ts)
 * and the locale's number and date formats.
 */
import { da, type MessageKey } from './messages-da.ts';
import { en } from './messages-en.ts';

export type { MessageKey };
export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { da, en };

/** The message `key` in `lang` with `{name}` placeholders filled. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function locale(lang: Lang): string {
  return lang === 'da' ? 'da-DK' : 'en-GB';
}

/**
 * Formatters, made once per language and options: an Intl constructor costs tens of
 * microseconds, and the charts format thousands of ticks, dates and labels per draw (a third
 * of the page's main-thread time when each call made its own).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${lang}${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale(lang), options)));
  return f;
}
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${lang}${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale(lang), options)));
  return f;
}

/** A number with `digits` significant decimals at most, in the locale's format. */
export function formatNumber(lang: Lang, x: number, maximumFractionDigits = 0): string {
  return numberFormat(lang, { maximumFractionDigits }).format(x);
}

export function formatPercent(lang: Lang, share: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Million kroner with one decimal ("18,8 mio. kr."). */
export function formatMillions(lang: Lang, dkk: number): string {
  const n = numberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(dkk / 1e6);
  return lang === 'da' ? `${n} mio. kr.` : `DKK ${n} m`;
}

/** Whole kroner ("625.000 kr.", "DKK 625,000"). */
export function formatKroner(lang: Lang, dkk: number): string {
  const n = formatNumber(lang, dkk);
  return lang === 'da' ? `${n} kr.` : `DKK ${n}`;
}

export function formatDate(lang: Lang, date: Date): string {
  return dateFormat(lang, { month: 'short', year: 'numeric' }).format(date);
}

export function horizonLabel(lang: Lang, weeks: number): string {
  const years = weeks / 52;
  return years === 1 ? t(lang, 'horizonOneYear') : t(lang, 'horizonYears', { n: formatNumber(lang, years, 1) });
}
