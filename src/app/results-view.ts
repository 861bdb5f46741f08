/**
 * The results in numbers and words: progress, the verdict, the cards and cost cards, what the
 * bands show, the summary sentence, the assumptions changed, and the printed report and
 * assumption table. main.ts decides when the page renders; this is what a render shows of the
 * session's view. The report and the tables are rebuilt only when their scenario, language or
 * link changes, not for every replication that arrives.
 */
import { renderAssumptions } from './assumptions.ts';
import { createCards, renderCards } from './cards.ts';
import { changesSentence, listChanges } from './changes.ts';
import { againstName } from './comparison.ts';
import { createCostCards, renderCostCards } from './cost-cards.ts';
import { $ } from './dom.ts';
import { t, type Lang } from './i18n.ts';
import { controlsKey, type Controls } from './link.ts';
import { renderReport } from './report.ts';
import type { SessionView } from './session.ts';
import { summarySentence } from './summary.ts';
import { bandsNote } from './uncertainty-switch.ts';
import { verdictOf } from './verdict.ts';
import { renderVerdict } from './verdict-view.ts';

/** Shows `v` in `lang`; `controls` are the controls its numbers belong to. */
export type ShowResults = (lang: Lang, v: SessionView, controls: Controls) => void;

export function createResultsView(): ShowResults {
  const cards = createCards($('#cards'));
  const costs = createCostCards($('#cost-cards'), $('#payback'));
  let shownReport = '';
  let shownAssumptions = '';
  let shownChanges = '';

  /** "2 forudsætninger ændret: …" on the results. */
  const showChanges = (lang: Lang, c: Controls) => {
    const key = `${lang}|${controlsKey(c)}`;
    if (key === shownChanges) return;
    shownChanges = key;
    const changes = listChanges(lang, c);
    const box = $('#changes');
    const sentence = changesSentence(lang, changes);
    box.hidden = sentence === '';
    box.textContent = sentence;
    box.dataset['changes'] = String(changes.filter((x) => x.kind === 'assumption').length);
  };

  return (lang, v, controls) => {
    const progress = $<HTMLProgressElement>('#progress');
    progress.max = Math.max(1, v.total);
    progress.value = v.done;
    $('#status').textContent =
      v.status === 'error' ? t(lang, 'status.error') : t(lang, v.status === 'done' ? 'status.done' : 'status.running', { done: v.done, total: v.total });
    const error = $('#error');
    error.hidden = v.status !== 'error';
    error.textContent = v.error ? t(lang, 'error.scenario', { message: v.error }) : '';
    const against = againstName(lang, controls);
    // The verdict first: the cards' colours agree with it.
    const verdict = v.scenario && v.status !== 'error' ? verdictOf(v.results, v.comparisonResults) : null;
    renderVerdict($('#verdict'), lang, verdict, against, v.comparisonResults === v.results);
    renderCards(cards, lang, controls.horizonWeeks, v.results, v.comparisonResults, against, verdict);
    renderCostCards(costs, lang, v.scenario, v.results, v.comparisonResults, against);
    // What the bands show: chance alone, or the assumption ranges too (the uncertainty switch).
    const bands = v.scenario ? bandsNote(lang, v.scenario) : '';
    const note = $('#uncertainty-note');
    if (note.textContent !== bands) note.textContent = bands;
    note.dataset['uncertainty'] = v.scenario?.uncertainty.draw ? 'on' : 'off';
    // Today against today: one set of results, and nothing to set beside it.
    const beside = v.comparisonResults === v.results ? [] : v.comparisonResults;
    const sentence = v.scenario && v.status !== 'error' ? summarySentence(lang, v.scenario.simulation.horizonWeeks, v.results, beside, against) : '';
    $('#summary').textContent = sentence && beside.length === 0 && v.comparisonResults === v.results ? `${sentence} ${t(lang, 'summary.same', { against })}` : sentence;
    const scenarioJson = v.scenario ? JSON.stringify(v.scenario) : '';
    const reportKey = `${lang}|${location.href}|${scenarioJson}`;
    if (v.scenario && reportKey !== shownReport) {
      shownReport = reportKey;
      renderReport($('#report'), lang, v.scenario, controls, location.href);
    }
    const assumptionsKey = `${lang}|${scenarioJson}`;
    if (v.scenario && assumptionsKey !== shownAssumptions) {
      shownAssumptions = assumptionsKey;
      renderAssumptions($('#assumptions'), lang, v.scenario);
    }
    showChanges(lang, controls);
  };
}
