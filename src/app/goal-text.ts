/**
 * The goal seek's answer in plain words: how many posts, how many more than the scenario, what
 * they cost a year, how often the targets are met there and one step below (each with its 95 %
 * interval), the target figures at the answer, or, when no headcount in the range meets the
 * targets, how close the largest came. Pure: tested in Node.
 */
import type { Candidate, GoalSeekResult } from '../experiment/goal-seek.ts';
import type { Target } from '../experiment/targets.ts';
import { isGoalMetric, isShare, metricLabelKey } from './goal-targets.ts';
import { formatMillions, formatNumber, formatPercent, t, type Lang } from './i18n.ts';

export interface AnswerText {
  /** The headline: "Der skal 65 årsværk til: 31 flere end de 34 i scenariet." */
  verdict: string;
  /** The lines under it, in order. */
  lines: string[];
}

const posts = (lang: Lang, x: number) => formatNumber(lang, x, 1);

/** "80 %": a probability as a whole percent. */
export const percent = (lang: Lang, p: number) => formatPercent(lang, p);

/** "65–90 %": an interval with its unit once. */
export function interval(lang: Lang, [lo, hi]: readonly [number, number]): string {
  return `${formatNumber(lang, lo * 100)}–${formatPercent(lang, hi)}`;
}

/** "signed" money a year: "+22,5 mio. kr." / "−1,2 mio. kr.". */
function signedMillions(lang: Lang, dkk: number): string {
  if (!Number.isFinite(dkk)) return '–';
  const text = formatMillions(lang, Math.abs(dkk));
  return Math.abs(dkk) < 50_000 ? text : `${dkk > 0 ? '+' : '−'}${text}`;
}

/** The target figures at a candidate, medians: "sager pr. rådgiver ved periodens slutning 27; …". */
function figuresAt(lang: Lang, c: Candidate, targets: readonly Target[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const { metric } of targets) {
    if (seen.has(metric) || !isGoalMetric(metric)) continue;
    seen.add(metric);
    const median = c.metrics[metric]?.p50;
    if (median === undefined || !Number.isFinite(median)) continue;
    const value = isShare(metric) ? formatPercent(lang, median) : formatNumber(lang, median);
    parts.push(`${t(lang, metricLabelKey(metric)).toLocaleLowerCase(lang === 'da' ? 'da-DK' : 'en-GB')} ${value}`);
  }
  return parts.join('; ');
}

/** How much less one step below is: "ét årsværk" / "0,5 årsværk". */
function stepText(lang: Lang, step: number): string {
  return step === 1 ? t(lang, 'goal.oneFte') : t(lang, 'goal.fte', { n: formatNumber(lang, step, 1) });
}

/**
 * The answer for `result`, asked of a scenario with `basePosts` posts (after its own plan).
 * `targets` names the figures to report at the answer.
 */
export function answerText(lang: Lang, result: GoalSeekResult, basePosts: number, targets: readonly Target[]): AnswerText {
  const required = percent(lang, result.probability);
  const { answer, belowAnswer: below, best } = result;
  if (!answer) {
    const lines: string[] = [];
    if (best) {
      lines.push(t(lang, 'goal.answer.best', { posts: posts(lang, best.postsFte), p: percent(lang, best.probability), ci: interval(lang, best.interval) }));
      const figures = figuresAt(lang, best, targets);
      if (figures) lines.push(t(lang, 'goal.answer.figures', { posts: posts(lang, best.postsFte), list: figures }));
    }
    lines.push(t(lang, 'goal.answer.unreachableHint'));
    const top = basePosts + result.range.maxAddedFte;
    return { verdict: t(lang, 'goal.answer.unreachable', { p: required, posts: posts(lang, top), n: posts(lang, result.range.maxAddedFte) }), lines };
  }
  const added = Math.round(answer.addedFte * 1000) / 1000;
  const verdict =
    added === 0
      ? t(lang, 'goal.answer.same', { posts: posts(lang, answer.postsFte) })
      : t(lang, added > 0 ? 'goal.answer.more' : 'goal.answer.fewer', { posts: posts(lang, answer.postsFte), n: posts(lang, Math.abs(added)), base: posts(lang, basePosts) });
  const lines = [t(lang, 'goal.answer.probability', { posts: posts(lang, answer.postsFte), p: percent(lang, answer.probability), ci: interval(lang, answer.interval) })];
  if (below) {
    lines.push(
      t(lang, 'goal.answer.below', {
        less: stepText(lang, Math.round((answer.postsFte - below.postsFte) * 1000) / 1000),
        posts: posts(lang, below.postsFte),
        p: percent(lang, below.probability),
        ci: interval(lang, below.interval),
      }),
    );
  }
  if (added !== 0) {
    lines.push(t(lang, 'goal.answer.cost', { staff: signedMillions(lang, answer.addedStaffCostPerYear), total: signedMillions(lang, answer.addedTotalCostPerYear) }));
  }
  const figures = figuresAt(lang, answer, targets);
  if (figures) lines.push(t(lang, 'goal.answer.figures', { posts: posts(lang, answer.postsFte), list: figures }));
  return { verdict, lines };
}

/** The progress line while searching: "prøvet 47 årsværk: 35 %". */
export function progressText(lang: Lang, last: Candidate | null, tried: number): string {
  if (!last) return t(lang, 'goal.status.starting');
  return t(lang, 'goal.status.running', { posts: posts(lang, last.postsFte), p: percent(lang, last.probability), n: tried });
}

/** A target in words: "Sager pr. rådgiver ved periodens slutning: højst 30". */
export function targetText(lang: Lang, target: Target): string {
  const name = isGoalMetric(target.metric) ? t(lang, metricLabelKey(target.metric)) : target.metric;
  const value = isShare(target.metric) ? formatPercent(lang, target.value) : formatNumber(lang, target.value, 2);
  return `${name}: ${t(lang, target.op === '<=' ? 'goal.op.max' : 'goal.op.min')} ${value}`;
}
