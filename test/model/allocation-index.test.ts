/**
 * The allocation index picks exactly the advisor a scan picks (fewest cases per productive FTE
 * below the cap, lowest index on a tie), through any sequence of cases coming and going, caps
 * and capacities changing: fresh seeds every run, printed by fast-check on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AllocationIndex, type Allocatable } from '../../src/model/allocation-index.ts';

interface Post extends Allocatable {
  cases: { size: number };
  cap: number;
  productiveFte: number;
}

function scan(posts: Post[]): Post | null {
  let best: Post | null = null;
  let bestLoad = Infinity;
  for (const a of posts) {
    if (a.cases.size >= a.cap) continue;
    const load = a.cases.size / a.productiveFte;
    if (load < bestLoad) {
      best = a;
      bestLoad = load;
    }
  }
  return best;
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), who: fc.nat(30) }),
  fc.record({ kind: fc.constant('remove' as const), who: fc.nat(30) }),
  fc.record({ kind: fc.constant('assignBest' as const) }),
  fc.record({ kind: fc.constant('capacity' as const), who: fc.nat(30), fte: fc.constantFrom(0, 0.5, 0.8, 1), cap: fc.integer({ min: 0, max: 12 }) }),
);

describe('AllocationIndex', () => {
  it('agrees with a scan of every advisor after every change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(op, { maxLength: 400 }), (size, ops) => {
        const index = new AllocationIndex<Post>((p) => p.cases.size < p.cap);
        const posts: Post[] = Array.from({ length: size }, (_, i) => ({ index: i, cases: { size: 0 }, cap: 5, productiveFte: 1}));
        for (const p of posts) index.update(p);
        for (const o of ops) {
          if (o.kind === 'assignBest') {
            const best = index.best();
            if (best) {
              best.cases.size++;
              index.update(best);
            }
          } else {
            const p = posts[o.who % size] as Post;
            if (o.kind === 'add') p.cases.size++;
            else if (o.kind === 'remove') p.cases.size = Math.max(0, p.cases.size - 1);
            else {
              p.productiveFte = o.fte;
              p.cap = o.fte === 0 ? 0 : o.cap;
            }
            index.update(p);
          }
          expect(index.best()).toBe(scan(posts));
        }
      }),
    );
  });
});
