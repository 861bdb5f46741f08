/**
 * Weekly series as the charts draw them: P10/P50/P90 across replications, optionally of a
 * trailing mean, so that a count that jumps from week to week (tasks done late) reads as a
 * trend. Pure: no DOM, tested in Node.
 */
import type { ReplicationResult, SeriesId } from '../experiment/catalogue.ts';
import type { SeriesPoint } from '../experiment/types.ts';
import { decileBand } from '../experiment/quantiles.ts';

/**
 * The trailing mean of `values` over `window` weeks (fewer at the start), NaN weeks left out;
 * NaN where the whole window is NaN.
 */
export function trailingMean(values: ArrayLike<number>, window: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let week = 0; week < values.length; week++) {
    let sum = 0;
    let n = 0;
    for (let k = Math.max(0, week - window + 1); k <= week; k++) {
      const v = values[k] as number;
      if (Number.isFinite(v)) {
        sum += v;
        n++;
      }
    }
    out[week] = n > 0 ? sum / n : Number.NaN;
  }
  return out;
}

/**
 * P10/P50/P90 of series `id` across `results`, week by week, each replication first smoothed
 * by a trailing mean over `window` weeks (1: as recorded). Weeks where no replication has a
 * value are left out.
 */
export function seriesBands(results: readonly ReplicationResult[], id: SeriesId, window = 1): SeriesPoint[] {
  const columns = results.map((r) => (window > 1 ? trailingMean(r.series[id], window) : r.series[id]));
  const weeks = columns[0]?.length ?? 0;
  const column = new Float64Array(columns.length);
  const scratch = new Float64Array(columns.length);
  const points: SeriesPoint[] = [];
  for (let week = 0; week < weeks; week++) {
    for (let r = 0; r < columns.length; r++) column[r] = (columns[r] as ArrayLike<number>)[week] as number;
    const band = decileBand(column, scratch);
    if (Number.isNaN(band.p50)) continue; // no replication has a value this week
    points.push({ week, ...band });
  }
  return points;
}

/** The date of the end of `week` counted from `start` (week 0 is the start itself). */
export function weekDate(start: Date, week: number): Date {
  return new Date(start.getTime() + week * 7 * 86_400_000);
}
