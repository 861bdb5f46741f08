/**
 * An advisor's released tasks by key (the due date, unless the advisor gives another), smallest
 * first; ties by creation order so that event order, and thus every result, is deterministic.
 * Dropped tasks are removed lazily.
 *
 * The keys (key, creation number) sit in typed arrays beside the tasks, so a comparison
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
  private keys = new Float64Array(INITIAL_CAPACITY);
  private seqs = new Float64Array(INITIAL_CAPACITY);

  get size(): number {
    return this.items.length;
  }

  push(task: Task, key: number = task.due): void {
    const a = this.items;
    let i = a.length;
    if (i === this.keys.length) this.grow();
    const { keys, seqs } = this;
    a.push(task);
    const seq = task.seq;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const kp = keys[parent] as number;
      if (!(key < kp || (key === kp && seq < (seqs[parent] as number)))) break;
      a[i] = a[parent] as Task;
      keys[i] = kp;
      seqs[i] = seqs[parent] as number;
      i = parent;
    }
    a[i] = task;
    keys[i] = key;
    seqs[i] = seq;
  }

  /** The queued task with the smallest key, discarding dropped ones on the way. */
  peek(): Task | undefined {
    let top = this.items[0];
    while (top && top.state !== TaskState.Queued) {
      this.pop();
      top = this.items[0];
    }
    return top;
  }

  /** The key of the task {@link peek} returned (NaN when empty). */
  topKey(): number {
    return this.items.length > 0 ? (this.keys[0] as number) : Number.NaN;
  }

  pop(): Task | undefined {
    const a = this.items;
    const top = a[0];
    const n = a.length - 1;
    const last = a.pop();
    if (n === 0 || last === undefined) return top;
    const { keys, seqs } = this;
    const key = keys[n] as number;
    const seq = seqs[n] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      let kc = keys[l] as number;
      let sc = seqs[l] as number;
      if (r < n) {
        const kr = keys[r] as number;
        const sr = seqs[r] as number;
        if (kr < kc || (kr === kc && sr < sc)) {
          c = r;
          kc = kr;
          sc = sr;
        }
      }
      if (!(kc < key || (kc === key && sc < seq))) break;
      a[i] = a[c] as Task;
      keys[i] = kc;
      seqs[i] = sc;
      i = c;
    }
    a[i] = last;
    keys[i] = key;
    seqs[i] = seq;
    return top;
  }

  /** Removes and returns every task, in the heap's own order. */
  drain(): Task[] {
    return this.items.splice(0);
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const seqs = new Float64Array(this.seqs.length * 2);
    seqs.set(this.seqs);
    this.seqs = seqs;
  }
}
