/**
 * What the explorer asks first when it opens on today (a bare address, or one with only the
 * language or the model version): the default preset as the controls resolve it, by the same
 * path the page takes. Computed when the app is built or served (vite.config.ts, as the module
 * `virtual:sagstal/opening-run`), so the page's entry can hand it to a worker before the
 * explorer's own code has loaded (src/runner/prefetch.ts).
 */
import { parseScenarioOrThrow } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/types.ts';
import { decodeLink } from './link.ts';
import { scenarioInput } from './scenario-of.ts';

export interface OpeningRun {
  /** The preset it starts from, as a link names it. */
  preset: string;
  scenario: Scenario;
  seed: number;
  replications: number;
}

export function openingRun(): OpeningRun {
  const { controls } = decodeLink('').state;
  const scenario = parseScenarioOrThrow(scenarioInput(controls));
  return { preset: controls.preset, scenario, seed: scenario.simulation.seed, replications: scenario.simulation.replications };
}

export const OPENING_RUN_MODULE = 'virtual:sagstal/opening-run';

/** The run as that module's source: named exports, so the page's entry takes the two it needs and not the scenario. */
export function openingRunModule(run: OpeningRun): string {
  return Object.entries(run)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}
