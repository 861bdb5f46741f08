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
 * Invariant: every event in a bucket falls on `today` or later; the heap holds the opened days'
 * events and those the calendar does not span (before day 0, past its last day, not finite). So
 * the heap's top is next when it falls before `today`; otherwise the next bucket is opened first.
 */

/** Days the calendar spans (about 270 years; a scenario's horizon and warm-up are far shorter). */
const CALENDAR_DAYS = 100_000;

/** What simjs's `Sim.simulate` reads from a queued event. */
export interface QueuedEvent {
  readonly deliverAt: number;
  /** Insertion number, set here: the tie-break between equal times. */
  order: number;
}

export class EventList<E extends QueuedEvent> {
  /** Events inserted so far (simjs numbers every insertion; the kernel reports it). */
  order = 0;
  private readonly heap: E[] = [];
  /** Events by whole day, from `today` on; days before `today` are empty and released. */
  private readonly buckets: (E[] | undefined)[] = [];
  /** The first day whose events are not yet in the heap. */
  private today = 0;

  insert(event: E): void {
    event.order = this.order++;
    // A negative or non-finite time sorts first or last through the heap, as in simjs.
    const day = Math.floor(event.deliverAt);
    // `!(day < CALENDAR_DAYS)` also sends NaN to the heap.
    if (day < this.today || !(day < CALENDAR_DAYS)) {
      this.push(event);
      return;
    }
    const buckets = this.buckets;
    while (buckets.length <= day) buckets.push(undefined); // dense, so the array stays fast
    const bucket = buckets[day];
    if (bucket) bucket.push(event);
    else buckets[day] = [event];
  }

  /** Takes the next event, or null when none is left. */
  remove(): E | null {
    for (;;) {
      const top = this.heap[0];
      if (top !== undefined && top.deliverAt < this.today) return this.pop();
      if (!this.openNextDay()) return top === undefined ? null : this.pop();
    }
  }

  /** Moves the earliest non-empty bucket into the heap; false when every bucket is empty. */
  private openNextDay(): boolean {
    const buckets = this.buckets;
    while (this.today < buckets.length) {
      const bucket = buckets[this.today];
      buckets[this.today] = undefined;
      this.today++;
      if (bucket) {
        for (const event of bucket) this.push(event);
        return true;
      }
    }
    return false;
  }

  /** The heap's keys beside its events, so comparisons read contiguous memory, not scattered timers. */
  private times = new Float64Array(1024);
  private orders = new Float64Array(1024);

  /** Whether heap slot i comes before slot j: earlier time, then earlier insertion (simjs's `PQueue.greater`, reversed). */
  private before(i: number, j: number): boolean {
    const ti = this.times[i] as number;
    const tj = this.times[j] as number;
    return ti < tj || (ti === tj && (this.orders[i] as number) < (this.orders[j] as number));
  }

  private place(i: number, event: E, time: number, order: number): void {
    this.heap[i] = event;
    this.times[i] = time;
    this.orders[i] = order;
  }

  private push(event: E): void {
    const heap = this.heap;
    let i = heap.length;
    if (i === this.times.length) this.grow();
    heap.push(event);
    const time = event.deliverAt;
    const order = event.order;
    this.times[i] = time;
    this.orders[i] = order;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const tp = this.times[parent] as number;
      if (!(time < tp || (time === tp && order < (this.orders[parent] as number)))) break;
      this.place(i, heap[parent] as E, tp, this.orders[parent] as number);
      i = parent;
    }
    this.place(i, event, time, order);
  }

  private pop(): E {
    const heap = this.heap;
    const top = heap[0] as E;
    const n = heap.length - 1;
    const last = heap.pop() as E;
    if (n === 0) return top;
    const time = this.times[n] as number;
    const order = this.orders[n] as number;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.before(right, left) ? right : left;
      const tc = this.times[child] as number;
      if (!(tc < time || (tc === time && (this.orders[child] as number) < order))) break;
      this.place(i, heap[child] as E, tc, this.orders[child] as number);
      i = child;
    }
    this.place(i, last, time, order);
    return top;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    this.times = times;
    const orders = new Float64Array(this.orders.length * 2);
    orders.set(this.orders);
    this.orders = orders;
  }
}
