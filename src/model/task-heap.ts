/**
 * An advisor's released tasks, earliest due date first; ties by creation order so that event
 * order, and thus every result, is deterministic. Dropped tasks are removed lazily.
 *
 * The keys (due date, creation number) sit in typed arrays beside the tasks, so a comparison
 * reads the advisor's own contiguous memory rather than two task objects scattered over the
 * heap: at national scale those reads missed the cache and were the largest single cost of a
 * replication (15 % of its CPU profile at 60x). The layout is exactly that of a heap of task
 * objects with the same sift rules, so `drain()` hands tasks over in the same order as before
 * (hand-over order reaches the results).
 */
import type { Task } from './case.ts';
import { TaskState } from './case.ts';

const INITIAL_CAPACITY = 8;

export class TaskHeap {
  private readonly items: Task[] = [];
  private dues = new Float64Array(INITIAL_CAPACITY);
  private seqs = new Float64Array(INITIAL_CAPACITY);

  get size(): number {
    return this.items.length;
  }

  push(task: Task): void {
    const a = this.items;
    let i = a.length;
    if (i === this.dues.length) this.grow();
    const { dues, seqs } = this;
    a.push(task);
    const due = task.due;
    const seq = task.seq;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const dp = dues[parent] as number;
      if (!(due < dp || (due === dp && seq < (seqs[parent] as number)))) break;
      a[i] = a[parent] as Task;
      dues[i] = dp;
      seqs[i] = seqs[parent] as number;
      i = parent;
    }
    a[i] = task;
    dues[i] = due;
    seqs[i] = seq;
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
    const n = a.length - 1;
    const last = a.pop();
    if (n === 0 || last === undefined) return top;
    const { dues, seqs } = this;
    const due = dues[n] as number;
    const seq = seqs[n] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      let dc = dues[l] as number;
      let sc = seqs[l] as number;
      if (r < n) {
        const dr = dues[r] as number;
        const sr = seqs[r] as number;
        if (dr < dc || (dr === dc && sr < sc)) {
          c = r;
          dc = dr;
          sc = sr;
        }
      }
      if (!(dc < due || (dc === due && sc < seq))) break;
      a[i] = a[c] as Task;
      dues[i] = dc;
      seqs[i] = sc;
      i = c;
    }
    a[i] = last;
    dues[i] = due;
    seqs[i] = seq;
    return top;
  }

  /** Removes and returns every task, in the heap's own order. */
  drain(): Task[] {
    return this.items.splice(0);
  }

  private grow(): void {
    const dues = new Float64Array(this.dues.length * 2);
    dues.set(this.dues);
    this.dues = dues;
    const seqs = new Float64Array(this.seqs.length * 2);
    seqs.set(this.seqs);
    this.seqs = seqs;
  }
}
