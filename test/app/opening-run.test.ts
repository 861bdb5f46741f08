/** The run the page's entry hands a worker before the explorer loads (boot.ts, runner/prefetch.ts). */
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/app/link.ts';
import { openingRun } from '../../src/app/opening-run.ts';
import { scenarioInput } from '../../src/app/scenario-of.ts';
import { opensOnRun } from '../../src/app/stored-link.ts';
import { MODEL_VERSION } from '../../src/model/version.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';

const opening = openingRun();
/** What the explorer asks first for a link: its scenario as the session parses it. */
const asked = (search: string) => parseScenarioOrThrow(scenarioInput(decodeLink(search).state.controls));

describe('openingRun() and opensOnRun(link, run)', () => {
  it('is today: the default preset with its own seed and replications', () => {
    expect(opening.preset).toBe('status-quo');
    expect(opening.seed).toBe(opening.scenario.simulation.seed);
    expect(opening.replications).toBe(opening.scenario.simulation.replications);
  });

  // The page writes its link as it opens, and a bare address reopens the stored one.
  const written = encodeLink(decodeLink('').state);
  const accepted = ['', '?lang=en', `?v=${MODEL_VERSION}`, '?v=0.9.0&lang=da', `?preset=${opening.preset}&seed=${opening.seed}`, written];

  it('accepts only links that ask exactly the opening run', () => {
    expect(written).toContain(`seed=${opening.seed}`);
    for (const search of accepted) {
      expect(opensOnRun({ search, hash: '' }, opening), search).toBe(true);
      expect(asked(search), search).toEqual(opening.scenario);
    }
  });

  it('refuses any other parameter or value, and a scenario in the fragment', () => {
    for (const search of [`?seed=${opening.seed + 1}`, '?preset=herning-model', '?cap=25', '?lang=en&compare=herning-model', '?horizon=5', '?constructor=1', '?__proto__=1']) {
      expect(opensOnRun({ search, hash: '' }, opening), search).toBe(false);
    }
    expect(opensOnRun({ search: '', hash: '#s=abc' }, opening)).toBe(false);
  });
});
