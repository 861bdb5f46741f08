/**
 * Every notebook page's own script (the template loads it before the cells): sets the page's
 * language, and points the language switch and the links to the other notebooks at it.
 */
import { settleLang } from './lang.ts';

const lang = settleLang();
document.documentElement.lang = lang;
const other = lang === 'da' ? 'en' : 'da';
const search = (l: string) => (l === 'da' ? '?lang=da' : `?lang=${l}`);
const toggle = document.querySelector<HTMLAnchorElement>('#nb-lang');
if (toggle) {
  toggle.href = search(other);
  toggle.hreflang = other;
  toggle.lang = other;
  toggle.textContent = other === 'en' ? 'English' : 'Dansk';
}
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-notebook], a.nb-home')) {
  const url = new URL(link.href);
  url.search = lang === 'da' ? '' : search(lang);
  link.href = url.href;
  if (link.dataset['notebook'] && location.pathname.endsWith(`/${link.dataset['notebook']}.html`)) link.setAttribute('aria-current', 'page');
}
