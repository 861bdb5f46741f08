import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/model/case.ts';
import { CaseList } from '../../src/model/case-list.ts';

const aCase = (seq: number) => ({ seq, listPrev: null, listNext: null }) as unknown as Case;

describe('CaseList', () => {
  // fast-check draws a fresh seed each run and prints it on failure.
  it('holds the same cases in the same order as the Set it replaces, through any adds, deletes and hand-overs', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), list: fc.nat(2) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('takeAll' as const), list: fc.nat(2) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const lists = [new CaseList(), new CaseList(), new CaseList()];
        const sets = [new Set<Case>(), new Set<Case>(), new Set<Case>()];
        const on = new Map<Case, number>();
        let seq = 0;
        for (const o of ops) {
          if (o.kind === 'add') {
            const c = aCase(seq++);
            lists[o.list]?.add(c);
            sets[o.list]?.add(c);
            on.set(c, o.list);
          } else if (o.kind === 'delete' && on.size > 0) {
            const [c, i] = [...on][o.pick % on.size] as [Case, number];
            lists[i]?.delete(c);
            sets[i]?.delete(c);
            on.delete(c);
          } else if (o.kind === 'takeAll') {
            // A hand-over: every case leaves in order and joins the next list.
            const from = o.list;
            const to = (from + 1) % 3;
            const taken = (lists[from] as CaseList).takeAll();
            expect(taken).toEqual([...(sets[from] as Set<Case>)]);
            (sets[from] as Set<Case>).clear();
            for (const c of taken) {
              lists[to]?.add(c);
              sets[to]?.add(c);
              on.set(c, to);
            }
          }
        }
        lists.forEach((list, i) => {
          expect([...list]).toEqual([...(sets[i] as Set<Case>)]);
          expect(list.size).toBe(sets[i]?.size);
        });
      }),
    );
  });
});
