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
      return r.message;
  }
}

/** One line per problem: the link's version first, then each parameter, then the file's. */
export function problemLines(lang: Lang, link: readonly LinkProblem[], version: string | null, file: readonly string[]): string[] {
  const lines = link.map((p) => t(lang, 'error.url', { name: p.name, value: p.value, reason: reasonText(lang, p) }));
  lines.push(...file.map((message) => t(lang, 'file.problem', { message })));
  if (version !== null && version !== MODEL_VERSION) {
    lines.unshift(t(lang, 'link.version', { theirs: version, ours: MODEL_VERSION, changes: modelChangesSince(version) }));
  }
  return lines;
}
