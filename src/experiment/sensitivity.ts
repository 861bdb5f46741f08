/**
 * Sensitivity: which assumptions decide the answer.
 *
 * One at a time: each uncertain assumption is moved to the low and the high end of its range
 * with everything else at the scenario's values, and every arm runs the same replications as the
 * scenario (common random numbers), so a bar is the assumption's effect, not noise. Bars are
 * sorted by swing. Together: every assumption drawn per replication at once; a linear regression
 * of the metric on the draws gives each assumption's share of the spread (its squared
 * standardised coefficient); what the assumptions do not explain is chance and interaction.
 */
import { METRICS, type MetricId, type ReplicationResult } from '../model/metrics.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { numberAt, withNumberAt } from '../scenario/resolved-path.ts';
import type { Scenario } from '../scenario/types.ts';
import type { ExperimentControl } from './goal-seek.ts';
import { summarizeMetric } from './summarize.ts';
import type { MetricSummary } from './types.ts';

export interface SensitivityBar {
  id: string;
  path: string;
  /** The scenario's value. */
  value: number;
  low: number;
  high: number;
  source: string;
  atLow: MetricSummary;
  atHigh: MetricSummary;
  /** |mean at high − mean at low|: what the bars are sorted by. */
  swing: number;
  /** Standard error of the paired difference high − low. */
  swingSe: number;
}

export interface SensitivityResult {
  kind: 'sensitivity';
  modelVersion: string;
  seed: number;
  replications: number;
  metric: MetricId;
  /** The metric at the scenario's own values. */
  base: MetricSummary;
  /** One at a time, sorted by swing, largest first. */
  bars: SensitivityBar[];
  /** All drawn together: each assumption's share of the metric's variance, and the rest. */
  together: {
    replications: number;
    spread: MetricSummary;
    shares: { id: string; share: number }[];
    /** 1 − R²: chance and what a linear fit of the assumptions misses. */
    unexplained: number;
  } | null;
}

export class SensitivityError extends Error {
  override name = 'SensitivityError';
}

