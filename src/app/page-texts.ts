/**
 * The page's fixed texts in one language: everything index.html marks for translation
 * (`data-i18n` for text, `data-i18n-label` for an accessible name), the preset buttons, the
 * horizon's and the comparison's options, the language switch and the notebooks' links.
 * What depends on the numbers is rendered by the views that show them.
 */
import { horizonLabel, t, type Lang, type MessageKey } from './i18n.ts';
import type { AppPreset } from './link.ts';

/** Translates the page into `lang`; `otherHref` is this page's link in the other language. */
export function translatePage(lang: Lang, otherHref: string): void {
  document.documentElement.lang = lang;
  document.title = `${t(lang, 'title')}: ${t(lang, 'tagline')}`;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(lang, element.dataset['i18n'] as MessageKey);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(lang, element.dataset['i18nLabel'] as MessageKey));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    button.textContent = t(lang, `preset.${button.dataset['preset'] as AppPreset}` as MessageKey);
  }
  for (const option of document.querySelectorAll<HTMLOptionElement>('#horizon option')) {
    option.textContent = horizonLabel(lang, Number(option.value));
  }
  for (const option of document.querySelectorAll<HTMLOptionElement>('#compare option')) {
    if (option.value !== 'pinned' && option.value !== 'file') option.textContent = t(lang, `compare.${option.value as AppPreset}` as MessageKey);
  }
  const other: Lang = lang === 'da' ? 'en' : 'da';
  const sw = document.querySelector<HTMLAnchorElement>('#lang-switch');
  if (sw) {
    sw.textContent = t(lang, 'otherLanguage');
    sw.href = otherHref;
    sw.hreflang = other;
    sw.lang = other;
  }
  // The notebooks read the language from the stored link too; the address says it outright.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-notebook]')) {
    const url = new URL(link.getAttribute('href') ?? '', location.href);
    url.search = lang === 'da' ? '' : `?lang=${lang}`;
    link.href = url.href;
  }
}
