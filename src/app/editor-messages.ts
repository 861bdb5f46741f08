/**
 * The scenario parser's messages as the editor shows them beside a field: the field's own path
 * taken off the front (the field is right there), another field named by its label, and the
 * common shapes in Danish on the Danish page. The rules stay the parser's; only the words
 * change, and a message no pattern knows is shown as the parser wrote it, marked English.
 */
import type { ScenarioProblem } from '../scenario/parse.ts';
import { formatNumber, type Lang } from './i18n.ts';
import { paramLabel } from './param-labels.ts';

export interface ShownMessage {
  text: string;
  /** The language the text is in (English when no Danish pattern matched). */
  lang: Lang;
  /** The 1-based character a formula's parse error points at, if any. */
  char: number | null;
}

const NUMBER = String.raw`(-?[\d.]+(?:e[-+]?\d+)?)`;

/** Danish for the parser's common sentences; each `$n` is a captured value, numbers shown in Danish. */
const DANISH: readonly [RegExp, string][] = [
  [new RegExp(`^must be between ${NUMBER} and ${NUMBER}, got (.+)$`), 'skal være mellem $1 og $2, men er $3'],
  [new RegExp(`^must be ${NUMBER}, got (.+)$`), 'skal være $1, men er $2'],
  [/^must be a number, got (.+)$/, 'skal være et tal, men er $1'],
  [/^must be a whole number, got (.+)$/, 'skal være et helt tal, men er $1'],
  [/^must be a string, got (.+)$/, 'skal være en tekst, men er $1'],
  [/^must be at most (\d+) characters, got (\d+)$/, 'må højst have $1 tegn, men har $2'],
  [/^must be one of (.+), got (.+?)(?:; did you mean (.+)\?)?$/, 'skal være en af $1, men er $2'],
  [/^must be true or false, got (.+)$/, 'skal være sand eller falsk, men er $1'],
  [/^must be a list of non-empty strings, got (.+)$/, 'skal være en liste af navne uden tomme, men er $1'],
  [/^must have between (\d+) and (\d+) items, got (\d+)$/, 'skal have mellem $1 og $2 elementer, men har $3'],
  [new RegExp(`^must be a probability between 0 and 1, got (.+)$`), 'skal være en sandsynlighed mellem 0 og 1, men er $1'],
  [new RegExp(`^probabilities must sum to at most 1, got ${NUMBER}$`), 'sandsynlighederne må højst give 1 tilsammen, men giver $1'],
  [/^must be a whole number of weeks between 0 and (\d+), got (.+)$/, 'skal være et helt antal uger mellem 0 og $1, men er $2'],
  [/^must be a change in posts between -?(\d+) and (\d+), not 0, got (.+)$/, 'skal være en ændring i stillinger mellem −$1 og $2, ikke 0, men er $3'],
  [/^removes more posts than there are: (.+) FTE after week (\d+)$/, 'nedlægger flere stillinger, end der er: $1 årsværk efter uge $2'],
  [/^does not parse: (.+?) \(char (\d+)\)$/, 'kan ikke læses: $1 (tegn $2)'],
  [/^uses unknown name "(.+)" \(allowed: (.+)\)$/, 'bruger det ukendte navn "$1" (tilladt: $2)'],
  [/^calls "(.+)", which is not allowed \(allowed: (.+)\)$/, 'kalder "$1", som ikke er tilladt (tilladt: $2)'],
  [/^may not contain (.+)$/, 'må ikke indeholde $1'],
  [new RegExp(`^must be 0 at s = 0 \\(no documentation cut, no extra errors\\), got ${NUMBER}$`), 'skal være 0 ved s = 0 (ingen dokumentation skåret væk, ingen ekstra fejl), men er $1'],
  [new RegExp(`^must stay between 0 and 1, got ${NUMBER} at s = ${NUMBER}$`), 'skal ligge mellem 0 og 1, men er $1 ved s = $2'],
  [new RegExp(`^must not decrease, but falls at s = ${NUMBER}$`), 'må ikke falde, men falder ved s = $1'],
  [new RegExp(`^must not decrease as (?:caseload|pressure) grows, but falls at ([cp]) = ${NUMBER}$`), 'må ikke falde, når tallet vokser, men falder ved $1 = $2'],
  [new RegExp(`^must not be negative, got ${NUMBER} at ([cp]) = ${NUMBER}$`), 'må ikke være negativ, men er $1 ved $2 = $3'],
  [/^is not a finite number at (.+)$/, 'er ikke et endeligt tal ved $1'],
  [/^is longer than (\d+) characters$/, 'er længere end $1 tegn'],
  [/^must be at least advisors\.caseCap \((.+)\) under overfill, got (.+)$/, 'skal være mindst loftet ($1) ved overfyldning, men er $2'],
];

