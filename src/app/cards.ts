/**
 * The headline cards: one plain sentence each, the median with its P10–P90 range, and the
 * change against today in words, sign and colour (never colour alone). Where a figure is a
 * mean over the horizon, its value at the end stands beside it when the two differ, so a
 * growing problem is not averaged away. The element carries `data-metric`, the unrounded
 * median in `data-value` and the end value in `data-end`, for tests and automation. Money
 * has its own cards (cost-cards.ts).
 */
import { METRICS, type MetricId, type MetricInfo, type ReplicationResult } from '../experiment/catalogue.ts';
import { differenceSummary, summarizeMetric } from '../experiment/summarize.ts';
import { formatNumber, formatPercent, horizonLabel, t, type Lang, type MessageKey } from './i18n.ts';
import { cardTone, NEGLIGIBLE, SATURATED_LATE_SHARE, VERDICT_METRICS, worseBecause, type CardTone, type Verdict } from './verdict.ts';

export const CARD_METRICS = [
  'waitingListEnd',
  'waitDays',
  'caseload',
  'investigationsLateShare',
  'childrenLetDownShare',
  'auditedFileErrorShare',
] as const satisfies readonly MetricId[];
// Headline cards are the figures more advisors never make worse (validation 4): a per-decision
// share or a count of deadlines can move either way, so they are details, not cards.
CARD_METRICS.forEach((id) => {
  if (!(METRICS[id] as MetricInfo).monotone) throw new Error(`card metric ${id} is not monotone`);
});

/** Cards whose figure rests on the assumed links between pressure, caseload and errors: they say so. */
const ASSUMED: ReadonlySet<CardMetric> = new Set(['childrenLetDownShare', 'auditedFileErrorShare']);
export type CardMetric = (typeof CARD_METRICS)[number];
// The verdict weighs exactly the cards, so a card's colour can always agree with it.
if ([...CARD_METRICS].sort().join() !== [...VERDICT_METRICS].sort().join()) throw new Error('the cards and the verdict weigh different metrics');

/**
 * The end-of-horizon figure beside a mean: caseload at the horizon, and shares over the last
 * 52 weeks (on a horizon of a year or less they equal the mean and are not shown).
 */
const END_OF: Partial<Record<CardMetric, { id: MetricId; key: MessageKey; other: MessageKey }>> = {
  caseload: { id: 'caseloadEnd', key: 'card.end.horizon', other: 'card.end.other.horizon' },
  investigationsLateShare: { id: 'investigationsLateShareLastYear', key: 'card.end.lastYear', other: 'card.end.other.lastYear' },
  childrenLetDownShare: { id: 'childrenLetDownShareLastYear', key: 'card.end.lastYear', other: 'card.end.other.lastYear' },
};

export function createCards(container: HTMLElement): Map<CardMetric, HTMLElement> {
  const cards = new Map<CardMetric, HTMLElement>();
  for (const id of CARD_METRICS) {
    const card = document.createElement('article');
    card.className = 'card';
    card.dataset['metric'] = id;
    card.innerHTML =
      '<h3></h3><p class="value"><span class="median">–</span> <span class="range"></span></p><p class="end"></p><p class="change"></p><p class="other"></p><p class="detail"></p>';
    container.append(card);
    cards.set(id, card);
  }
  return cards;
}

