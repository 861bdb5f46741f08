/**
 * An advisor's cases, in the order they were given. It replaces a `Set`: adding and removing
 * a case touched the Set's hash table on every allocation and release (nine tenths of
 * `assign`'s own time, and the table's storage grew with the department), while a list linked
 * through the cases themselves writes four fields and allocates nothing. Insertion order is
 * kept, as the Set kept it, because a hand-over walks the cases in that order and results
 * depend on it. A case is on at most one list: the advisor it is allocated to.
 */
import type { Case } from './case.ts';

export class CaseList implements Iterable<Case> {
  size = 0;
  private head: Case | null = null;
  private tail: Case | null = null;

  /** Appends `c`, which must be on no list. */
  add(c: Case): void {
    c.listPrev = this.tail;
    c.listNext = null;
    if (this.tail) this.tail.listNext = c;
    else this.head = c;
    this.tail = c;
    this.size++;
  }

  /** Removes `c`, which must be on this list. */
  delete(c: Case): void {
    const { listPrev: prev, listNext: next } = c;
    if (prev) prev.listNext = next;
    else this.head = next;
    if (next) next.listPrev = prev;
    else this.tail = prev;
    c.listPrev = null;
    c.listNext = null;
    this.size--;
  }

  /** The cases in the order they were added (not for use while the list changes). */
  *[Symbol.iterator](): Iterator<Case> {
    for (let c = this.head; c; c = c.listNext) yield c;
  }

  /** Takes every case off the list, in order. */
  takeAll(): Case[] {
    const cases = [...this];
    for (const c of cases) c.listPrev = c.listNext = null;
    this.head = this.tail = null;
    this.size = 0;
    return cases;
  }
}
