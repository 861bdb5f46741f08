/** The link and file warnings on the page: each sentence, and under it the values it had to cut. */
import { formatNumber, t, type Lang } from './i18n.ts';
import type { ProblemLine } from './problems.ts';

/**
 * Fills the alert. A cut value is whole behind "Vis hele værdien", in a box that wraps and
 * scrolls, so that reading it never widens the page or pushes the cards down until asked.
 * textContent only: a link's text is never markup.
 */
export function showProblems(box: HTMLElement, lang: Lang, lines: readonly ProblemLine[]): void {
  box.hidden = lines.length === 0;
  box.replaceChildren(
    ...lines.flatMap((line) => [
      Object.assign(document.createElement('p'), { textContent: line.text }),
      ...line.whole.map((value) => {
        const details = document.createElement('details');
        details.className = 'whole-value';
        const summary = Object.assign(document.createElement('summary'), { textContent: t(lang, 'problem.whole', { n: formatNumber(lang, value.length) }) });
        details.append(summary, Object.assign(document.createElement('pre'), { textContent: value.text, tabIndex: 0 }));
        return details;
      }),
    ]),
  );
}
