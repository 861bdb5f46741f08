import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/model/case.ts';
import { WaitingList } from '../../src/model/waiting-list.ts';

const c = (seq: number, urgent: boolean) => ({ seq, urgent }) as unknown as Case;

describe('WaitingList', () => {
  it('serves urgent cases first, each group first in first out', () => {
    const list = new WaitingList();
    [c(0, false), c(1, true), c(2, false), c(3, true)].forEach((x) => list.push(x));
    expect([1, 2, 3, 4].map(() => list.shift()?.seq)).toEqual([1, 3, 0, 2]);
    expect(list.size).toBe(0);
    expect(list.shift()).toBeUndefined();
  });

  it('keeps order across thousands of cases (compaction)', () => {
    const list = new WaitingList();
    for (let i = 0; i < 5000; i++) list.push(c(i, false));
    for (let i = 0; i < 3000; i++) expect(list.shift()?.seq).toBe(i);
    for (let i = 5000; i < 6000; i++) list.push(c(i, false));
    expect([...list].map((x) => x.seq)).toEqual(Array.from({ length: 3000 }, (_, i) => 3000 + i));
  });
});
