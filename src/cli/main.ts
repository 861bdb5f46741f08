/**
 * The `sagstal` command: a thin shell over the scenario parser and the experiment layer.
 * Every expected failure (flags, files, scenario problems, the work bound) is one line on
 * stderr and exit status 2; a stack trace would mean a bug (exit 1).
 */
import { writeFile } from 'node:fs/promises';
import { runExperiment } from '../experiment/run-experiment.ts';
import { toJson } from '../experiment/summarize.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { parameterTables } from '../scenario/parameter-table.ts';
import { loadPreset, PRESET_NAMES } from '../scenario/presets.ts';
import { runComparison } from '../experiment/compare.ts';
import { parseCommandLine, type RunArgs } from './args.ts';
import { isInputError, sensitivity, solve, sweep } from './questions.ts';
import { runnerFor, scenarioOf } from './scenario-arg.ts';
import { toComparisonCsv, toCsv } from '../experiment/csv.ts';
import { progressBar, type TextSink } from './progress.ts';
import { USAGE } from './usage.ts';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** Where the command writes. Injectable so tests run many commands in one process (a spawn costs about 1.5 s). */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
}

/** Runs the command line `argv` (without `node sagstal`); resolves with the exit status. */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const { stdout, stderr } = io;
  try {
    const args = parseCommandLine(argv);
    switch (args.command) {
      case 'help':
        stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      case 'version':
        stdout.write(`sagstal model ${MODEL_VERSION}\n`);
        return EXIT_OK;
      case 'presets':
        for (const name of PRESET_NAMES) stdout.write(`${name.padEnd(16)} ${loadPreset(name).title ?? ''}\n`);
        return EXIT_OK;
      case 'parameters':
        stdout.write(`${parameterTables()}\n`);
        return EXIT_OK;
      case 'run':
        await run(args, io);
        return EXIT_OK;
      case 'solve':
        await solve(args, io);
        return EXIT_OK;
      case 'sensitivity':
        await sensitivity(args, io);
        return EXIT_OK;
      case 'sweep':
        await sweep(args, io);
        return EXIT_OK;
    }
  } catch (error) {
    if (isInputError(error)) {
      stderr.write(`sagstal: ${oneLine(error.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`sagstal: internal error: ${message.split('\n')[0]}\n`);
    if (process.env['SAGSTAL_DEBUG']) stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

/** Messages are one line by design; a newline in the user's own text (a path, a file name) must not break that. */
function oneLine(message: string): string {
  return message.replace(/\r?\n/g, ' ');
}

async function run(args: RunArgs, io: CliIo): Promise<void> {
  const scenario = await scenarioOf(args.scenario, args.sets, args);
  const { replications, seed } = scenario.simulation;
  // The comparison runs with the scenario's seed and replications (common random numbers); --set changes only the scenario.
  const comparison = args.compare === null ? null : await scenarioOf(args.compare, [], { ...args, replications, seed });

  const runner = runnerFor(args);
  const progress = progressBar(io.stderr, !args.quiet && io.stderr.isTTY === true);
  try {
    let text: string;
    if (comparison) {
      const compared = await runComparison(scenario, comparison, { runner, seed, replications, onProgress: progress.update });
      text = args.format === 'csv' ? toComparisonCsv(compared) : `${toJson(compared)}\n`;
    } else {
      const result = await runExperiment(scenario, { runner, seed, replications, onProgress: progress.update });
      text = args.format === 'csv' ? toCsv(result) : `${toJson(result)}\n`;
    }
    progress.finish();
    if (args.out) await writeFile(args.out, text);
    else io.stdout.write(text);
  } finally {
    runner.close();
  }
}
