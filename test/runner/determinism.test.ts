/**
 * model.md validation 5: the same scenario and seed give bit-identical summaries whatever
 * runs the replications: in-process, or one, two or three worker threads. Also how the
 * thread runner aborts, closes and reports a failure inside a worker.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runExperiment } from '../../src/experiment/run-experiment.ts';
import { toJson } from '../../src/experiment/summarize.ts';
import { SERIES_IDS } from '../../src/model/metrics.ts';
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

/** The error `promise` rejects with; a promise that resolves fails the test. */
const failure = (promise: Promise<unknown>): Promise<Error> =>
  promise.then(
    () => {
      throw new Error('expected the run to fail');
    },
    (error: unknown) => error as Error,
  );

/** Live worker threads show up as one MessagePort each among the process's resources. */
const ports = () => process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort').length;

describe('createThreadRunner(workers) and createSyncRunner()', () => {
  it('give bit-identical summaries with 0, 1, 2 and 3 worker threads', async () => {
    const reference = toJson(await runExperiment(scenario, { runner: createSyncRunner(), replications: 6 }));
    for (const n of [1, 2, 3]) {
      const done: number[] = [];
      const result = await runExperiment(scenario, { runner: threads(n), replications: 6, onProgress: (d) => done.push(d) });
      expect(toJson(result)).toBe(reference);
      expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    }
    // The comparison can tell runs apart: another seed gives other numbers.
    const other = await runExperiment(scenario, { runner: createSyncRunner(), replications: 6, seed: 2 });
    expect(toJson(other)).not.toBe(reference);
  });

  it('return the requested replications sorted by index, each reported once', async () => {
    const reported: number[] = [];
    const results = await threads(3).run({ scenario, seed: 1, from: 2, to: 9 }, { onResult: (r) => reported.push(r.replication) });
    expect(results.map((r) => r.replication)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(reported.sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (const id of SERIES_IDS) expect(results[0]?.series[id]).toBeInstanceOf(Float64Array);
    expect(results[0]?.series.openCases).toHaveLength(27);
  });

  it('stop and reject with an AbortError when aborted, end the threads, and run again afterwards', async () => {
    const before = ports();
    const runner = threads(2);
    const controller = new AbortController();
    const run = runExperiment(scenario, {
      runner,
      replications: 40,
      signal: controller.signal,
      onProgress: (done) => done === 2 && controller.abort(),
    });
    await expect(run).rejects.toSatisfy(isAbortError);
    await vi.waitFor(() => expect(ports()).toBe(before));
    const again = await runExperiment(scenario, { runner, replications: 2 });
    expect(again.replications).toBe(2);
    const sync = runExperiment(scenario, { runner: createSyncRunner(), replications: 40, signal: AbortSignal.abort() });
    await expect(sync).rejects.toSatisfy(isAbortError);
  });

  it('reject a run in flight and end the threads on close()', async () => {
    const before = ports();
    const runner = threads(2);
    const run = runner.run({ scenario, seed: 1, from: 0, to: 40 }, { onResult: () => runner.close() });
    await expect(run).rejects.toSatisfy(isAbortError);
    await vi.waitFor(() => expect(ports()).toBe(before));
  });

  it('pass a failure inside a worker back with the name and message it has in-process', async () => {
    // Bypassing parseScenario: the replication throws on the invalid curve.
    const broken = scenarioWith((s) => {
      s.simulation.horizonWeeks = 4;
      s.documentation.errorCurve = 'nonsense(';
    });
    const local = await failure(runExperiment(broken, { runner: createSyncRunner(), replications: 2 }));
    expect(local.message).toMatch(/documentation\.errorCurve does not parse/);
    const remote = await failure(runExperiment(broken, { runner: threads(2), replications: 2 }));
    expect([remote.name, remote.message]).toEqual([local.name, local.message]);
  });

  it('refuse a run over the work bound before starting it', async () => {
    const huge = scenarioWith((s) => {
      s.simulation.horizonWeeks = 520;
      s.advisors.fte = 400;
    });
    const runner: Runner = { run: () => Promise.reject(new Error('the runner was called')), close: () => {} };
    await expect(runExperiment(huge, { runner, replications: 2000 })).rejects.toThrow(/over the limit of 4\.00e\+8 events per run/);
    await expect(runExperiment(huge, { runner, replications: 2000 })).rejects.toMatchObject({ name: 'WorkLimitError' });
  });
});
