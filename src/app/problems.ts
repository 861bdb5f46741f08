/** What is wrong with a link or an opened file, in the page's language. */
import { MODEL_VERSION, modelChangesSince } from '../experiment/catalogue.ts';
import { formatNumber, t, type Lang } from './i18n.ts';
import type { LinkProblem } from './link.ts';

/**
 * One warning: its sentence with long values cut, and those values whole (escaped), for a
 * disclosure under it. A 6 000-character value echoed in the sentence pushed the cards off
 * screen; cut without a way to read it, the user could not see what the link held.
 */
export interface ProblemLine {
  text: string;
  whole: WholeValue[];
}

/** A cut value: all of it, escaped, and how many characters the link held (before escaping). */
export interface WholeValue {
  text: string;
  length: number;
}

/** Cuts text longer than `max` for a sentence, and keeps the whole of it in `whole`. */
type Cut = (text: string, max?: number) => string;

function cutter(whole: WholeValue[]): Cut {
  return (text, max = 80) => {
    const visible = escaped(text);
    if (visible.length <= max) return visible;
    whole.push({ text: visible, length: text.length });
    return `${visible.slice(0, max)}…`;
  };
}

function reasonText(lang: Lang, p: LinkProblem, cut: Cut): string {
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
      return cut(r.message, 300);
  }
}

/** Characters that reorder the text around them (bidirectional overrides, isolates and marks). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text with each bidirectional control written as its code point: applied, it would reverse the warning around it. */
export function escaped(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** Escaped text cut to `max` characters, for a caption that has no room for a disclosure. */
export function echoed(text: string, max = 80): string {
  const visible = escaped(text);
  return visible.length > max ? `${visible.slice(0, max)}…` : visible;
}

/** One line per problem: the link's version first, then each parameter, then the file's. */
export function problemLines(lang: Lang, link: readonly LinkProblem[], version: string | null, file: readonly string[]): ProblemLine[] {
  const lines = link.map((p): ProblemLine => {
    const whole: WholeValue[] = [];
    const cut = cutter(whole);
    return { text: t(lang, 'error.url', { name: cut(p.name), value: cut(p.value), reason: reasonText(lang, p, cut) }), whole };
  });
  for (const message of file) {
    const whole: WholeValue[] = [];
    lines.push({ text: t(lang, 'file.problem', { message: cutter(whole)(message, 300) }), whole });
  }
  if (version !== null && version !== MODEL_VERSION) {
    lines.unshift({ text: t(lang, 'link.version', { theirs: version, ours: MODEL_VERSION, changes: modelChangesSince(version) }), whole: [] });
  }
  return lines;
}
