/**
 * An advisor's released tasks, earliest due date first; ties by creation order so that event
 * order, and thus every result, is deterministic. Dropped tasks are removed lazily.
 */
import type { Task } from './case.ts';
import { TaskState } from './case.ts';

function before(a: Task, b: Task): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}

export class TaskHeap {
  private readonly items: Task[] = [];

  get size(): number {
    return this.items.length;
  }

  push(task: Task): void {
    const a = this.items;
    let i = a.length;
    a.push(task);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = a[parent] as Task;
      if (!before(task, p)) break;
      a[i] = p;
      i = parent;
    }
    a[i] = task;
  }

  /** The earliest-due queued task, discarding dropped ones on the way. */
  peek(): Task | undefined {
    let top = this.items[0];
    while (top && top.state !== TaskState.Queued) {
      this.pop();
      top = this.items[0];
    }
    return top;
  }

  pop(): Task | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    let i = 0;
    const n = a.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(a[r] as Task, a[l] as Task) ? r : l;
      const child = a[c] as Task;
      if (!before(child, last)) break;
      a[i] = child;
      i = c;
    }
    a[i] = last;
    return top;
  }

  /** Removes and returns every task, in no particular order. */
  drain(): Task[] {
    return this.items.splice(0);
  }
}
