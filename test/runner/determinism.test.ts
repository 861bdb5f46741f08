/**
 * model.md validation 5: the same scenario and seed give bit-identical summaries whatever
 * runs the replications: in-process, or one, two or three worker threads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/experiment/run-experiment.ts';
import { toJson } from '../../src/experiment/summarize.ts';
import { isAbortError } from '../../src/runner/abort.ts';
import { createThreadRunner } from '../../src/runner/node-threads.ts';
import { createSyncRunner } from '../../src/runner/sync.ts';
import type { Runner } from '../../src/runner/types.ts';
import { scenarioWith } from '../support/scenarios.ts';

const scenario = scenarioWith((s) => {
  s.simulation.horizonWeeks = 26;
  s.intake.growth = { kind: 'ramp', percent: 25, startWeek: 0, rampWeeks: 13 };
});
const runners: Runner[] = [];
const threads = (n: number) => {
  const r = createThreadRunner(n);
  runners.push(r);
  return r;
};
afterAll(() => runners.forEach((r) => r.close()));

describe('runners', () => {
  it('give bit-identical results with 0, 1, 2 and 3 worker threads', async () => {
    const reference = toJson(await runExperiment(scenario, { runner: createSyncRunner(), replications: 6 }));
    for (const n of [1, 2, 3]) {
      const done: number[] = [];
      const result = await runExperiment(scenario, { runner: threads(n), replications: 6, onProgress: (d) => done.push(d) });
      expect(toJson(result)).toBe(reference);
      expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });

  it('stop and reject with an AbortError when aborted, and run again afterwards', async () => {
    const runner = threads(2);
    const controller = new AbortController();
    const run = runExperiment(scenario, {
      runner,
      replications: 40,
      signal: controller.signal,
      onProgress: (done) => done === 2 && controller.abort(),
    });
    await expect(run).rejects.toSatisfy(isAbortError);
    const again = await runExperiment(scenario, { runner, replications: 2 });
    expect(again.replications).toBe(2);
    const sync = runExperiment(scenario, { runner: createSyncRunner(), replications: 40, signal: AbortSignal.abort() });
    await expect(sync).rejects.toSatisfy(isAbortError);
  });

  it('pass a failure inside a worker back with its message', async () => {
    // Bypassing parseScenario: the worker's replication throws on the invalid curve.
    const broken = scenarioWith((s) => {
      s.simulation.horizonWeeks = 4;
      s.documentation.errorCurve = 'nonsense(';
    });
    await expect(runExperiment(broken, { runner: threads(2), replications: 2 })).rejects.toThrow(/documentation\.errorCurve does not parse/);
  });

  it('refuse a run over the work bound before starting it', async () => {
    const huge = scenarioWith((s) => {
      s.simulation.horizonWeeks = 520;
      s.advisors.fte = 400;
    });
    await expect(runExperiment(huge, { runner: createSyncRunner(), replications: 2000 })).rejects.toThrow(/over the limit of 4\.00e\+8 events per run/);
  });
});
