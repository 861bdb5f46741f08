/**
 * The notebooks' language: the app's choice (kept in its stored link), unless the address says
 * `?lang=`; a switch in a notebook is remembered the same way, so the app follows it. Text in a
 * notebook's Markdown is written twice, in `lang="da"` and `lang="en"` blocks, and the page's
 * stylesheet shows the blocks of the page's language; figures and charts are drawn in it.
 */
import { LANGS, type Lang } from '../app/i18n.ts';
import { readStoredLink, rememberLink } from '../app/stored-link.ts';

export type { Lang };

function asLang(value: string | null | undefined): Lang | null {
  return (LANGS as readonly (string | null | undefined)[]).includes(value) ? (value as Lang) : null;
}

/** `?lang=` of the address when valid, else the app's stored choice, else Danish. */
export function chooseLang(search: string, storedLink: string): Lang {
  return asLang(new URLSearchParams(search).get('lang')) ?? asLang(new URLSearchParams(storedLink).get('lang')) ?? 'da';
}

/** The stored app link with its language set to `lang` (Danish is the link's default: no parameter). */
export function withLang(storedLink: string, lang: Lang): string {
  const params = new URLSearchParams(storedLink);
  if (lang === 'da') params.delete('lang');
  else params.set('lang', lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Reads the language for this page and remembers an explicit `?lang=` for the app and the other notebooks. */
export function settleLang(search = location.search): Lang {
  const stored = readStoredLink();
  const lang = chooseLang(search, stored);
  if (asLang(new URLSearchParams(search).get('lang')) && chooseLang('', stored) !== lang) rememberLink(withLang(stored, lang));
  return lang;
}

/** The language the page was set to (by page.ts, before any cell runs). */
export function pageLang(): Lang {
  return asLang(document.documentElement.lang) ?? 'da';
}

/** One string in the page's language. */
export function tr(text: { da: string; en: string }, lang: Lang = pageLang()): string {
  return text[lang];
}
