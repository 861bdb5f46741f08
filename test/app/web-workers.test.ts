import { describe, expect, it } from 'vitest';
import type { PoolWorker } from '../../src/runner/pool.ts';
import { createPoolRunner } from '../../src/runner/pool.ts';
import type { FromWorker, ToWorker } from '../../src/runner/protocol.ts';
import { defaultWorkerCount, queuedSlots } from '../../src/runner/web-workers.ts';
import { fakeResult } from './fake-results.ts';
import type { Scenario } from '../../src/scenario/types.ts';

/**
 * A literal worker: answers each request in order when told to (or says what it answers), and
 * records what it was asked and which runs it was told were abandoned.
 */
function stubWorker() {
  const asked: ToWorker[] = [];
  const abandoned: number[] = [];
  let listener: (message: FromWorker) => void = () => {};
  const worker: PoolWorker = {
    post: (message) => void asked.push(message),
    onMessage: (l) => void (listener = l),
    onFailure: () => {},
    terminate: () => {},
    abandon: (run) => void abandoned.push(run),
  };
  const reply = (message: FromWorker) => listener(message);
  const answer = () => {
    const message = asked.shift();
    if (message) reply({ type: 'result', run: message.run, result: fakeResult(message.replication) });
  };
  return { worker, asked, abandoned, answer, reply };
}

describe('defaultWorkerCount(cores)', () => {
  it('is one worker per core but one, at least one and at most eight', () => {
    expect([0, 1, 2, 4, 16].map((cores) => defaultWorkerCount(cores))).toEqual([1, 1, 1, 3, 8]);
  });
});

describe('queuedSlots(spawn, depth)', () => {
  it('keeps `depth` replications queued on each worker, and routes each answer to the slot that asked', async () => {
    const workers = [stubWorker(), stubWorker()];
    let spawned = 0;
    const spawn = queuedSlots(() => (workers[spawned++] as ReturnType<typeof stubWorker>).worker, 2);
    const runner = createPoolRunner(4, spawn, { terminateOnAbort: false });
    const seen: number[] = [];
    const done = runner.run({ scenario: {} as Scenario, seed: 1, from: 0, to: 6 }, { onResult: (r) => seen.push(r.replication) });
    expect(spawned).toBe(2);
    // Two queued on each worker before any answer.
    expect(workers.map((w) => w.asked.map((m) => m.replication))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    workers[1]?.answer();
    // The answer freed one slot of the second worker, which is given the next replication at once.
    expect(workers[1]?.asked.map((m) => m.replication)).toEqual([3, 4]);
    for (let i = 0; i < 6; i++) for (const w of workers) w.answer();
    const results = await done;
    expect(results.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seen).toHaveLength(6);
  });

  it('tells the worker when a run is abandoned, and a dropped request frees its slot for the next run', async () => {
    const { worker, asked, abandoned, reply } = stubWorker();
    const runner = createPoolRunner(2, queuedSlots(() => worker, 2), { terminateOnAbort: false });
    const controller = new AbortController();
    const first = runner.run({ scenario: {} as Scenario, seed: 1, from: 0, to: 4 }, { signal: controller.signal });
    expect(asked.map((m) => `${m.run}:${m.replication}`)).toEqual(['1:0', '1:1']);
    controller.abort();
    await expect(first).rejects.toThrow();
    expect(abandoned).toContain(1);
    const second = runner.run({ scenario: {} as Scenario, seed: 1, from: 0, to: 2 });
    // The worker finishes the replication in progress (stale) and drops the one it had not started.
    reply({ type: 'result', run: 1, result: fakeResult(0) });
    reply({ type: 'dropped', run: 1, replication: 1 });
    expect(asked.slice(2).map((m) => `${m.run}:${m.replication}`)).toEqual(['2:0', '2:1']);
    for (const m of asked.slice(2)) reply({ type: 'result', run: m.run, result: fakeResult(m.replication) });
    expect((await second).map((r) => r.replication)).toEqual([0, 1]);
  });
});
