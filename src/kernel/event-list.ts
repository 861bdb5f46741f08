/**
 * The pending events, in the order simjs's own `PQueue` delivers them (time, then insertion),
 * kept as a calendar of one-day buckets in front of a small binary heap. simjs's `PQueue` is a
 * single binary heap of every pending event: at national scale (60x the default department,
 * about 200 000 pending timers: every open case's phase end and every task's release) its
 * comparisons chase pointers through memory and took 30 % of a replication, and the cost per
 * event grew with the department (issue 13). Here an event goes into the bucket of its day in
 * O(1); only today's events are in the heap, so the heap stays as small as a day's events and
 * the cost per event stays flat. Delivery order is exactly simjs's: results are bit for bit
 * the same (test/model/fingerprint.test.ts).
 *
 * An event is a slot in typed arrays, not an object, and is named by a number (its handle). A
 * timer object per event lived as long as the wait it timed (a task's release, a phase's end:
 * weeks to months), which at national scale outlives the young generation, so every scavenge
 * copied timers and the garbage collector's share grew with the department (29 % at 60x).
 * Slots are reused once delivered; a handle carries its insertion number, so cancelling an
 * event already delivered is a no-op, as cancelling a delivered simjs timer was. A slot's keys
 * share one cache line, and so do its callback, context and argument: a slot is written when an
 * event is scheduled and read weeks later, cold, so each separate array cost a cache miss.
 *
 * Invariant: every event in a bucket falls on `today` or later; the heap holds the opened days'
 * events and those the calendar does not span (before day 0, past its last day, not finite). So
 * the heap's top is next when it falls before `today`; otherwise the next bucket is opened first.
 */

/** Days the calendar spans (about 270 years; a scenario's horizon and warm-up are far shorter). */
const CALENDAR_DAYS = 100_000;
/** Slots per insertion number in a handle: handle = order × SLOT_SPAN + slot, exact below 2^53. */
const SLOT_SPAN = 2 ** 24;
/** Insertions a list can number in its handles (about 5 × 10^8; the work bound refuses runs near it). */
const MAX_ORDER = 2 ** 53 / SLOT_SPAN;
const INITIAL_SLOTS = 1024;
const INITIAL_DAYS = 1024;

/** A callback and what it is called with: `fn.call(context, argument)`. */
export type Handler = (this: never, argument: never) => void;

/** Stands in a cancelled slot's callback (simjs skips a cancelled event before calling it). */
const cancelledHandler: Handler = () => {};

/**
 * The event being delivered, as simjs's `Sim.simulate` reads it; one object, refilled by each
 * removal. It names the slot rather than copying the call: this object lives long, and storing
 * young objects (a case, a task) into it cost a write-barrier entry per event.
 */
export class DueEvent {
  deliverAt = 0;
  cancelled = false;
  /** The slot just taken: freed, but nothing can reuse it before `deliver()` reads it. */
  slot = 0;

  constructor(private readonly calls: unknown[]) {}

  /** Called by simjs's `simulate` loop (not for a cancelled event). */
  deliver(): void {
    const calls = this.calls;
    const at = 3 * this.slot;
    const fn = calls[at] as (this: unknown, argument: unknown) => void;
    const context = calls[at + 1];
    const argument = calls[at + 2];
    // Drop the references so a delivered event keeps nothing alive; callbacks are shared and stay.
    calls[at + 1] = undefined;
    calls[at + 2] = undefined;
    fn.call(context, argument);
  }
}

export class EventList {
  /** Events inserted so far (simjs numbers every insertion; the kernel reports it). */
  order = 0;

  // By slot (slot 0 is never used, so no handle is 0): keys [time, order] at 2 × slot, calls
  // [fn, context, argument] at 3 × slot (fn is `cancelledHandler` once cancelled).
  private keys = new Float64Array(2 * INITIAL_SLOTS);
  private readonly calls: unknown[] = [undefined, undefined, undefined];
  private readonly due = new DueEvent(this.calls);
  private slots = 1;
  /** Delivered slots ready for reuse (a stack: the slot just freed is reused first, while cached). */
  private free = new Int32Array(INITIAL_SLOTS);
  private freeCount = 0;

  /**
   * Each day's bucket from `today` on, a list linked through the slots: the day's latest slot
   * (0: none), then `nextInDay[slot]`, down to 0. A list, not an array per day: emptying an array
   * gives its storage back, so every day's array grew afresh (17, 41, 77 … elements), and a day's
   * events are set weeks ahead, so those arrays lived long enough to be copied by the collector.
   * The order within a day does not matter: the heap orders its events by (time, insertion), and
   * no two events share an insertion number, so it hands them out in the same order whatever order
   * they went in.
   */
  private dayHeads = new Int32Array(INITIAL_DAYS);
  private nextInDay = new Int32Array(INITIAL_SLOTS);
  /** One past the last day given an event so far. */
  private daysInUse = 0;
  /** The first day whose events are not yet in the heap. */
  private today = 0;

  // The heap of slots, with their keys beside them so comparisons read contiguous memory.
  private heap = new Int32Array(INITIAL_SLOTS);
  private heapTimes = new Float64Array(INITIAL_SLOTS);
  private heapOrders = new Float64Array(INITIAL_SLOTS);
  private heapSize = 0;

