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
});
