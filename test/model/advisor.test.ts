/** The advisor's work: contact first, tasks earliest-due-first with triage, documentation cut to meet dates. */
import { describe, expect, it } from 'vitest';
import { Advisor } from '../../src/model/advisor.ts';
import type { Case, Task } from '../../src/model/case.ts';
import { TaskState } from '../../src/model/case.ts';
import type { TaskPlan } from '../../src/model/plan.ts';
import { createKernel } from '../../src/kernel/simjs.ts';

// 1 FTE × 35 h × 0.2 = 7 hours a week, i.e. 1 hour a day for tasks when there is no contact.
const terms = { hoursPerWeek: 35, productiveShare: 0.2, caseCap: 10, hardMaxCases: 20 };

function setup() {
  const kernel = createKernel();
  const done: { task: Task; at: number }[] = [];
  const advisor = new Advisor(0, 1, terms, { kernel, taskDone: (task, at) => done.push({ task, at }), capacityChanged: () => {} });
  let seq = 0;
  const add = (hours: number, due: number, documentationShare = 0.5) => {
    const plan = { hours, documentationHours: hours * documentationShare } as TaskPlan;
    const task: Task = {
      seq: seq++, owner: {} as Case, plan, due, state: TaskState.Scheduled, releaseTimer: null,
      remaining: hours, documentationLeft: hours * documentationShare, cut: 0,
    };
    advisor.enqueue(task, kernel.time());
    return task;
  };
  return { kernel, advisor, done, add };
}

describe('Advisor', () => {
  it('works tasks earliest due first at capacity minus contact', () => {
    const { kernel, advisor, done, add } = setup();
    advisor.addContact(3.5, 0); // half of the 7 hours: 0.5 hour a day left for tasks
    add(2, 100);
    add(1, 50);
    kernel.simulate(1000, 1000);
    expect(done.map((d) => [d.task.due, d.at])).toEqual([
      [50, 2],
      [100, 6],
    ]);
  });

  it('cuts just enough documentation to meet the due date', () => {
    const { kernel, done, add } = setup();
    const task = add(10, 8, 0.5); // 10 hours at 1 hour a day, due on day 8: 2 hours short
    kernel.simulate(100, 100);
    expect(task.cut).toBeCloseTo(2, 9);
    expect(done[0]?.at).toBeCloseTo(8, 9);
  });

  it('cuts all documentation and runs late when that is not enough', () => {
    const { kernel, done, add } = setup();
    const task = add(10, 3, 0.5); // 5 hours of documentation, 7 short
    kernel.simulate(100, 100);
    expect(task.cut).toBeCloseTo(5, 9);
    expect(done[0]?.at).toBeCloseTo(5, 9);
  });

  it('works a task that can still be on time before one that no longer can', () => {
    const { kernel, done, add } = setup();
    add(10, 3, 0.5); // 5 hours of casework alone: past its date even started now
    add(2, 10);
    kernel.simulate(100, 100);
    // Earliest due first would finish the hopeless one on day 5 and the other late on day 7.
    expect(done.map((d) => [d.task.due, d.at])).toEqual([
      [10, 2],
      [3, 7],
    ]);
  });

  it('puts a task that can no longer be on time back in turn after four weeks', () => {
    const { kernel, done, add } = setup();
    add(10, 3, 0.5); // set aside on day 0, until day 28
    add(5, 20); // due before day 28: goes first
    add(30, 60); // due after day 28: waits for the one set aside
    kernel.simulate(100, 100);
    expect(done.map((d) => [d.task.due, d.at])).toEqual([
      [20, 5],
      [3, 10],
      [60, 40],
    ]);
  });

  it('does no task work when contact takes all its capacity', () => {
    const { kernel, advisor, done, add } = setup();
    advisor.addContact(7, 0);
    add(1, 10);
    kernel.simulate(100, 100);
    expect(done).toHaveLength(0);
  });

  it('has a cap in whole cases that scales with FTE and onboarding', () => {
    const { advisor } = setup();
    expect(advisor.cap).toBe(10);
    advisor.setFactor(true, 0.55, 0);
    expect(advisor.cap).toBe(5);
    advisor.setFactor(false, 0, 0);
    expect([advisor.cap, advisor.capacityPerWeek]).toEqual([0, 0]);
  });
});
