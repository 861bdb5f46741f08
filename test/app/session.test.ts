import { describe, expect, it } from 'vitest';
import { presetControls, type Controls } from '../../src/app/link.ts';
import { FIRST_BATCH, Session, SWEEP_REPLICATIONS, type SessionView } from '../../src/app/session.ts';
import { SWEEP_CASELOADS } from '../../src/app/scenario-of.ts';
import type { ReplicationResult } from '../../src/model/metrics.ts';
import { abortError } from '../../src/runner/abort.ts';
import type { RunOptions, RunRequest, Runner } from '../../src/runner/types.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { fakeResult } from './fake-results.ts';

/** The posts a scenario has once its hiring plan is done: what the advisors control set. */
const headcount = (s: Scenario) => s.advisors.fte + s.advisors.hiring.reduce((sum, step) => sum + step.fte, 0);

/** A literal runner: made-up results, one per macrotask, aborted like the real ones. */
function stubRunner(): Runner & { requests: RunRequest[]; aborted: number } {
  const stub = {
    requests: [] as RunRequest[],
    aborted: 0,
    async run(request: RunRequest, options: RunOptions = {}): Promise<ReplicationResult[]> {
      stub.requests.push(request);
      const results: ReplicationResult[] = [];
      for (let i = request.from; i < request.to; i++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (options.signal?.aborted) {
          stub.aborted++;
          throw abortError();
        }
        const result = fakeResult(i, { waitingListEnd: headcount(request.scenario), caseload: 40 });
        results.push(result);
        options.onResult?.(result);
      }
      return results;
    },
    close() {},
  };
  return stub;
}

/** Resolves once the latest view satisfies `done`. */
function until(views: SessionView[], done: (v: SessionView) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      const last = views.at(-1);
      if (last && done(last)) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
}

const today = presetControls('status-quo');
const more: Controls = { ...today, fte: 40 };

describe('Session.update(controls)', () => {
  it('shows a first estimate, then every replication, then the error curve, running today against today once', async () => {
    const runner = stubRunner();
    const views: SessionView[] = [];
    // Views share their growing arrays: note how many results each one had when it was shown.
    const counts: [string, number][] = [];
    const session = new Session(runner, (v) => {
      views.push(v);
      counts.push([v.status, v.results.length]);
    });
    session.update(today);
    await until(views, (v) => v.sweep !== null);
    const main = runner.requests.slice(0, 2).map((r) => [r.from, r.to]);
    expect(main).toEqual([
      [0, FIRST_BATCH],
      [FIRST_BATCH, 40],
    ]);
    expect(runner.requests).toHaveLength(2 + SWEEP_CASELOADS.length);
    expect(runner.requests.slice(2).every((r) => r.to - r.from === SWEEP_REPLICATIONS)).toBe(true);
    const firstEstimate = counts.findIndex(([, n]) => n === FIRST_BATCH);
    const done = counts.findIndex(([status]) => status === 'done');
    expect(firstEstimate).toBeGreaterThan(0);
    expect(done).toBeGreaterThan(firstEstimate);
    expect(views[done]).toMatchObject({ done: 40, total: 40 });
    expect(views[done]?.comparisonResults).toBe(views[done]?.results);
  });

  it('runs the comparison beside a scenario that differs from it, first estimates of both first', async () => {
    const runner = stubRunner();
    const views: SessionView[] = [];
    const session = new Session(runner, (v) => views.push(v));
    session.update(more);
    await until(views, (v) => v.status === 'done');
    expect(runner.requests.slice(0, 4).map((r) => [headcount(r.scenario), r.from, r.to])).toEqual([
      [40, 0, FIRST_BATCH],
      [today.fte, 0, FIRST_BATCH],
      [40, FIRST_BATCH, 40],
      [today.fte, FIRST_BATCH, 40],
    ]);
    expect(views.at(-1)).toMatchObject({ done: 80, total: 80 });
    expect(views.at(-1)?.results.map((r) => r.metrics.waitingListEnd)).toEqual(new Array(40).fill(40));
  });

  it('abandons a run when the controls move: nothing of it is shown afterwards', async () => {
    const runner = stubRunner();
    const views: SessionView[] = [];
    const session = new Session(runner, (v) => views.push(v));
    session.update(today);
    await until(views, (v) => v.results.length >= 3);
    const switched = views.length;
    session.update(more);
    await until(views, (v) => v.status === 'done' && v.controls?.fte === 40);
    expect(runner.aborted).toBe(1);
    expect(views.slice(switched).every((v) => v.controls?.fte === 40)).toBe(true);
    expect(views.at(-1)?.results.every((r) => r.metrics.waitingListEnd === 40)).toBe(true);
  });

  it('answers from its cache when the controls move back to a finished scenario', async () => {
    const runner = stubRunner();
    const views: SessionView[] = [];
    const session = new Session(runner, (v) => views.push(v));
    session.update(more);
    await until(views, (v) => v.sweep !== null && v.controls?.fte === 40);
    const asked = runner.requests.length;
    session.update(today);
    await until(views, (v) => v.sweep !== null && v.controls?.fte === today.fte);
    session.update(more);
    await until(views, (v) => v.sweep !== null && v.controls?.fte === 40);
    // Today was the comparison, and the error curve does not depend on headcount: nothing new to run.
    expect(runner.requests.length).toBe(asked);
  });

  it('refuses work over the bound with an error, and runs nothing', async () => {
    const runner = stubRunner();
    const views: SessionView[] = [];
    const session = new Session(runner, (v) => views.push(v));
    session.update({ ...today, horizonWeeks: 520, edits: [{ path: 'caseTypes.investigation.arrivalsPerWeek', value: 900 }] });
    await until(views, (v) => v.status === 'error');
    expect(views.at(-1)?.error).toMatch(/limit/);
    expect(runner.requests).toEqual([]);
  });
});
