import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/model/case.ts';
import { TaskState } from '../../src/model/case.ts';
import { TaskHeap } from '../../src/model/task-heap.ts';

const task = (seq: number, due: number, state = TaskState.Queued) => ({ seq, due, state }) as unknown as Task;

describe('TaskHeap', () => {
  it('pops earliest due first, ties by creation order', () => {
    const heap = new TaskHeap();
    const dues = [30, 10, 20, 10, 5, 40, 20];
    dues.forEach((due, seq) => heap.push(task(seq, due)));
    const order: [number, number][] = [];
    for (let t = heap.pop(); t; t = heap.pop()) order.push([t.due, t.seq]);
    expect(order).toEqual([[5, 4], [10, 1], [10, 3], [20, 2], [20, 6], [30, 0], [40, 5]]);
  });

  it('peek() skips dropped tasks', () => {
    const heap = new TaskHeap();
    heap.push(task(0, 1, TaskState.Dropped));
    heap.push(task(1, 2));
    expect(heap.peek()?.seq).toBe(1);
    expect(heap.size).toBe(1);
  });

  it('pops, peeks and drains as the heap of task objects it replaces, popping in (due, seq) order', () => {
    // The reference: the object heap with the same sift rules (drain order reaches hand-overs, so the layout must match too).
    class Reference {
      items: Task[] = [];
      before = (a: Task, b: Task) => a.due < b.due || (a.due === b.due && a.seq < b.seq);
      push(t: Task) {
        const a = this.items;
        let i = a.length;
        a.push(t);
        while (i > 0) {
          const parent = (i - 1) >> 1;
          const p = a[parent] as Task;
          if (!this.before(t, p)) break;
          a[i] = p;
          i = parent;
        }
        a[i] = t;
      }
      pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length === 0 || last === undefined) return top;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= a.length) break;
          const c = l + 1 < a.length && this.before(a[l + 1] as Task, a[l] as Task) ? l + 1 : l;
          if (!this.before(a[c] as Task, last)) break;
          a[i] = a[c] as Task;
          i = c;
        }
        a[i] = last;
        return top;
      }
      peek() {
        while (this.items[0] && this.items[0].state !== TaskState.Queued) this.pop();
        return this.items[0];
      }
    }
    const op = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('push' as const), due: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: -5, max: 50, noNaN: true })) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('pop' as const) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('peek' as const) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('drain' as const) }) },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const heap = new TaskHeap();
        const reference = new Reference();
        const made: Task[] = [];
        for (const o of ops) {
          if (o.kind === 'push') {
            const t = task(made.length, o.due);
            made.push(t);
            heap.push(t);
            reference.push(t);
          } else if (o.kind === 'pop') {
            const top = heap.pop();
            expect(top).toBe(reference.pop());
            const rest = reference.items;
            if (top) for (const t of rest) expect(t.due > top.due || (t.due === top.due && t.seq > top.seq)).toBe(true);
          } else if (o.kind === 'drop') {
            if (made.length > 0) (made[o.pick % made.length] as Task).state = TaskState.Dropped;
          } else if (o.kind === 'peek') expect(heap.peek()).toBe(reference.peek());
          else expect(heap.drain().map((t) => t.seq)).toEqual(reference.items.splice(0).map((t) => t.seq));
          expect(heap.size).toBe(reference.items.length);
        }
      }),
    );
  });
});