/** The message to show beside the field at `path`. */
export function shownMessage(lang: Lang, problem: ScenarioProblem, path: string): ShownMessage {
  const subject = problem.path && problem.message.startsWith(`${problem.path} `) ? problem.path : '';
  let rest = subject ? problem.message.slice(subject.length + 1) : problem.message;
  // A curve checked with its parameter names it: "(with a = 1.5, documentation.errorCurveParameter)".
  rest = rest.replace(/\(with a = ([^,]+), ([\w.]+)\)/, (_, a: string, p: string) => `(${lang === 'da' ? 'med' : 'with'} a = ${a}, ${paramLabel(lang, p)})`);
  const char = /\(char (\d+)\)/.exec(rest);
  const position = char ? Number(char[1]) : null;
  const other = subject && subject !== path ? `${subjectLabel(lang, subject, path)}: ` : '';
  if (lang === 'en') return { text: `${other}${rest}`, lang: 'en', char: position };
  for (const [pattern, danish] of DANISH) {
    const m = pattern.exec(rest.replace(/ \((?:med|with) a = .+\)$/, ''));
    if (!m) continue;
    const text = danish.replace(/\$(\d)/g, (_, i: string) => danishValue(m[Number(i)] ?? ''));
    const tail = /( \(med a = .+\))$/.exec(rest)?.[1] ?? '';
    return { text: `${other}${text}${tail}`, lang: 'da', char: position };
  }
  return { text: `${other}${rest}`, lang: 'en', char: position };
}

/** Another field's name; a step of the plan being edited by its number ("Trin 2, uge"). */
function subjectLabel(lang: Lang, subject: string, path: string): string {
  const step = /^(.+)\[(\d+)\]\.(week|fte)$/.exec(subject);
  if (step && step[1] === path) {
    const n = Number(step[2]) + 1;
    const field = step[3] === 'week' ? (lang === 'da' ? 'uge' : 'week') : lang === 'da' ? 'årsværk' : 'FTE';
    return `${lang === 'da' ? 'Trin' : 'Step'} ${n}, ${field}`;
  }
  return paramLabel(lang, subject.replace(/\[\d+\].*$/, ''));
}

/** mathjs's parse errors in Danish, where they are among the common ones. */
const MATHJS_DANISH: readonly [RegExp, string][] = [
  [/^Unexpected end of expression$/, 'udtrykket slutter for tidligt'],
  [/^Value expected$/, 'her mangler et tal eller et navn'],
  [/^Parenthesis \) expected$/, 'her mangler en )'],
  [/^Unexpected operator (.+)$/, 'uventet tegn $1'],
  [/^Unexpected type of argument .*$/, 'uventet argument'],
];

/** A captured number in Danish form (0.05 → 0,05), a mathjs parse error in Danish where known; anything else as it is. */
function danishValue(text: string): string {
  if (/^-?\d+(\.\d+)?$/.test(text)) return formatNumber('da', Number(text), 6);
  for (const [pattern, danish] of MATHJS_DANISH) if (pattern.test(text)) return text.replace(pattern, danish);
  return text;
}
