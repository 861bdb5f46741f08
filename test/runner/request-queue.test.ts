import { describe, expect, it } from 'vitest';
import type { ToWorker } from '../../src/runner/protocol.ts';
import { RequestQueue } from '../../src/runner/request-queue.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const ask = (run: number, replication: number): ToWorker => ({ type: 'run', run, scenario: {} as Scenario, seed: 1, replication });

/** A queue whose steps run only when the test says, as a worker's task queue would. */
function manual() {
  const steps: (() => void)[] = [];
  const ran: string[] = [];
  const dropped: string[] = [];
  const queue = new RequestQueue(
    (step) => void steps.push(step),
    (r) => void ran.push(`${r.run}:${r.replication}`),
    (r) => void dropped.push(`${r.run}:${r.replication}`),
  );
  const tasks = (n = Infinity) => {
    for (let i = 0; i < n && steps.length > 0; i++) steps.shift()?.();
  };
  return { queue, tasks, ran, dropped };
}

describe('RequestQueue', () => {
  it('runs requests in the order they came, one task each', () => {
    const { queue, tasks, ran } = manual();
    queue.receive(ask(1, 0));
    queue.receive(ask(1, 1));
    expect(ran).toEqual([]);
    tasks(1);
    expect(ran).toEqual(['1:0']);
    tasks();
    expect(ran).toEqual(['1:0', '1:1']);
  });

  it('drops the requests of an abandoned run that have not started, answering each, and runs the next run', () => {
    const { queue, tasks, ran, dropped } = manual();
    queue.receive(ask(1, 0));
    queue.receive(ask(1, 1));
    tasks(1); // replication 0 ran (a real worker reads the next messages only after it)
    queue.receive({ type: 'abandon', run: 1 });
    queue.receive(ask(2, 0));
    queue.receive(ask(2, 1));
    tasks();
    expect(ran).toEqual(['1:0', '2:0', '2:1']);
    expect(dropped).toEqual(['1:1']);
  });

  it('leaves other runs alone, and an abandon with nothing waiting does nothing', () => {
    const { queue, tasks, ran, dropped } = manual();
    queue.receive({ type: 'abandon', run: 7 });
    queue.receive(ask(3, 0));
    queue.receive({ type: 'abandon', run: 2 });
    tasks();
    expect(ran).toEqual(['3:0']);
    expect(dropped).toEqual([]);
  });
});
