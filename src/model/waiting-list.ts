/**
 * Cases waiting for an advisor: first in, first out, urgent cases ahead of the rest.
 * Array-backed queues with a moving head, so a long list costs O(1) per case.
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

export class WaitingList {
  private readonly urgent = new Fifo<Case>();
  private readonly normal = new Fifo<Case>();

  get size(): number {
    return this.urgent.size + this.normal.size;
  }

  push(c: Case): void {
    (c.urgent ? this.urgent : this.normal).push(c);
  }

  /** The next case to serve: the longest-waiting urgent case, else the longest-waiting case. */
  shift(): Case | undefined {
    return this.urgent.shift() ?? this.normal.shift();
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
