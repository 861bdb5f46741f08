/**
 * The kernel's event list delivers events in exactly the order simjs's own heap does (time,
 * then insertion), through any interleaving of inserts and removals: equal times, times on day
 * boundaries, before day 0 and beyond the calendar. Fresh seeds every run, printed by
 * fast-check on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventList } from '../../src/kernel/event-list.ts';
import { simjsEventHeap } from '../../src/kernel/simjs.ts';

interface Ev {
  deliverAt: number;
  order: number;
  id: number;
}

/** Offsets from "now" (the time of the last removal): ties, day edges, long jumps, the past. */
const offset = fc.oneof(
  fc.constantFrom(0, 1, 7, 0.5, -3, 1e6, 365.25),
  fc.double({ min: 0, max: 30, noNaN: true }),
  fc.integer({ min: 0, max: 2000 }),
);
const op = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), offset }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const) }) },
);

describe('EventList', () => {
  it('delivers in the order of simjs’s PQueue', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const list = new EventList<Ev>();
        const reference = simjsEventHeap<Ev>();
        let now = 0;
        let id = 0;
        const take = () => {
          const a = list.remove();
          const b = reference.remove();
          expect(a?.id).toBe(b?.id);
          if (a) now = a.deliverAt;
          return a;
        };
        for (const o of ops) {
          if (o.kind === 'insert') {
            const at = now + o.offset;
            // Two copies of one event: each queue numbers its own insertions.
            list.insert({ deliverAt: at, order: 0, id });
            reference.insert({ deliverAt: at, order: 0, id });
            id++;
          } else take();
        }
        while (take());
        expect(list.order).toBe(id);
      }),
    );
  });
});