export function renderCards(
  cards: Map<CardMetric, HTMLElement>,
  lang: Lang,
  /** The horizon the waiting-list card names, weeks. */
  horizonWeeks: number,
  results: readonly ReplicationResult[],
  comparison: readonly ReplicationResult[],
  /** The comparison in running text ("i dag", "Herning-modellen"). */
  against: string,
  /** The verdict on these results (verdict.ts): each card's colour agrees with it. */
  verdict: Verdict | null = null,
): void {
  for (const [id, card] of cards) {
    const title = card.querySelector('h3') as HTMLElement;
    title.textContent = t(lang, `card.${id}` as MessageKey, { horizon: horizonLabel(lang, horizonWeeks) });
    const median = card.querySelector('.median') as HTMLElement;
    const range = card.querySelector('.range') as HTMLElement;
    const change = card.querySelector('.change') as HTMLElement;
    const other = card.querySelector('.other') as HTMLElement;
    const detail = card.querySelector('.detail') as HTMLElement;
    const end = card.querySelector('.end') as HTMLElement;
    other.textContent = '';
    end.textContent = '';
    delete card.dataset['end'];
    detail.textContent = ASSUMED.has(id) ? t(lang, 'card.assumption') : '';
    if (results.length === 0) {
      median.textContent = '…';
      range.textContent = '';
      change.textContent = '';
      change.className = 'change';
      delete card.dataset['value'];
      continue;
    }
    const s = summarizeMetric(results.map((r) => r.metrics[id]), METRICS[id].unit);
    if (Number.isFinite(s.p50)) card.dataset['value'] = String(s.p50);
    else delete card.dataset['value'];
    median.textContent = format(lang, id, s.p50, true);
    range.textContent = Number.isFinite(s.p10) ? `(${format(lang, id, s.p10, false)}–${format(lang, id, s.p90, false)})` : '';
    describeEnd(card, end, lang, id, s.p50, results, horizonWeeks);
    // Against itself (today as it is) there is no change to tell: the summary says so once.
    const paired = comparison.length > 0 && comparison !== results ? differenceSummary(comparison, results, id).p50 : Number.NaN;
    describeChange(change, lang, id, paired, against, verdict ? toneText(lang, verdict, id) : null);
    // Beside a different comparison, its own figure, so both numbers are on the card.
    if (comparison.length > 0 && comparison !== results) {
      const c = summarizeMetric(comparison.map((r) => r.metrics[id]), METRICS[id].unit);
      const span = Number.isFinite(c.p10) ? ` (${format(lang, id, c.p10, false)}–${format(lang, id, c.p90, false)})` : '';
      other.textContent = `${capitalise(against)}: ${format(lang, id, c.p50, true)}${span}`;
      // Where this card shows its end value, the comparison's too, so the two can be read together.
      const endOf = END_OF[id];
      if (endOf && end.textContent) {
        const theirs = summarizeMetric(comparison.map((r) => r.metrics[endOf.id]), METRICS[endOf.id].unit).p50;
        if (Number.isFinite(theirs)) other.textContent += `; ${t(lang, endOf.other, { horizon: horizonLabel(lang, horizonWeeks), value: format(lang, id, theirs, false) })}`;
      }
    }
    // Saturated: a few more advisors barely show in this share (docs/model.md, *Deep overload:
    // triage*), so the card says where to look instead.
    if (id === 'investigationsLateShare' && s.p50 >= SATURATED_LATE_SHARE) detail.textContent = t(lang, 'card.investigationsLateShare.saturated');
    if (id === 'childrenLetDownShare') detail.textContent = `${t(lang, 'card.childrenLetDownShare.detail')} ${detail.textContent}`;
    if (id === 'auditedFileErrorShare') {
      // The anchor counts placement files only: that figure, beside the all-files one.
      const placement = summarizeMetric(results.map((r) => r.metrics.auditedPlacementFileErrorShare), 'share').p50;
      detail.textContent = `${t(lang, 'card.placementFiles', { value: formatPercent(lang, placement) })} ${detail.textContent}`;
    }
  }
}

