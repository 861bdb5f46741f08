/**
 * Money in words: the assumptions each cost figure rests on, named with their source or the
 * word "assumption", and the payback year as a sentence. Pure: tested in Node.
 */
import type { Payback } from '../experiment/budget.ts';
import { DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import type { Scenario } from '../scenario/types.ts';
import { formatKroner, formatMillions, horizonLabel, t, type Lang } from './i18n.ts';

/**
 * Whether the placement response is switched off (`1`, or the default shape with its slope a = 0):
 * then measures cost the same whatever the caseload.
 */
export function placementResponseOff(s: Scenario): boolean {
  const { placementResponse: h, placementResponseParameter: a } = s.outcomes;
  return /^\s*1(\.0*)?\s*$/.test(h) || (a === 0 && h.replace(/\s/g, '') === DEFAULT_SCENARIO.outcomes.placementResponse.replace(/\s/g, ''));
}

/** What a child in a preventive measure costs a year: each priced non-placement case type's cost, e.g. "135.000 kr.". */
function preventiveCosts(lang: Lang, s: Scenario): string | null {
  const costs = [...new Set(s.caseTypes.filter((c) => !c.isPlacement && c.costPerYearDkk > 0).map((c) => c.costPerYearDkk))];
  return costs.length ? costs.map((c) => formatKroner(lang, c)).join(' / ') : null;
}

/** The assumptions under the staffing card: pay per FTE and the cost of filling a post. */
export function staffingNote(lang: Lang, s: Scenario): string {
  return t(lang, 'cost.staffing.note', {
    salary: formatKroner(lang, s.advisors.fullCostPerFteDkk),
    recruitment: formatKroner(lang, s.advisors.staffing.recruitmentCostDkk),
  });
}

/** The sources and assumptions under the measures card: placement prices, preventive prices, the placement response. */
export function measuresNote(lang: Lang, s: Scenario): string {
  const preventive = preventiveCosts(lang, s);
  return [
    t(lang, 'cost.placements', { foster: formatKroner(lang, s.costs.fosterCarePerYearDkk), residential: formatKroner(lang, s.costs.residentialCarePerYearDkk) }),
    ...(preventive ? [t(lang, 'cost.preventive', { cost: preventive })] : []),
    t(lang, placementResponseOff(s) ? 'cost.responseOff' : 'cost.responseOn'),
  ].join(' ');
}

/** The cost assumptions in one sentence, for the printed report (which hides the cards' notes). */
export function reportCostNote(lang: Lang, s: Scenario): string {
  const preventive = preventiveCosts(lang, s);
  return t(lang, 'report.costs', {
    salary: formatKroner(lang, s.advisors.fullCostPerFteDkk),
    recruitment: formatKroner(lang, s.advisors.staffing.recruitmentCostDkk),
    foster: formatKroner(lang, s.costs.fosterCarePerYearDkk),
    residential: formatKroner(lang, s.costs.residentialCarePerYearDkk),
    preventive: preventive ? t(lang, 'report.preventive', { cost: preventive }) : '',
    response: t(lang, placementResponseOff(s) ? 'cost.responseOff' : 'cost.responseOn'),
  }).replace(/\s+/g, ' ');
}

/** "+10,4 mio. kr." / "−2,0 mio. kr.": a signed amount of money. */
export function signedMillions(lang: Lang, dkk: number): string {
  if (!Number.isFinite(dkk)) return '–';
  const sign = dkk >= 0.05e6 ? '+' : dkk <= -0.05e6 ? '−' : '±';
  return `${sign}${formatMillions(lang, Math.abs(dkk))}`;
}

/**
 * The payback year as a headline and a sentence. `pairs`: replications compared (the share
 * is of these); `against`: the comparison in running text.
 */
export function paybackText(
  lang: Lang,
  payback: Payback,
  options: { pairs: number; horizonWeeks: number; against: string; responseOff: boolean },
): { head: string; body: string } {
  const horizon = horizonLabel(lang, options.horizonWeeks);
  if (payback.kind === 'noAddedCost') return { head: '', body: t(lang, 'payback.noAdded', { against: options.against }) };
  const counts = { horizon, n: Math.round(payback.share * options.pairs), total: options.pairs };
  const why = t(lang, options.responseOff ? 'payback.off' : 'payback.assumption');
  if (payback.kind === 'year') {
    return { head: t(lang, 'payback.yearHead', { year: payback.year }), body: `${t(lang, 'payback.yearBody', counts)} ${why}` };
  }
  return { head: t(lang, 'payback.neverHead', { horizon }), body: `${t(lang, 'payback.neverBody', counts)} ${why}` };
}
