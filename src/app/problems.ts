/** What is wrong with a link or an opened file, in the page's language. */
import { MODEL_VERSION, modelChangesSince } from '../experiment/catalogue.ts';
import { formatNumber, t, type Lang } from './i18n.ts';
import type { LinkProblem } from './link.ts';

export function reasonText(lang: Lang, p: LinkProblem): string {
  const r = p.reason;
  switch (r.kind) {
    case 'number':
      return t(lang, 'error.number', { min: formatNumber(lang, r.min, 2), max: formatNumber(lang, r.max, 2) });
    case 'choice':
      return t(lang, 'error.choice', { names: r.names.join(', ') });
    case 'unknown':
      return t(lang, 'error.unknown');
    case 'alias':
      return t(lang, 'error.alias', { use: r.use });
    case 'tooLong':
      return t(lang, 'error.tooLong', { max: r.max });
    case 'scenario':
      return echoed(r.message, 300);
  }
}

/** Characters that reorder the text around them (bidirectional overrides, isolates and marks). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Link text as the warning shows it: a bidirectional control is written as its code point (it
 * would otherwise reverse the warning around it), and a long value is cut (a 6 000-character
 * value pushed the cards off screen).
 */
export function echoed(text: string, max = 80): string {
  const visible = text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
  return visible.length > max ? `${visible.slice(0, max)}… (${visible.length} characters)` : visible;
}

/** One line per problem: the link's version first, then each parameter, then the file's. */
export function problemLines(lang: Lang, link: readonly LinkProblem[], version: string | null, file: readonly string[]): string[] {
  const lines = link.map((p) => t(lang, 'error.url', { name: echoed(p.name), value: echoed(p.value), reason: reasonText(lang, p) }));
  lines.push(...file.map((message) => t(lang, 'file.problem', { message })));
  if (version !== null && version !== MODEL_VERSION) {
    lines.unshift(t(lang, 'link.version', { theirs: version, ours: MODEL_VERSION, changes: modelChangesSince(version) }));
  }
  return lines;
}
