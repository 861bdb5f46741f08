/**
 * Targets a council can set: a metric, a direction and a limit (`caseloadEnd<=25`,
 * `investigationsLateShare<=10%`, `totalCostPerYear<=180e6`). A replication meets the targets
 * when it meets every one; the probability of meeting them is the share of replications that
 * do, with a Wilson interval (good at the small counts and the 0 and 1 edges we see).
 */
import { METRIC_IDS, METRICS, type MetricId, type ReplicationResult } from '../model/metrics.ts';

export type TargetOp = '<=' | '>=';

export interface Target {
  metric: MetricId;
  op: TargetOp;
  value: number;
}

export class TargetError extends Error {
  override name = 'TargetError';
}

/** `metric<=value` or `metric>=value`; a share may be written as a percent (`10%`). */
export function parseTarget(text: string): Target {
  const match = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(<=|>=)\s*(\S+)\s*$/.exec(text);
  if (!match) throw new TargetError(`a target reads metric<=value or metric>=value (e.g. caseloadEnd<=25), got "${text}"`);
  const [, name, op, raw] = match as unknown as [string, string, TargetOp, string];
  if (!(METRIC_IDS as readonly string[]).includes(name)) {
    throw new TargetError(`target "${text}": ${name} is not a metric; the metrics are ${METRIC_IDS.join(', ')}`);
  }
  const metric = name as MetricId;
  const percent = raw.endsWith('%');
  const value = Number(percent ? raw.slice(0, -1) : raw) / (percent ? 100 : 1);
  if (!Number.isFinite(value) || raw.trim() === '' || raw === '%') throw new TargetError(`target "${text}": "${raw}" is not a number`);
  if (percent && METRICS[metric].unit !== 'share') throw new TargetError(`target "${text}": only shares take a percent; ${metric} is in ${METRICS[metric].unit}`);
  return { metric, op, value };
}

export function formatTarget(t: Target): string {
  return `${t.metric}${t.op}${t.value}`;
}

/**
 * Whether one replication meets every target. A metric with nothing to measure (NaN: no
 * investigation fell due) meets its target: there was nothing to be late with.
 */
export function meetsTargets(result: ReplicationResult, targets: readonly Target[]): boolean {
  return targets.every(({ metric, op, value }) => {
    const x = result.metrics[metric];
    if (Number.isNaN(x)) return true;
    return op === '<=' ? x <= value + 1e-12 : x >= value - 1e-12;
  });
}

export interface Probability {
  /** Share of replications meeting every target. */
  probability: number;
  /** 95 % Wilson score interval for it. */
  interval: [number, number];
  met: number;
  replications: number;
}

export function probabilityOfTargets(results: readonly ReplicationResult[], targets: readonly Target[]): Probability {
  const met = results.filter((r) => meetsTargets(r, targets)).length;
  return { probability: results.length ? met / results.length : Number.NaN, interval: wilson(met, results.length), met, replications: results.length };
}

/** 95 % Wilson score interval for a proportion of `k` in `n`. */
export function wilson(k: number, n: number, z = 1.959964): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
