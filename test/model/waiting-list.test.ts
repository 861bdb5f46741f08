import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/model/case.ts';
import { WaitingList } from '../../src/model/waiting-list.ts';

/** A waiting child; `openDeadline` less `leadDays` is the last day it can be taken and helped on time. */
const c = (seq: number, urgent: boolean, openDeadline = Infinity, leadDays = 0) =>
  ({ seq, urgent, openDeadline, phase: { leadDays } }) as unknown as Case;

describe('WaitingList', () => {
  it('serves urgent cases first, each group first in first out', () => {
    const list = new WaitingList();
    [c(0, false), c(1, true), c(2, false), c(3, true)].forEach((x) => list.push(x));
    expect([1, 2, 3, 4].map(() => list.shift(0)?.seq)).toEqual([1, 3, 0, 2]);
    expect(list.size).toBe(0);
    expect(list.shift(0)).toBeUndefined();
  });

  it('keeps order across thousands of cases (compaction)', () => {
    const list = new WaitingList();
    for (let i = 0; i < 5000; i++) list.push(c(i, false));
    for (let i = 0; i < 3000; i++) expect(list.shift(0)?.seq).toBe(i);
    for (let i = 5000; i < 6000; i++) list.push(c(i, false));
    expect([...list].map((x) => x.seq)).toEqual(Array.from({ length: 3000 }, (_, i) => 3000 + i));
  });

  it('serves children who can still be helped on time first, the others after them in the order they came', () => {
    const list = new WaitingList();
    // On day 50: 0 and 2 can no longer be on time (deadline 122, 63 days' work, from day 59 on, and a deadline already passed).
    [c(0, false, 100, 63), c(1, false, 200, 63), c(2, false, 40), c(3, false, 91), c(4, true, 60, 63), c(5, true, 64)].forEach((x) => list.push(x));
    expect([1, 2, 3, 4, 5, 6].map(() => list.shift(50)?.seq)).toEqual([5, 4, 1, 3, 0, 2]);
    expect(list.size).toBe(0);
  });

  it('counts and lists the children set aside as late', () => {
    const list = new WaitingList();
    [c(0, false, 10), c(1, false, 100), c(2, false, 100)].forEach((x) => list.push(x));
    expect(list.shift(20)?.seq).toBe(1);
    expect(list.size).toBe(2);
    expect(list.count(() => true)).toBe(2);
    expect([...list].map((x) => x.seq).sort()).toEqual([0, 2]);
  });
});
