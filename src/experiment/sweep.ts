/**
 * Sweeps: any one or two parameter paths over a grid, every cell run with the same seed
 * (common random numbers, so neighbouring cells differ by the parameter, not by noise), each
 * cell summarised and, given targets, the probability of meeting them, from which the goal-seek
 * frontier (the fewest of the first axis meeting them, per value of the second) is read.
 */
import { METRICS, type MetricId } from '../model/metrics.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { estimateEventsPerReplication, MAX_EVENTS_PER_RUN, WorkLimitError } from '../model/work-bound.ts';
import { parseScenario } from '../scenario/parse.ts';
import { setPath } from '../scenario/set-path.ts';
import type { Scenario, ScenarioInput } from '../scenario/types.ts';
import { scenarioKey } from './cache.ts';
import type { ExperimentControl } from './goal-seek.ts';
import { summarizeMetric } from './summarize.ts';
import { formatTarget, probabilityOfTargets, type Probability, type Target } from './targets.ts';
import type { MetricSummary } from './types.ts';

export interface SweepAxis {
  path: string;
  values: number[];
}

/** Most cells a sweep may have: each is a full set of replications. */
export const MAX_SWEEP_CELLS = 400;

export class SweepError extends Error {
  override name = 'SweepError';
}

/** `path=from:to:step` (or `path=a,b,c`) to an axis. */
export function parseAxis(text: string): SweepAxis {
  const at = text.indexOf('=');
  if (at <= 0) throw new SweepError(`--vary expects path=from:to:step (e.g. advisors.fte=20:70:5), got "${text}"`);
  const path = text.slice(0, at).trim();
  const spec = text.slice(at + 1).trim();
  const numbers = (parts: string[]) =>
    parts.map((p) => {
      const x = Number(p);
      if (p.trim() === '' || !Number.isFinite(x)) throw new SweepError(`--vary ${path}: "${p}" is not a number`);
      return x;
    });
  if (spec.includes(',')) return { path, values: numbers(spec.split(',')) };
  const parts = spec.split(':');
  if (parts.length !== 3) throw new SweepError(`--vary ${path} expects from:to:step or a,b,c, got "${spec}"`);
  const [from, to, step] = numbers(parts) as [number, number, number];
  if (step <= 0) throw new SweepError(`--vary ${path}: the step must be positive, got ${step}`);
  if (to < from) throw new SweepError(`--vary ${path}: ${to} is below ${from}`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_SWEEP_CELLS) throw new SweepError(`--vary ${path} has ${count} values; a sweep may have at most ${MAX_SWEEP_CELLS} cells`);
  return { path, values: Array.from({ length: count }, (_, i) => Math.round((from + i * step) * 1e9) / 1e9) };
}

export interface SweepCell {
  /** The value of each axis, in axis order. */
  values: number[];
  metrics: Partial<Record<MetricId, MetricSummary>>;
  /** Given targets: the probability of meeting them here. */
  targets?: Probability;
}

export interface SweepResult {
  kind: 'sweep';
  modelVersion: string;
  seed: number;
  replications: number;
  axes: SweepAxis[];
  metrics: MetricId[];
  targets: string[];
  probability: number | null;
  /** Row-major: the last axis varies fastest. */
  cells: SweepCell[];
  /**
   * Given targets and two axes: for each value of the second axis, the smallest value of the
   * first meeting them with the probability (null where none in the grid does).
   */
  frontier: { value: number; first: number | null }[] | null;
}

export interface SweepRequest {
  input: ScenarioInput;
  axes: readonly SweepAxis[];
  metrics: readonly MetricId[];
  targets?: readonly Target[];
  probability?: number;
}

