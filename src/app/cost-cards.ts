/**
 * The money: three cards (advisors: pay and recruitment; measures: prevention and placements;
 * the total), each a year over the horizon with its change against the comparison a year, over
 * the horizon and in each budget year, and the assumptions it rests on; then the payback year.
 * Figures come from the weekly spending series through experiment/budget.ts, so the cards, the
 * spending chart and the payback year add up. Changes are medians of paired differences (same
 * seed); money is neither better nor worse, so changes are not coloured as verdicts.
 *
 * Automation: each card has `data-cost` (`staffing`, `measures`, `total`), `data-metric` (the
 * metrics it sums, e.g. `staffCostPerYear+recruitmentCostPerYear`), the median a year in
 * `data-value`, the paired change a year in `data-change` and over the horizon in
 * `data-change-horizon`; the payback line has `data-payback` (a year, `never` or `none`).
 */
import { budgetDifference, budgetSummary, payback, type BudgetLine } from '../experiment/budget.ts';
import type { ReplicationResult } from '../experiment/catalogue.ts';
import type { Scenario } from '../scenario/types.ts';
import { measuresNote, paybackText, placementResponseOff, signedMillions, staffingNote } from './cost-text.ts';
import { formatMillions, horizonLabel, t, type Lang, type MessageKey } from './i18n.ts';

export const COST_CARDS = [
  { id: 'staffing', title: 'cost.staffing', metric: 'staffCostPerYear+recruitmentCostPerYear' },
  { id: 'measures', title: 'cost.measures', metric: 'preventiveCostPerYear+placementCostPerYear' },
  { id: 'total', title: 'cost.total', metric: 'totalCostPerYear' },
] as const satisfies readonly { id: BudgetLine; title: MessageKey; metric: string }[];
export type CostCard = (typeof COST_CARDS)[number]['id'];

/** Below this a year (DKK), a change reads as "the same": it rounds to 0,0 mio. kr. */
const NEGLIGIBLE_DKK = 50_000;

export interface CostView {
  cards: Map<CostCard, HTMLElement>;
  payback: HTMLElement;
}

export function createCostCards(container: HTMLElement, paybackLine: HTMLElement): CostView {
  const cards = new Map<CostCard, HTMLElement>();
  for (const { id, metric } of COST_CARDS) {
    const card = document.createElement('article');
    card.className = 'card cost';
    card.dataset['cost'] = id;
    card.dataset['metric'] = metric;
    card.innerHTML =
      '<h3></h3><p class="value"><span class="median">–</span> <span class="range"></span></p><p class="change"></p><p class="horizon"></p><p class="years"></p><p class="other"></p><p class="detail"></p>';
    container.append(card);
    cards.set(id, card);
  }
  return { cards, payback: paybackLine };
}

const set = (card: HTMLElement, selector: string, text: string) => ((card.querySelector(selector) as HTMLElement).textContent = text);

export function renderCostCards(
  view: CostView,
  lang: Lang,
  scenario: Scenario | null,
  results: readonly ReplicationResult[],
  comparison: readonly ReplicationResult[],
  /** The comparison in running text ("i dag", "Herning-modellen"). */
  against: string,
): void {
  const beside = comparison.length > 0 && comparison !== results;
  const mine = results.length ? budgetSummary(results) : null;
  const theirs = beside ? budgetSummary(comparison) : null;
  const change = beside && results.length ? budgetDifference(comparison, results) : null;
  const horizonWeeks = mine?.years.at(-1)?.lastWeek ?? scenario?.simulation.horizonWeeks ?? 0;
  for (const { id, title } of COST_CARDS) {
    const card = view.cards.get(id) as HTMLElement;
    set(card, 'h3', t(lang, title));
    set(card, '.range', t(lang, 'unit.aYear'));
    set(card, '.detail', scenario ? (id === 'staffing' ? staffingNote(lang, scenario) : id === 'measures' ? measuresNote(lang, scenario) : t(lang, 'cost.total.note')) : '');
    delete card.dataset['value'];
    delete card.dataset['change'];
    delete card.dataset['changeHorizon'];
    const perYear = mine?.perYear[id].p50 ?? Number.NaN;
    set(card, '.median', mine ? (Number.isFinite(perYear) ? formatMillions(lang, perYear) : '–') : '…');
    if (Number.isFinite(perYear)) card.dataset['value'] = String(perYear);
    set(card, '.other', theirs ? `${capitalise(against)}: ${formatMillions(lang, theirs.perYear[id].p50)} ${t(lang, 'unit.aYear')}` : '');
    const changeLine = card.querySelector('.change') as HTMLElement;
    changeLine.className = 'change neutral';
    if (!change) {
      changeLine.textContent = '';
      set(card, '.horizon', '');
      set(card, '.years', '');
      continue;
    }
    const yearly = change.perYear[id].p50;
    const total = change.horizon[id].p50;
    if (Number.isFinite(yearly)) card.dataset['change'] = String(yearly);
    if (Number.isFinite(total)) card.dataset['changeHorizon'] = String(total);
    if (!Number.isFinite(yearly)) changeLine.textContent = '';
    else if (Math.abs(yearly) < NEGLIGIBLE_DKK) changeLine.textContent = `= ${t(lang, 'change.same', { name: against })}`;
    else {
      const up = yearly > 0;
      changeLine.textContent = `${up ? '▲' : '▼'} ${formatMillions(lang, Math.abs(yearly))} ${t(lang, up ? 'change.costMore' : 'change.costLess')} ${t(lang, 'unit.aYear')} ${t(lang, 'change.vs', { name: against })}`;
    }
    set(card, '.horizon', t(lang, 'cost.overHorizon', { horizon: horizonLabel(lang, horizonWeeks), amount: signedMillions(lang, total) }));
    const years = change.years.map((y, i) => `${t(lang, y.weeks === 52 ? 'cost.year' : 'cost.partialYear', { n: y.year, weeks: y.weeks })}: ${signedMillions(lang, change.byYear[id][i]?.p50 ?? Number.NaN)}`);
    set(card, '.years', years.length > 1 ? t(lang, 'cost.byYear', { list: years.join(' · ') }) : '');
  }
  renderPayback(view.payback, lang, scenario, results, comparison, against, horizonWeeks, beside);
}

function renderPayback(
  line: HTMLElement,
  lang: Lang,
  scenario: Scenario | null,
  results: readonly ReplicationResult[],
  comparison: readonly ReplicationResult[],
  against: string,
  horizonWeeks: number,
  beside: boolean,
): void {
  if (!beside || results.length === 0 || !scenario) {
    line.replaceChildren();
    line.hidden = true;
    delete line.dataset['payback'];
    return;
  }
  const result = payback(comparison, results);
  const byIndex = new Set(comparison.map((r) => r.replication));
  const pairs = results.filter((r) => byIndex.has(r.replication)).length;
  const { head, body } = paybackText(lang, result, { pairs, horizonWeeks, against, responseOff: placementResponseOff(scenario) });
  line.dataset['payback'] = result.kind === 'year' ? String(result.year) : result.kind === 'never' ? 'never' : 'none';
  line.hidden = false;
  line.replaceChildren(...(head ? [Object.assign(document.createElement('strong'), { textContent: head }), '. '] : []), body);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
