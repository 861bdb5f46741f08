/**
 * Task objects: where they come from and how a finished one leaves its case's list. Tasks are
 * the model's most numerous objects (a status-quo replication makes tens of thousands), so a
 * finished task is filled in again for the next rather than left to the collector.
 */
import type { Days } from '../scenario/units.ts';
import { TaskState, type Case, type Task } from './case.ts';
import type { TaskPlan } from './plan.ts';

export class TaskPool {
  /** Finished tasks that nothing refers to any more (see {@link give}). */
  private readonly spare: Task[] = [];
  /** Tasks made so far: each one's `seq`, in the order they arise. */
  private made = 0;

  /** A new scheduled task of `plan` for case `c`, due on `due`, with all its hours still to do. */
  take(c: Case, plan: TaskPlan, due: Days): Task {
    const task = this.spare.pop() ?? blankTask();
    task.seq = this.made++;
    task.owner = c;
    task.plan = plan;
    task.due = due;
    task.state = TaskState.Scheduled;
    task.releaseTimer = null;
    task.remaining = plan.hours;
    task.documentationLeft = plan.documentationHours;
    task.cut = 0;
    return task;
  }

  /**
   * Takes back a task nothing holds any more: a completed one, which its advisor has taken off
   * its heap and out of its hand, which is out of its case's list, and which has no release
   * timer (it was released). Lapsed and handed-over tasks are never given back.
   */
  give(task: Task): void {
    this.spare.push(task);
  }
}

/** A blank task for {@link TaskPool.take} to fill in: every field, so every task has one shape. */
function blankTask(): Task {
  return {
    seq: 0,
    owner: null as unknown as Case,
    plan: null as unknown as TaskPlan,
    due: 0,
    state: TaskState.Scheduled,
    releaseTimer: null,
    remaining: 0,
    documentationLeft: 0,
    cut: 0,
  };
}

/** `tasks.splice(tasks.indexOf(task), 1)` without the array splice allocates for what it removes. */
export function removeTask(tasks: Task[], task: Task): void {
  const i = tasks.indexOf(task);
  // splice(-1, 1) removed the last element: kept, though a finished task is always in its case's list.
  for (let j = i < 0 ? tasks.length - 1 : i; j + 1 < tasks.length; j++) tasks[j] = tasks[j + 1] as Task;
  tasks.pop();
}
