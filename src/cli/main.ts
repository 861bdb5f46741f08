/**
 * The `sagstal` command: a thin shell over the scenario parser and the experiment layer.
 * Every expected failure (flags, files, scenario problems, the work bound) is one line on
 * stderr and exit status 2; a stack trace would mean a bug (exit 1).
 */
import { writeFile } from 'node:fs/promises';
import { runExperiment } from '../experiment/run-experiment.ts';
import { toJson } from '../experiment/summarize.ts';
import { checkWorkBound } from '../model/work-bound.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { createThreadRunner } from '../runner/node-threads.ts';
import { createSyncRunner } from '../runner/sync.ts';
import { parameterTables } from '../scenario/parameter-table.ts';
import { parseScenario } from '../scenario/parse.ts';
import { loadPreset, PRESET_NAMES } from '../scenario/presets.ts';
import { parseAssignment, setPath, SetPathError } from '../scenario/set-path.ts';
import type { ScenarioInput } from '../scenario/types.ts';
import { parseCommandLine, UsageError, type RunArgs } from './args.ts';
import { toCsv } from '../experiment/csv.ts';
import { loadScenarioInput } from './load.ts';
import { progressBar } from './progress.ts';
import { USAGE } from './usage.ts';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** Runs the command line `argv` (without `node sagstal`); resolves with the exit status. */
export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    switch (args.command) {
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      case 'version':
        process.stdout.write(`sagstal model ${MODEL_VERSION}\n`);
        return EXIT_OK;
      case 'presets':
        for (const name of PRESET_NAMES) process.stdout.write(`${name.padEnd(16)} ${loadPreset(name).title ?? ''}\n`);
        return EXIT_OK;
      case 'parameters':
        process.stdout.write(`${parameterTables()}\n`);
        return EXIT_OK;
      case 'run':
        await run(args);
        return EXIT_OK;
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof SetPathError) {
      process.stderr.write(`sagstal: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sagstal: internal error: ${message.split('\n')[0]}\n`);
    if (process.env['SAGSTAL_DEBUG']) console.error(error);
    return EXIT_INTERNAL;
  }
}

async function run(args: RunArgs): Promise<void> {
  let input: ScenarioInput = await loadScenarioInput(args.scenario);
  for (const text of args.sets) {
    const { path, value } = parseAssignment(text);
    input = setPath(input, path, value);
  }
  if (args.replications !== null) input = setPath(input, 'simulation.replications', args.replications);
  if (args.seed !== null) input = setPath(input, 'simulation.seed', args.seed);
  const parsed = parseScenario(input);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.problems.map((p) => p.message);
    throw new UsageError(`${args.scenario}: ${first}${rest.length ? `; and ${rest.length} more: ${rest.join('; ')}` : ''}`);
  }
  const scenario = parsed.scenario;
  const { replications, seed } = scenario.simulation;
  const bound = checkWorkBound(scenario, replications);
  if (bound) throw new UsageError(`${args.scenario}: refused: ${bound}`);

  const runner = args.workers > 1 ? createThreadRunner(args.workers) : createSyncRunner();
  const progress = progressBar(process.stderr, !args.quiet && process.stderr.isTTY === true);
  try {
    const result = await runExperiment(scenario, { runner, seed, replications, onProgress: progress.update });
    progress.finish();
    const text = args.format === 'csv' ? toCsv(result) : `${toJson(result)}\n`;
    if (args.out) await writeFile(args.out, text);
    else process.stdout.write(text);
  } finally {
    runner.close();
  }
}
