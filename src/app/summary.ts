/**
 * The results in one or two plain sentences, above the cards: what a committee member reads
 * first and what a screen reader announces when the numbers settle. Pure: tested in Node.
 */
import { METRICS, type MetricId, type ReplicationResult } from '../experiment/catalogue.ts';
import { summarizeMetric } from '../experiment/summarize.ts';
import { formatNumber, formatPercent, horizonLabel, t, type Lang } from './i18n.ts';

/** Children waiting at the horizon above which a department is in deep overload (docs/model.md). */
export const DEEP_OVERLOAD_WAITING = 400;

const median = (results: readonly ReplicationResult[], id: MetricId) => summarizeMetric(results.map((r) => r.metrics[id]), METRICS[id].unit).p50;

/**
 * "Om 2 år venter 219 sager på en rådgiver (i dag: 0). Hver rådgiver har 49 sager (i dag: 46),
 * og for 87 % af børnene fik sagen en afgørelse med mangler eller en overskredet frist (i dag:
 * 71 %)." Children, not decisions: waiting children get no decisions, so a share of decisions
 * could look better with fewer advisors. Empty without results.
 */
export function summarySentence(
  lang: Lang,
  horizonWeeks: number,
  results: readonly ReplicationResult[],
  comparison: readonly ReplicationResult[],
  /** The comparison in running text ("i dag", "Herning-modellen"). */
  against: string,
): string {
  if (results.length === 0) return '';
  const n = (x: number) => (Number.isFinite(x) ? formatNumber(lang, x) : '–');
  const p = (x: number) => (Number.isFinite(x) ? formatPercent(lang, x) : '–');
  const then = (text: string) => (comparison.length ? ` ${t(lang, 'summary.then', { against, value: text })}` : '');
  const waiting = median(results, 'waitingListEnd');
  const first = t(lang, waiting < 0.5 ? 'summary.noWaiting' : 'summary.waiting', {
    horizon: horizonLabel(lang, horizonWeeks),
    n: n(waiting),
    then: then(n(median(comparison, 'waitingListEnd'))),
  });
  const second = t(lang, 'summary.load', {
    caseload: n(median(results, 'caseload')),
    thenCaseload: then(n(median(comparison, 'caseload'))),
    errors: p(median(results, 'childrenLetDownShare')),
    thenErrors: then(p(median(comparison, 'childrenLetDownShare'))),
  });
  // Deep overload: there a few more advisors barely move the deadline shares (docs/model.md,
  // *Deep overload: triage*); say so rather than let a card mislead.
  const overload = waiting > DEEP_OVERLOAD_WAITING ? ` ${t(lang, 'summary.deepOverload')}` : '';
  return `${first} ${second}${overload}`;
}
