/** Command-line flags to a typed request, with one-line errors that name the flag. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface RunArgs {
  command: 'run';
  scenario: string;
  replications: number | null;
  seed: number | null;
  sets: string[];
  workers: number;
  format: 'json' | 'csv';
  out: string | null;
  quiet: boolean;
  /** A scenario file or preset to compare against, or null. */
  compare: string | null;
}

export type Args = RunArgs | { command: 'help' } | { command: 'version' } | { command: 'presets' } | { command: 'parameters' };

/** Most worker threads a run may start: more than the cores only adds overhead. */
export const MAX_WORKERS = 64;

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
  if (command !== 'run') throw new UsageError(`unknown command "${command}"; the commands are run, presets and parameters`);
  if (scenario === undefined) throw new UsageError('run needs a scenario file or preset name, e.g. "sagstal run status-quo"');
  if (extra.length > 0) throw new UsageError(`run takes one scenario, got also "${extra.join(' ')}"`);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, got "${format}"`);
  return {
    command: 'run',
    scenario,
    replications: values.replications === undefined ? null : wholeNumber('--replications', values.replications, 1),
    seed: values.seed === undefined ? null : wholeNumber('--seed', values.seed, 0),
    sets: values.set ?? [],
    workers: values.workers === undefined ? 1 : Math.min(wholeNumber('--workers', values.workers, 1), MAX_WORKERS),
    format,
    out: values.out ?? null,
    quiet: values.quiet ?? false,
    compare: values.compare ?? null,
  };
}

function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min) {
    throw new UsageError(`${flag} must be a whole number of at least ${min}, got "${text}"`);
  }
  return value;
}