  /** Schedules `fn.call(context, argument)` at `time`; returns the event's handle. */
  insert(time: number, fn: Handler, context: unknown, argument: unknown): number {
    const order = this.order++;
    if (order >= MAX_ORDER) throw new Error(`more than ${MAX_ORDER} events in one run: the event list's handles would overflow`);
    const slot = this.allocate();
    this.keys[2 * slot] = time;
    this.keys[2 * slot + 1] = order;
    const calls = this.calls;
    calls[3 * slot] = fn;
    calls[3 * slot + 1] = context;
    calls[3 * slot + 2] = argument;
    // A negative or non-finite time sorts first or last through the heap, as in simjs.
    const day = Math.floor(time);
    // `!(day < CALENDAR_DAYS)` also sends NaN to the heap.
    if (day < this.today || !(day < CALENDAR_DAYS)) this.push(slot, time, order);
    else {
      while (day >= this.dayHeads.length) this.dayHeads = grown(this.dayHeads, Int32Array);
      this.nextInDay[slot] = this.dayHeads[day] as number;
      this.dayHeads[day] = slot;
      if (day >= this.daysInUse) this.daysInUse = day + 1;
    }
    return order * SLOT_SPAN + slot;
  }

  /** Marks the event `handle` cancelled: simjs still takes it in turn and skips it. A delivered event's handle is ignored. */
  cancel(handle: number): void {
    const slot = handle % SLOT_SPAN;
    if (this.keys[2 * slot + 1] !== (handle - slot) / SLOT_SPAN) return;
    // Never delivered now: its context and argument can go at once.
    this.calls[3 * slot] = cancelledHandler;
    this.calls[3 * slot + 1] = undefined;
    this.calls[3 * slot + 2] = undefined;
  }

  /** Takes the next event, or null when none is left; the returned object is refilled by the next call. */
  remove(): DueEvent | null {
    for (;;) {
      if (this.heapSize > 0 && (this.heapTimes[0] as number) < this.today) return this.take();
      if (!this.openNextDay()) return this.heapSize === 0 ? null : this.take();
    }
  }

  /** Takes the heap's top into the due event and frees its slot. */
  private take(): DueEvent {
    const due = this.due;
    due.deliverAt = this.heapTimes[0] as number;
    const slot = this.pop();
    due.slot = slot;
    due.cancelled = this.calls[3 * slot] === cancelledHandler;
    // A handle of the delivered event must not match the slot's next occupant before it is set.
    this.keys[2 * slot + 1] = -1;
    if (this.freeCount === this.free.length) this.free = grown(this.free, Int32Array);
    this.free[this.freeCount++] = slot;
    return due;
  }

  private allocate(): number {
    if (this.freeCount > 0) return this.free[--this.freeCount] as number;
    const slot = this.slots++;
    if (slot >= SLOT_SPAN) throw new Error(`more than ${SLOT_SPAN} pending events: the event list's handles would overflow`);
    this.calls.push(undefined, undefined, undefined);
    if (2 * slot === this.keys.length) this.keys = grown(this.keys, Float64Array);
    if (slot === this.nextInDay.length) this.nextInDay = grown(this.nextInDay, Int32Array);
    return slot;
  }

  /** Moves the earliest non-empty bucket into the heap; false when every bucket is empty. */
  private openNextDay(): boolean {
    const heads = this.dayHeads;
    while (this.today < this.daysInUse) {
      let slot = heads[this.today] as number;
      heads[this.today] = 0;
      this.today++;
      if (slot !== 0) {
        const { keys, nextInDay } = this;
        do {
          this.push(slot, keys[2 * slot] as number, keys[2 * slot + 1] as number);
          slot = nextInDay[slot] as number;
        } while (slot !== 0);
        return true;
      }
    }
    return false;
  }

  private push(slot: number, time: number, order: number): void {
    if (this.heapSize === this.heap.length) {
      this.heap = grown(this.heap, Int32Array);
      this.heapTimes = grown(this.heapTimes, Float64Array);
      this.heapOrders = grown(this.heapOrders, Float64Array);
    }
    const { heap, heapTimes: times, heapOrders: orders } = this;
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const tp = times[parent] as number;
      if (!(time < tp || (time === tp && order < (orders[parent] as number)))) break;
      heap[i] = heap[parent] as number;
      times[i] = tp;
      orders[i] = orders[parent] as number;
      i = parent;
    }
    heap[i] = slot;
    times[i] = time;
    orders[i] = order;
  }

  /** Removes the heap's top (earliest time, then earliest insertion: simjs's `PQueue.greater`, reversed) and returns its slot. */
  private pop(): number {
    const { heap, heapTimes: times, heapOrders: orders } = this;
    const top = heap[0] as number;
    const n = --this.heapSize;
    if (n === 0) return top;
    const slot = heap[n] as number;
    const time = times[n] as number;
    const order = orders[n] as number;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      let tc = times[left] as number;
      let oc = orders[left] as number;
      if (right < n) {
        const tr = times[right] as number;
        const or = orders[right] as number;
        if (tr < tc || (tr === tc && or < oc)) {
          child = right;
          tc = tr;
          oc = or;
        }
      }
      if (!(tc < time || (tc === time && oc < order))) break;
      heap[i] = heap[child] as number;
      times[i] = tc;
      orders[i] = oc;
      i = child;
    }
    heap[i] = slot;
    times[i] = time;
    orders[i] = order;
    return top;
  }
}

/** A typed array of twice the length with `from`'s contents. */
function grown<T extends Float64Array | Int32Array>(from: T, make: new (length: number) => T): T {
  const to = new make(from.length * 2);
  to.set(from);
  return to;
}
