/**
 * When a chart has nothing to draw, it says so in words: a waiting list that is zero in every
 * week of every run drew as a flat line at 0, which reads as a missing chart or a broken one.
 */
import type { ChartInput } from './chart-frame.ts';
import type { ChartId } from './charts.ts';
import type { MessageKey } from './i18n.ts';

/** The charts that can be empty, and the series each draws. */
const EMPTY_WHEN_ZERO = { 'waiting-list': 'waitingList', breaches: 'deadlineBreaches' } as const;

/**
 * The sentence that replaces chart `id`, or null when it has something to draw: every week of
 * every run of each scenario it shows (this one, and the comparison where drawn) is zero.
 */
export function emptyChartReason(id: ChartId, input: ChartInput): MessageKey | null {
  if (id !== 'waiting-list' && id !== 'breaches') return null;
  const series = EMPTY_WHEN_ZERO[id];
  const shown = input.showComparison ? [...input.results, ...input.comparisonResults] : input.results;
  if (shown.length === 0) return null;
  const zero = shown.every((r) => Array.prototype.every.call(r.series[series], (x: number) => x === 0));
  return zero ? `chart.empty.${id}` : null;
}
