/** Command-line flags to a typed request, with one-line errors that name the flag. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** What every simulating command shares: the scenario, how it is run, where the output goes. */
export interface CommonArgs {
  scenario: string;
  replications: number | null;
  seed: number | null;
  sets: string[];
  workers: number;
  out: string | null;
  quiet: boolean;
  /** Draw the uncertain assumptions per replication (sets uncertainty.draw). */
  uncertain: boolean;
}

export interface RunArgs extends CommonArgs {
  command: 'run';
  format: 'json' | 'csv';
  /** A scenario file or preset to compare against, or null. */
  compare: string | null;
}

export interface SolveArgs extends CommonArgs {
  command: 'solve';
  targets: string[];
  probability: number;
  step: number;
  fromWeek: number;
  maxFte: number | null;
  /** Reverse question: extra DKK per year to spend on posts, or null. */
  budget: number | null;
  /** Replications per candidate while searching (then all of them from the screened answer), or null = all. */
  screen: number | null;
}

export interface SensitivityArgs extends CommonArgs {
  command: 'sensitivity';
  metric: string;
}

export interface SweepArgs extends CommonArgs {
  command: 'sweep';
  vary: string[];
  metrics: string[];
  targets: string[];
  probability: number;
  format: 'json' | 'csv';
}

export type Args =
  | RunArgs
  | SolveArgs
  | SensitivityArgs
  | SweepArgs
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'presets' }
  | { command: 'parameters' };

/** Most worker threads a run may start: more than the cores only adds overhead. */
export const MAX_WORKERS = 64;

const SIMULATING = ['run', 'solve', 'sensitivity', 'sweep'] as const;

export function parseCommandLine(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        replications: { type: 'string', short: 'n' },
        seed: { type: 'string' },
        set: { type: 'string', multiple: true },
        workers: { type: 'string', short: 'w' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        compare: { type: 'string', short: 'c' },
        uncertain: { type: 'boolean', short: 'u' },
        target: { type: 'string', short: 't', multiple: true },
        probability: { type: 'string', short: 'p' },
        step: { type: 'string' },
        'from-week': { type: 'string' },
        'max-fte': { type: 'string' },
        budget: { type: 'string' },
        screen: { type: 'string' },
        metric: { type: 'string', short: 'm', multiple: true },
        vary: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    // node:util's messages are one line and name the flag; drop its error-code prefix.
    throw new UsageError((error as Error).message.replace(/^[A-Z_]+: /, ''));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, scenario, ...extra] = positionals;
  if (command === 'presets') return { command: 'presets' };
  if (command === 'parameters') return { command: 'parameters' };
  if (command === undefined) throw new UsageError('missing command; try "sagstal run status-quo" or "sagstal --help"');
  if (!(SIMULATING as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command "${command}"; the commands are run, solve, sensitivity, sweep, presets and parameters`);
  }
  const name = command as (typeof SIMULATING)[number];
  if (scenario === undefined) throw new UsageError(`${name} needs a scenario file or preset name, e.g. "sagstal ${name} status-quo"`);
  if (extra.length > 0) throw new UsageError(`${name} takes one scenario, got also "${extra.join(' ')}"`);
  const only = (flag: keyof typeof values, commands: readonly string[]) => {
    if (values[flag] !== undefined && !commands.includes(name)) throw new UsageError(`--${flag} is an option of ${commands.join(' and ')}, not of ${name}`);
  };
  only('compare', ['run']);
  for (const flag of ['step', 'from-week', 'max-fte', 'budget', 'screen'] as const) only(flag, ['solve']);
  only('target', ['solve', 'sweep']);
  only('probability', ['solve', 'sweep']);
  only('metric', ['sensitivity', 'sweep']);
  only('vary', ['sweep']);
  only('format', ['run', 'sweep']);
  const common: CommonArgs = {
    scenario,
    replications: values.replications === undefined ? null : wholeNumber('--replications', values.replications, 1),
    seed: values.seed === undefined ? null : wholeNumber('--seed', values.seed, 0),
    sets: values.set ?? [],
    workers: values.workers === undefined ? 1 : Math.min(wholeNumber('--workers', values.workers, 1), MAX_WORKERS),
    out: values.out ?? null,
    quiet: values.quiet ?? false,
    uncertain: values.uncertain ?? false,
  };
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, got "${format}"`);
  const probability = values.probability === undefined ? 0.8 : number('--probability', values.probability, 0, 1);
  switch (name) {
    case 'run':
      return { ...common, command: 'run', format, compare: values.compare ?? null };
    case 'solve': {
      const targets = values.target ?? [];
      const budget = values.budget === undefined ? null : number('--budget', values.budget, 0, 1e12);
      if (targets.length === 0 && budget === null) throw new UsageError('solve needs at least one --target (e.g. --target caseloadEnd<=25) or a --budget');
      return {
        ...common,
        command: 'solve',
        targets,
        probability,
        step: values.step === undefined ? 0.5 : number('--step', values.step, 0.1, 100),
        fromWeek: values['from-week'] === undefined ? 0 : wholeNumber('--from-week', values['from-week'], 0),
        maxFte: values['max-fte'] === undefined ? null : number('--max-fte', values['max-fte'], 0.5, 5000),
        budget,
        screen: values.screen === undefined ? null : wholeNumber('--screen', values.screen, 1),
      };
    }
    case 'sensitivity': {
      const metrics = values.metric ?? ['childrenLetDownShare'];
      if (metrics.length !== 1) throw new UsageError('sensitivity takes one --metric');
      return { ...common, command: 'sensitivity', metric: metrics[0] as string };
    }
    case 'sweep': {
      const vary = values.vary ?? [];
      if (vary.length < 1 || vary.length > 2) throw new UsageError('sweep needs one or two --vary path=from:to:step (e.g. --vary advisors.fte=20:70:5)');
      return { ...common, command: 'sweep', vary, metrics: values.metric ?? ['childrenLetDownShare'], targets: values.target ?? [], probability, format };
    }
  }
}

function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min) {
    throw new UsageError(`${flag} must be a whole number of at least ${min}, got "${text}"`);
  }
  return value;
}

function number(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a number between ${min} and ${max}, got "${text}"`);
  }
  return value;
}
