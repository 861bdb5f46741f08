/**
 * The scenario as one replication runs it: task hours scaled by `advisors.taskHoursScale`, and,
 * when `uncertainty.draw` is on, each uncertain assumption drawn from its range. A draw comes
 * from a stream of its own keyed by (seed, replication, assumption id) only, so replication k
 * draws the same values in every scenario of an experiment (common random numbers hold across a
 * comparison, a sweep or a goal seek), and nothing else in the department draws differently.
 */
import { createStreams } from '../random/streams.ts';
import { numberAt, withNumberAt } from '../scenario/resolved-path.ts';
import type { Scenario } from '../scenario/types.ts';

export interface Assumed {
  scenario: Scenario;
  /** The value each assumption took, by id (empty when nothing was drawn). */
  drawn: Record<string, number>;
}

export function assumed(scenario: Scenario, seed: number, replication: number): Assumed {
  const drawn: Record<string, number> = {};
  let s = scenario;
  if (s.uncertainty.draw && s.uncertainty.assumptions.length > 0) {
    const streams = createStreams(seed, replication);
    for (const { id, path, low, high } of s.uncertainty.assumptions) {
      // Parsing checked that the path names a number inside the range; a sensitivity arm may
      // have moved the value, so the peak is kept inside the range.
      const mode = Math.min(high, Math.max(low, numberAt(s, path) as number));
      const value = triangular(streams.stream(`assumption/${id}`)(), low, mode, high);
      drawn[id] = value;
      s = withNumberAt(s, path, value);
    }
  }
  return { scenario: withTaskHours(s), drawn };
}

/** The scenario with every task's hours times `advisors.taskHoursScale` (itself when the scale is 1). */
export function withTaskHours(scenario: Scenario): Scenario {
  const scale = scenario.advisors.taskHoursScale;
  if (scale === 1) return scenario;
  return {
    ...scenario,
    caseTypes: scenario.caseTypes.map((t) => ({ ...t, tasks: t.tasks.map((task) => ({ ...task, hours: task.hours * scale })) })),
  };
}

/** The triangular distribution's quantile at u: peaked at `mode`, zero outside [low, high]. */
export function triangular(u: number, low: number, mode: number, high: number): number {
  if (high <= low) return low;
  const split = (mode - low) / (high - low);
  return u < split ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}