/** "Om 2 år: 49 (stigende)": the end value beside the mean, when it differs by more than a negligible amount. */
function describeEnd(card: HTMLElement, element: HTMLElement, lang: Lang, id: CardMetric, mean: number, results: readonly ReplicationResult[], horizonWeeks: number): void {
  const endOf = END_OF[id];
  if (!endOf) return;
  const atEnd = summarizeMetric(results.map((r) => r.metrics[endOf.id]), METRICS[endOf.id].unit).p50;
  if (!Number.isFinite(atEnd)) return;
  card.dataset['end'] = String(atEnd);
  if (!Number.isFinite(mean) || Math.abs(atEnd - mean) < NEGLIGIBLE[id]) return;
  element.textContent = t(lang, endOf.key, {
    horizon: horizonLabel(lang, horizonWeeks),
    value: format(lang, id, atEnd, false),
    trend: t(lang, atEnd > mean ? 'trend.rising' : 'trend.falling'),
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function format(lang: Lang, id: CardMetric, x: number, withUnit: boolean): string {
  if (!Number.isFinite(x)) return '–';
  switch (id) {
    case 'waitingListEnd':
      return withUnit ? `${formatNumber(lang, x)} ${t(lang, Math.round(x) === 1 ? 'unit.case' : 'unit.cases')}` : formatNumber(lang, x);
    case 'waitDays':
      return withUnit ? `${formatNumber(lang, x)} ${t(lang, Math.round(x) === 1 ? 'unit.day' : 'unit.days')}` : formatNumber(lang, x);
    case 'caseload':
      return formatNumber(lang, x);
    default:
      return formatPercent(lang, x);
  }
}

/** A card's verdict word and class, as the verdict has it: a figure that improves while more children wait is "not better". */
function toneText(lang: Lang, verdict: Verdict, id: CardMetric): { tone: CardTone; word: string } {
  const tone = cardTone(verdict, id);
  switch (tone) {
    case 'notBetter':
      return { tone, word: t(lang, worseBecause(verdict) === 'deadlines' ? 'change.notBetter.deadlines' : 'change.notBetter.waiting') };
    case 'uncertain':
      return { tone, word: t(lang, 'change.uncertain') };
    case 'better':
    case 'worse':
      return { tone, word: t(lang, tone === 'better' ? 'change.better' : 'change.worse') };
    default:
      return { tone, word: '' };
  }
}

/**
 * "▲ 38 flere end i dag · værre": direction as an arrow and a word, size, and the verdict's
 * word for this card (`tone`; without one, less is better).
 */
function describeChange(element: HTMLElement, lang: Lang, id: CardMetric, difference: number, against: string, tone: { tone: CardTone; word: string } | null): void {
  if (!Number.isFinite(difference)) {
    element.textContent = '';
    element.className = 'change';
    return;
  }
  const uncertain = tone?.tone === 'uncertain';
  if (Math.abs(difference) < NEGLIGIBLE[id]) {
    // A negligible median whose band still spans zero: the same, but not surely.
    element.textContent = uncertain ? `± ${t(lang, 'change.same', { name: against })} · ${tone.word}` : `= ${t(lang, 'change.same', { name: against })}`;
    element.className = uncertain ? 'change uncertain' : 'change same';
    return;
  }
  const up = difference > 0;
  const size = Math.abs(difference);
  let amount: string;
  if (METRICS[id].unit === 'share') {
    amount = `${formatNumber(lang, size * 100)} ${t(lang, 'change.points')} ${t(lang, up ? 'change.more' : 'change.fewer')}`;
  } else {
    const unit = id === 'waitDays' ? ` ${t(lang, 'unit.days')}` : '';
    amount = `${formatNumber(lang, size)}${unit} ${t(lang, up ? 'change.more' : 'change.fewer')}`;
  }
  // Every card here is "less is better" (money is not: more is a choice, not a harm; see cost-cards.ts).
  const own = tone ?? { tone: up ? 'worse' : 'better', word: t(lang, up ? 'change.worse' : 'change.better') };
  element.textContent = `${up ? '▲' : '▼'} ${amount} ${t(lang, 'change.vs', { name: against })}${own.word ? ` · ${own.word}` : ''}`;
  element.className = `change ${own.tone === 'same' ? 'same' : own.tone}`;
}
