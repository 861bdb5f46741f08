/**
 * The kernel's event list delivers events in exactly the order simjs's own heap does (time,
 * then insertion), through any interleaving of inserts, cancellations and removals: equal
 * times, times on day boundaries, before day 0 and beyond the calendar; a cancelled event still
 * comes in its turn, marked, and cancelling one already delivered changes nothing, even once its
 * slot holds another event. Fresh seeds every run, printed by fast-check on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventList, type Handler } from '../../src/kernel/event-list.ts';
import { simjsEventHeap } from '../../src/kernel/simjs.ts';

interface Ev {
  deliverAt: number;
  order: number;
  cancelled: boolean;
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
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
);
/** The argument of the last delivered event. */
let delivered = -1;
const record = (id: number) => {
  delivered = id;
};

describe('EventList', () => {
  it('delivers in the order of simjs’s PQueue, cancelled events marked', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const list = new EventList();
        const reference = simjsEventHeap<Ev>();
        const handles: number[] = [];
        const events: Ev[] = [];
        let now = 0;
        const take = () => {
          const a = list.remove();
          const b = reference.remove();
          // A cancelled event is taken in turn but never delivered: it shows its time and its mark.
          let id: number | null = null;
          delivered = -1;
          if (a && !a.cancelled) a.deliver();
          if (a && !a.cancelled) id = delivered;
          expect(a === null ? null : [id, a.deliverAt, a.cancelled]).toEqual(b === null ? null : [b.cancelled ? null : b.id, b.deliverAt, b.cancelled]);
          if (a) now = a.deliverAt;
          return a;
        };
        for (const o of ops) {
          if (o.kind === 'insert') {
            const at = now + o.offset;
            const id = handles.length;
            handles.push(list.insert(at, record as Handler, null, id));
            const event = { deliverAt: at, order: 0, cancelled: false, id };
            events.push(event);
            reference.insert(event);
          } else if (o.kind === 'cancel') {
            if (handles.length === 0) continue;
            const id = o.pick % handles.length;
            list.cancel(handles[id] as number);
            (events[id] as Ev).cancelled = true;
          } else take();
        }
        while (take());
        expect(list.order).toBe(handles.length);
        expect(handles.every((h) => h > 0)).toBe(true);
      }),
    );
  });
});
