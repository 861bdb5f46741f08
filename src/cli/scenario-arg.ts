/**
 * A command's scenario argument (a file or a preset) with its --set, --seed, --replications and
 * --uncertain applied: as input (sweeps vary it further) or validated and within the work bound;
 * and the runner the command's --workers asks for.
 */
import { createThreadRunner } from '../runner/node-threads.ts';
import { createSyncRunner } from '../runner/sync.ts';
import type { Runner } from '../runner/types.ts';
import { checkWorkBound } from '../model/work-bound.ts';
import { parseScenario } from '../scenario/parse.ts';
import { parseAssignment, setPath } from '../scenario/set-path.ts';
import type { Scenario, ScenarioInput } from '../scenario/types.ts';
import { UsageError, type CommonArgs } from './args.ts';
import { loadScenarioInput } from './load.ts';

/** A scenario argument (file or preset) as input, with `sets` applied and the seed, replications and --uncertain of the run. */
export async function inputOf(argument: string, sets: readonly string[], args: CommonArgs): Promise<ScenarioInput> {
  let input: ScenarioInput = await loadScenarioInput(argument);
  for (const text of sets) {
    const { path, value } = parseAssignment(text);
    input = setPath(input, path, value);
  }
  if (args.replications !== null) input = setPath(input, 'simulation.replications', args.replications);
  if (args.seed !== null) input = setPath(input, 'simulation.seed', args.seed);
  if (args.uncertain) input = setPath(input, 'uncertainty.draw', true);
  return input;
}

/** {@link inputOf}, validated and within the work bound. */
export async function scenarioOf(argument: string, sets: readonly string[], args: CommonArgs): Promise<Scenario> {
  const input = await inputOf(argument, sets, args);
  const parsed = parseScenario(input);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.problems.map((p) => p.message);
    throw new UsageError(`${argument}: ${first}${rest.length ? `; and ${rest.length} more: ${rest.join('; ')}` : ''}`);
  }
  const scenario = parsed.scenario;
  const bound = checkWorkBound(scenario, scenario.simulation.replications);
  if (bound) throw new UsageError(`${argument}: refused: ${bound}`);
  return scenario;
}

/** Worker threads when asked for, else this thread: the results are identical. */
export function runnerFor(args: CommonArgs): Runner {
  return args.workers > 1 ? createThreadRunner(args.workers) : createSyncRunner();
}