export async function runSweep(
  request: SweepRequest,
  control: ExperimentControl & { onCell?: (cell: SweepCell, done: number, total: number) => void },
): Promise<SweepResult> {
  const { axes, metrics } = request;
  const targets = request.targets ?? [];
  if (axes.length < 1 || axes.length > 2) throw new SweepError(`a sweep varies one or two parameters, got ${axes.length}`);
  for (const axis of axes) {
    if (axis.path === 'simulation.seed' || axis.path === 'simulation.replications') {
      throw new SweepError(`${axis.path} cannot be an axis: every cell runs with one seed and number of replications (common random numbers); set them with --seed and --replications`);
    }
  }
  const grid = cartesian(axes.map((a) => a.values));
  if (grid.length > MAX_SWEEP_CELLS) throw new SweepError(`the grid has ${grid.length} cells; at most ${MAX_SWEEP_CELLS}`);
  // Every cell is parsed before any runs, so a bad value is reported at once.
  const scenarios = grid.map((values) => {
    let input = request.input;
    axes.forEach((axis, i) => (input = setPath(input, axis.path, values[i])));
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new SweepError(`at ${axes.map((a, i) => `${a.path}=${values[i]}`).join(', ')}: ${parsed.problems[0]?.message}`);
    return parsed.scenario;
  });
  const first = scenarios[0];
  if (!first) throw new SweepError('the grid is empty');
  // An axis that changes nothing would draw a flat map that reads as "no effect": refuse it.
  axes.forEach((axis, i) => {
    if (axis.values.length < 2) return;
    const stride = axes.slice(i + 1).reduce((n, a) => n * a.values.length, 1);
    const [a, b] = [scenarios[0], scenarios[stride]] as [Scenario, Scenario];
    if (scenarioKey(a) === scenarioKey(b)) {
      throw new SweepError(`${axis.path}=${axis.values[0]} and ${axis.path}=${axis.values[1]} run the same scenario: something else in the scenario overrides ${axis.path}, so this axis would show nothing`);
    }
  });
  const seed = control.seed ?? first.simulation.seed;
  const replications = control.replications ?? first.simulation.replications;
  const bound = scenarios.reduce((sum, s) => sum + estimateShare(s, replications), 0);
  if (bound > 1) throw new WorkLimitError(`this sweep would take ${bound.toFixed(1)} times the work one run may ask for; use fewer cells or replications`);
  const cells: SweepCell[] = [];
  for (const [i, s] of scenarios.entries()) {
    const results = await control.replicator.replicate(s, seed, replications, { signal: control.signal });
    const cell: SweepCell = { values: grid[i] as number[], metrics: {} };
    for (const id of metrics) cell.metrics[id] = summarizeMetric(results.map((r) => r.metrics[id]), METRICS[id].unit);
    if (targets.length) cell.targets = probabilityOfTargets(results, targets);
    cells.push(cell);
    control.onCell?.(cell, cells.length, scenarios.length);
  }
  const probability = targets.length ? (request.probability ?? 0.8) : null;
  return {
    kind: 'sweep',
    modelVersion: MODEL_VERSION,
    seed,
    replications,
    axes: axes.map((a) => ({ ...a })),
    metrics: [...metrics],
    targets: targets.map(formatTarget),
    probability,
    cells,
    frontier: probability !== null && axes.length === 2 ? frontierOf(axes, cells, probability) : null,
  };
}

/** The share of one run's work bound a cell takes (the whole sweep must stay under one run's bound). */
function estimateShare(s: Parameters<typeof estimateEventsPerReplication>[0], replications: number): number {
  return (estimateEventsPerReplication(s) * replications) / MAX_EVENTS_PER_RUN;
}

export function frontierOf(axes: readonly SweepAxis[], cells: readonly SweepCell[], probability: number): { value: number; first: number | null }[] {
  const [a, b] = axes as [SweepAxis, SweepAxis];
  return b.values.map((value, j) => {
    // The smallest value meeting the targets, whatever order the axis was given in.
    const meeting = a.values.filter((_, i) => (cells[i * b.values.length + j]?.targets?.probability ?? 0) >= probability);
    return { value, first: meeting.length ? Math.min(...meeting) : null };
  });
}

function cartesian(lists: number[][]): number[][] {
  return lists.reduce<number[][]>((acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])), [[]]);
}
