/**
 * The one door to simjs. The npm package is a browserify bundle that assigns `window.Sim`
 * and exports nothing to Node or ESM; `simjs-window.ts` lends it a `window` where none
 * exists, and this module picks up the `Sim` class: its clock, its binary event heap
 * (`PQueue`, ordered by time then insertion) and its `simulate` loop.
 *
 * Timers are slots in our event list, handed to simjs's loop through the protocol it reads
 * (`deliverAt`, `cancelled`, `deliver()`), rather than `Entity.setTimer`'s `Request`, which
 * allocates a callback list, a renege group and checks its arguments on every call: measured on
 * the M/M/c queue, lean timers run the kernel at 2.7 M cases/s against 1.7 M with `setTimer`
 * (bench/engine.bench.ts reports both). simjs's `Facility` is slower still (about 2.5x).
 */
import { lentWindow } from './simjs-window.ts';
import 'simjs';
import { type DueEvent, EventList, type Handler } from './event-list.ts';

interface SimInstance {
  simTime: number;
  queue: { remove(): DueEvent | null; order: number };
  simulate(endTime: number, maxEvents?: number): boolean;
}

/** simjs's binary event heap, as its `Sim` uses it. */
export interface SimjsEventHeap<E> {
  insert(event: E): void;
  remove(): E | null;
}

interface SimModule {
  Sim: new () => SimInstance;
  PQueue: new () => SimjsEventHeap<never>;
  Entity: new (sim: SimInstance, name?: string) => { setTimer(duration: number): { done(fn: () => void): void } };
}

const holder = (globalThis as unknown as { window: { Sim?: SimModule } }).window;
if (!holder.Sim) throw new Error('simjs did not register window.Sim; check the import order in src/kernel/simjs.ts');
const simjs: SimModule = holder.Sim;
if (lentWindow) delete (globalThis as { window?: unknown }).window;

/**
 * A scheduled callback's handle: `Kernel.cancel(timer)` makes the kernel skip it when it comes
 * due. A number, not an object (event-list.ts says why); never 0, so `timer !== null` and
 * truthiness agree.
 */
export type Timer = number & { readonly __brand: 'Timer' };

/** A simulation clock in days over simjs's event heap. */
export class Kernel {
  private readonly sim: SimInstance = new simjs.Sim();
  private readonly events = new EventList();

  constructor() {
    // simjs's loop and clock over our event list: same order as its PQueue, flat cost per event (event-list.ts).
    this.sim.queue = this.events;
  }

  /** Current simulation time, days. */
  time(): number {
    return this.sim.simTime;
  }

  /** Calls `fn` with `this` = `context` and `argument` after `delay` days. */
  at<C, A>(delay: number, fn: (this: C, argument: A) => void, context: C, argument: A): Timer;
  at<C>(delay: number, fn: (this: C) => void, context: C): Timer;
  at(delay: number, fn: Handler, context: unknown, argument?: unknown): Timer {
    return this.events.insert(this.sim.simTime + delay, fn, context, argument) as Timer;
  }

  /** The timer will not fire (a no-op once it has). */
  cancel(timer: Timer): void {
    this.events.cancel(timer);
  }

  /** Runs events up to `endTime`; false when `maxEvents` was reached first. */
  simulate(endTime: number, maxEvents: number): boolean {
    return this.sim.simulate(endTime, maxEvents);
  }

  /** Events scheduled so far (simjs numbers every insertion into its heap). */
  get scheduled(): number {
    return this.sim.queue.order;
  }
}

/** Creates an empty simulation clock at time 0. */
export function createKernel(): Kernel {
  return new Kernel();
}

/**
 * Schedules through simjs's own `Entity.setTimer` (the documented API), for the benchmark
 * that compares it with lean timers.
 */
export function entityTimerKernel(): {
  time(): number;
  after(delay: number, fn: () => void): void;
  simulate(endTime: number): boolean;
} {
  const sim = new simjs.Sim();
  const entity = new simjs.Entity(sim);
  return {
    time: () => sim.simTime,
    after: (delay, fn) => entity.setTimer(delay).done(fn),
    simulate: (endTime) => sim.simulate(endTime),
  };
}

/** simjs's own event heap, which the kernel's event list replaces: the reference order for tests. */
export function simjsEventHeap<E extends { deliverAt: number; order: number }>(): SimjsEventHeap<E> {
  return new simjs.PQueue() as unknown as SimjsEventHeap<E>;
}
