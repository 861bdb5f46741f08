/**
 * The verdict's element (`#verdict`, with `data-verdict` = the kind): the head in bold, run in
 * with the sentences, and what "usikkert" means when used. Against itself only the head: the
 * summary below says the rest.
 *
 * The box has one height per width whatever the verdict says (issue 13: a long verdict, cap 25
 * without hiring, pushed the cards down by its extra lines when the results arrived, and again
 * by a line whenever a batch changed a clause). The text is held to a few lines, with "Læs hele
 * vurderingen" when there is more; opening it moves the page only on the user's request, which
 * is no layout shift. The height it keeps is set in styles.css (`--verdict-lines`).
 */
import { t, type Lang } from './i18n.ts';
import type { Verdict } from './verdict.ts';
import { verdictText } from './verdict-text.ts';

interface Parts {
  /** The language of the last render, for the button's words after a click. */
  lang: Lang;
  head: HTMLHeadingElement;
  body: HTMLParagraphElement;
  note: HTMLParagraphElement;
  more: HTMLButtonElement;
}

const built = new WeakMap<HTMLElement, Parts>();

/** The box's parts, made once: the observer that says whether the text overflows watches the same elements. */
function partsOf(box: HTMLElement): Parts {
  const known = built.get(box);
  if (known) return known;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => Object.assign(document.createElement(tag), { className });
  const clamp = el('div', 'verdict-clamp');
  const flow = el('div', 'verdict-flow');
  const parts: Parts = { lang: 'da', head: el('h3', 'verdict-head'), body: el('p', 'verdict-body'), note: el('p', 'verdict-note'), more: el('button', 'verdict-more') };
  clamp.id = `${box.id}-text`;
  flow.append(parts.head, parts.body);
  clamp.append(flow);
  parts.more.type = 'button';
  parts.more.setAttribute('aria-controls', clamp.id);
  parts.more.addEventListener('click', () => {
    box.dataset['open'] = String(box.dataset['open'] !== 'true');
    showMore(box, parts);
  });
  box.replaceChildren(clamp, parts.note, parts.more);
  // The text's own height against the room it is given: read where layout is already done.
  new ResizeObserver(() => {
    box.dataset['clamped'] = String(flow.offsetHeight > clamp.clientHeight + 1);
    showMore(box, parts);
  }).observe(flow);
  built.set(box, parts);
  return parts;
}

/** "Læs hele vurderingen" while something is held back (lines past the room, or the note); "Vis kortere" once open. */
function showMore(box: HTMLElement, parts: Parts): void {
  const open = box.dataset['open'] === 'true';
  const held = box.dataset['clamped'] === 'true' || parts.note.textContent !== '';
  parts.more.hidden = box.dataset['itself'] === 'true' || !(open || held);
  parts.more.setAttribute('aria-expanded', String(open));
  parts.more.textContent = t(parts.lang, open ? 'verdict.less' : 'verdict.more');
}

/** Fills `#verdict`; hidden without a verdict, but with the height it will have (`itself` is known before the numbers are). */
export function renderVerdict(box: HTMLElement, lang: Lang, verdict: Verdict | null, against: string, itself: boolean): void {
  const parts = partsOf(box);
  parts.lang = lang;
  box.dataset['itself'] = String(itself);
  const text = verdict ? verdictText(lang, verdict, against) : { head: '', body: '', note: '' };
  box.hidden = verdict === null;
  if (verdict) box.dataset['verdict'] = verdict.kind;
  else delete box.dataset['verdict'];
  if (parts.head.textContent !== text.head) parts.head.textContent = text.head;
  const body = itself ? '' : text.body;
  if (parts.body.textContent !== body) parts.body.textContent = body;
  const note = itself ? '' : text.note;
  if (parts.note.textContent !== note) parts.note.textContent = note;
  showMore(box, parts);
}
