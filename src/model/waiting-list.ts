/**
 * Cases waiting for an advisor: urgent cases ahead of the rest; within each, children who can
 * still be helped on time ahead of those who no longer can (model 1.5), and first in, first out
 * among equals. Array-backed queues with a moving head, so a long list costs O(1) per case.
 */
import type { Case } from './case.ts';

class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head++];
    // Compact now and then so a long-running list does not keep served cases alive.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i] as T;
  }

  count(test: (item: T) => boolean): number {
    let n = 0;
    for (let i = this.head; i < this.items.length; i++) if (test(this.items[i] as T)) n++;
    return n;
  }
}

/**
 * Whether an advisor who takes the child at `now` can still meet its first deadline: its
 * earliest open deadline less the days its first phase needs before that deadline can be met.
 */
function onTime(c: Case, now: number): boolean {
  return c.openDeadline - c.phase.leadDays > now;
}

/**
 * Children of one urgency in arrival order, split as they reach the head: those who can still be
 * helped on time (`fresh`), then, in the order they came, those who no longer can (`late`). A
 * child is judged only at the head, which is enough: the next child served is the first on-time
 * child in arrival order, and every child ahead of it has been judged; once late, always late.
 */
class Triage {
  private readonly fresh = new Fifo<Case>();
  private readonly late = new Fifo<Case>();

  get size(): number {
    return this.fresh.size + this.late.size;
  }

  push(c: Case): void {
    this.fresh.push(c);
  }

  shift(now: number): Case | undefined {
    for (let c = this.fresh.shift(); c; c = this.fresh.shift()) {
      if (onTime(c, now)) return c;
      this.late.push(c);
    }
    return this.late.shift();
  }

  count(test: (c: Case) => boolean): number {
    return this.fresh.count(test) + this.late.count(test);
  }

  *[Symbol.iterator](): Iterator<Case> {
    yield* this.late;
    yield* this.fresh;
  }
}

export class WaitingList {
  private readonly urgent = new Triage();
  private readonly normal = new Triage();

  get size(): number {
    return this.urgent.size + this.normal.size;
  }

  push(c: Case): void {
    (c.urgent ? this.urgent : this.normal).push(c);
  }

  /**
   * The next case to serve at `now`: the longest-waiting urgent child who can still be helped on
   * time, else the longest-waiting urgent child, else the same among the rest.
   */
  shift(now: number): Case | undefined {
    return this.urgent.shift(now) ?? this.normal.shift(now);
  }

  /** How many waiting cases pass `test` (a loop, not the iterator: the weekly sample calls it). */
  count(test: (c: Case) => boolean): number {
    return this.urgent.count(test) + this.normal.count(test);
  }

  /** Every waiting case, urgent first. */
  *[Symbol.iterator](): Iterator<Case> {
    yield* this.urgent;
    yield* this.normal;
  }
}