export async function runSensitivity(
  scenario: Scenario,
  metric: MetricId,
  control: ExperimentControl & {
    together?: boolean;
    /** Replications of the joint draw (default: twice the others, at least 40): a regression on 4 draws needs more than a paired difference. */
    togetherReplications?: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<SensitivityResult> {
  const assumptions = scenario.uncertainty.assumptions;
  if (assumptions.length === 0) throw new SensitivityError('the scenario lists no uncertain assumptions (uncertainty.assumptions)');
  const seed = control.seed ?? scenario.simulation.seed;
  const replications = control.replications ?? scenario.simulation.replications;
  const fixed: Scenario = { ...scenario, uncertainty: { ...scenario.uncertainty, draw: false } };
  const together = control.together ?? true;
  const total = 1 + 2 * assumptions.length + (together ? 1 : 0);
  let done = 0;
  const run = async (s: Scenario, n = replications) => {
    const results = await control.replicator.replicate(s, seed, n, { signal: control.signal });
    control.onProgress?.(++done, total);
    return results;
  };
  const unit = METRICS[metric].unit;
  const summary = (rs: readonly ReplicationResult[]) => summarizeMetric(rs.map((r) => r.metrics[metric]), unit);
  const base = await run(fixed);
  const bars: SensitivityBar[] = [];
  for (const a of assumptions) {
    const value = numberAt(fixed, a.path) as number;
    const lowResults = await run(withNumberAt(fixed, a.path, a.low));
    const highResults = await run(withNumberAt(fixed, a.path, a.high));
    const differences = highResults.map((r, i) => r.metrics[metric] - ((lowResults[i] as ReplicationResult).metrics[metric]));
    const atLow = summary(lowResults);
    const atHigh = summary(highResults);
    bars.push({
      id: a.id,
      path: a.path,
      value,
      low: a.low,
      high: a.high,
      source: a.source,
      atLow,
      atHigh,
      swing: Math.abs(atHigh.mean - atLow.mean),
      swingSe: standardError(differences),
    });
  }
  bars.sort((x, y) => (Number.isNaN(y.swing) ? -1 : y.swing - (Number.isNaN(x.swing) ? -Infinity : x.swing)));
  let jointly: SensitivityResult['together'] = null;
  if (together) {
    const n = control.togetherReplications ?? Math.max(40, 2 * replications);
    const drawn = await run({ ...scenario, uncertainty: { ...scenario.uncertainty, draw: true } }, n);
    jointly = { replications: drawn.length, spread: summary(drawn), ...varianceShares(drawn, metric, assumptions.map((a) => a.id)) };
  }
  return { kind: 'sensitivity', modelVersion: MODEL_VERSION, seed, replications, metric, base: summary(base), bars, together: jointly };
}

/**
 * Squared standardised regression coefficients of y on the drawn assumptions: for independent
 * inputs they add up to R², each the share of Var(y) its assumption explains linearly.
 */
export function varianceShares(results: readonly ReplicationResult[], metric: MetricId, ids: readonly string[]): { shares: { id: string; share: number }[]; unexplained: number } {
  const rows = results.filter((r) => Number.isFinite(r.metrics[metric]));
  const y = rows.map((r) => r.metrics[metric]);
  const xs = ids.map((id) => rows.map((r) => r.assumptions[id] ?? Number.NaN));
  const varY = variance(y);
  const usable = ids.map((_, j) => variance(xs[j] as number[]) > 0);
  if (!(varY > 0) || rows.length <= ids.length + 1) return { shares: ids.map((id) => ({ id, share: Number.NaN })), unexplained: Number.NaN };
  const cols = ids.map((_, j) => j).filter((j) => usable[j]);
  const beta = leastSquares(rows.length, cols.map((j) => xs[j] as number[]), y);
  const shares = ids.map((id, j) => {
    const c = cols.indexOf(j);
    if (c < 0 || !beta) return { id, share: 0 };
    const b = beta[c + 1] as number;
    return { id, share: (b * b * variance(xs[j] as number[])) / varY };
  });
  const explained = shares.reduce((sum, s) => sum + s.share, 0);
  return { shares, unexplained: Math.max(0, 1 - explained) };
}

/** Ordinary least squares with an intercept, by the normal equations (a handful of columns). */
function leastSquares(n: number, columns: number[][], y: number[]): number[] | null {
  const k = columns.length + 1;
  const x = (i: number, j: number) => (j === 0 ? 1 : (columns[j - 1] as number[])[i] as number);
  const a: number[][] = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < k; r++) {
      const row = a[r] as number[];
      for (let c = 0; c < k; c++) row[c] = (row[c] as number) + x(i, r) * x(i, c);
      row[k] = (row[k] as number) + x(i, r) * (y[i] as number);
    }
  }
  // Gaussian elimination with partial pivoting.
  for (let c = 0; c < k; c++) {
    let pivot = c;
    for (let r = c + 1; r < k; r++) if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[pivot] as number[])[c] as number)) pivot = r;
    [a[c], a[pivot]] = [a[pivot] as number[], a[c] as number[]];
    const p = (a[c] as number[])[c] as number;
    if (Math.abs(p) < 1e-12) return null;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = ((a[r] as number[])[c] as number) / p;
      for (let cc = c; cc <= k; cc++) (a[r] as number[])[cc] = ((a[r] as number[])[cc] as number) - f * ((a[c] as number[])[cc] as number);
    }
  }
  return a.map((row, r) => (row[k] as number) / (row[r] as number));
}

function variance(xs: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const m = xs.reduce((s, x) => s + x, 0) / n;
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (n - 1);
}

function standardError(xs: readonly number[]): number {
  const finite = xs.filter(Number.isFinite);
  return Math.sqrt(variance(finite) / finite.length);
}
