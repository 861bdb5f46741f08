/**
 * The decision questions on the command line: `solve` (how many advisors, or what a budget
 * reaches), `sensitivity` (which assumptions decide it) and `sweep` (the whole map). Each prints
 * JSON (or CSV for sweeps) on stdout, documented in docs/cli.md, and one human line on stderr.
 */
import { writeFile } from 'node:fs/promises';
import { reachWithBudget } from '../experiment/budget-reach.ts';
import { goalSeek } from '../experiment/goal-seek.ts';
import { Replicator } from '../experiment/replicator.ts';
import { runSensitivity, SensitivityError } from '../experiment/sensitivity.ts';
import { toJson } from '../experiment/summarize.ts';
import { parseAxis, runSweep, SweepError, type SweepResult } from '../experiment/sweep.ts';
import { parseTarget, TargetError } from '../experiment/targets.ts';
import { METRIC_IDS, type MetricId } from '../model/metrics.ts';
import { WorkLimitError } from '../model/work-bound.ts';
import { SetPathError } from '../scenario/set-path.ts';
import { UsageError, type CommonArgs, type SensitivityArgs, type SolveArgs, type SweepArgs } from './args.ts';
import type { CliIo } from './main.ts';
import { progressBar } from './progress.ts';
import { inputOf, runnerFor, scenarioOf } from './scenario-arg.ts';

/** Errors that mean the input was wrong (exit 2, one line), not a bug. */
export function isInputError(error: unknown): error is Error {
  return [UsageError, SetPathError, TargetError, SweepError, SensitivityError, WorkLimitError].some((type) => error instanceof type);
}

export async function solve(args: SolveArgs, io: CliIo): Promise<void> {
  const targets = args.targets.map(parseTarget);
  const scenario = await scenarioOf(args.scenario, args.sets, args);
  await withReplicator(args, io, async (replicator, progress) => {
    const control = { replicator, signal: undefined };
    const counting = countingReplicator(replicator, progress);
    const result =
      args.budget === null
        ? await goalSeek(
            {
              scenario,
              targets,
              probability: args.probability,
              step: args.step,
              fromWeek: args.fromWeek,
              maxAddedFte: args.maxFte ?? undefined,
              searchReplications: args.screen ?? undefined,
            },
            { ...control, replicator: counting },
          )
        : await reachWithBudget({ scenario, budgetDkkPerYear: args.budget, targets, step: args.step, fromWeek: args.fromWeek }, { ...control, replicator: counting });
    return { json: result, line: result.summary };
  });
}

export async function sensitivity(args: SensitivityArgs, io: CliIo): Promise<void> {
  const metric = metricId(args.metric);
  const scenario = await scenarioOf(args.scenario, args.sets, args);
  await withReplicator(args, io, async (replicator, progress) => {
    const result = await runSensitivity(scenario, metric, { replicator, onProgress: progress });
    const line = `${metric} ${show(result.base.mean, result.base.unit)} at the scenario's values; over each range: ${result.bars.map((b) => `${b.id} ${show(b.atLow.mean, b.atLow.unit)} to ${show(b.atHigh.mean, b.atHigh.unit)}`).join(', ')}`;
    return { json: result, line };
  });
}

export async function sweep(args: SweepArgs, io: CliIo): Promise<void> {
  const axes = args.vary.map(parseAxis);
  const metrics = args.metrics.map(metricId);
  const targets = args.targets.map(parseTarget);
  const input = await inputOf(args.scenario, args.sets, args);
  await withReplicator(args, io, async (replicator, progress) => {
    const result = await runSweep({ input, axes, metrics, targets, probability: args.probability }, { replicator, onCell: (_, done, total) => progress(done, total) });
    return { json: result, text: args.format === 'csv' ? sweepCsv(result) : undefined, line: `${result.cells.length} cells x ${result.replications} replications` };
  });
}

async function withReplicator(
  args: CommonArgs,
  io: CliIo,
  body: (replicator: Replicator, progress: (done: number, total: number) => void) => Promise<{ json: unknown; text?: string; line: string }>,
): Promise<void> {
  const runner = runnerFor(args);
  const bar = progressBar(io.stderr, !args.quiet && io.stderr.isTTY === true);
  try {
    const { json, text, line } = await body(new Replicator(runner), bar.update);
    bar.finish();
    const out = text ?? `${toJson(json as Parameters<typeof toJson>[0])}\n`;
    if (args.out) await writeFile(args.out, out);
    else io.stdout.write(out);
    if (!args.quiet) io.stderr.write(`sagstal: ${line}\n`);
  } finally {
    runner.close();
  }
}

/** Progress for a search whose length is not known in advance: candidates run so far. */
function countingReplicator(replicator: Replicator, progress: (done: number, total: number) => void): Replicator {
  let done = 0;
  const counting = Object.create(replicator) as Replicator;
  counting.replicate = async (...a: Parameters<Replicator['replicate']>) => {
    const results = await replicator.replicate(...a);
    progress(++done, done + 1);
    return results;
  };
  return counting;
}

function metricId(name: string): MetricId {
  if (!(METRIC_IDS as readonly string[]).includes(name)) throw new UsageError(`--metric ${name} is not a metric; the metrics are ${METRIC_IDS.join(', ')}`);
  return name as MetricId;
}

/** One row per cell: the axes' values, then mean, P10, P50, P90 of each metric, then the probability of the targets. */
export function sweepCsv(result: SweepResult): string {
  const header = [
    ...result.axes.map((a) => a.path),
    ...result.metrics.flatMap((m) => ['mean', 'p10', 'p50', 'p90'].map((q) => `${m}.${q}`)),
    ...(result.targets.length ? ['targetsProbability'] : []),
  ];
  const value = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '' : String(x));
  const rows = result.cells.map((cell) => [
    ...cell.values.map(value),
    ...result.metrics.flatMap((m) => {
      const s = cell.metrics[m];
      return [s?.mean, s?.p10, s?.p50, s?.p90].map(value);
    }),
    ...(result.targets.length ? [value(cell.targets?.probability)] : []),
  ]);
  return `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`;
}

function show(x: number, unit: string): string {
  if (!Number.isFinite(x)) return 'n/a';
  return unit === 'share' ? `${(x * 100).toFixed(1)} %` : `${Math.round(x * 100) / 100} ${unit}`;
}
