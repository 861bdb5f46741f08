/**
 * The one door to simjs. The npm package is a browserify bundle that assigns `window.Sim`
 * and exports nothing to Node or ESM; `simjs-window.ts` lends it a `window` where none
 * exists, and this module picks the classes up and types the small part we use: the
 * `Sim` clock with its event heap, `Entity` timers, and cancellable requests. We do not
 * use `Facility`: its queue bookkeeping costs about 2.5x more per event than timers.
 */
import { lentWindow } from './simjs-window.ts';
import 'simjs';

/** A scheduled timer; `cancel()` makes the kernel skip it when it comes due. */
export interface SimRequest {
  /**
   * Registers `callback` to run when the timer fires, with `this` = `context` and
   * `argument` as its one parameter (simjs spreads arrays, so pass an object).
   */
  done<C extends object, A extends object>(
    callback: (this: C, argument: A) => void,
    context: C,
    argument: A,
  ): SimRequest;
  done<C extends object>(callback: (this: C) => void, context: C): SimRequest;
  cancel(): void;
  /** Simulation time (days) at which the timer fires. */
  readonly deliverAt: number;
}

/** The event loop: a clock in days and a binary heap of pending requests. */
export interface SimKernel {
  time(): number;
  /** Runs events up to `endTime`; returns false when `maxEvents` was reached first. */
  simulate(endTime: number, maxEvents?: number): boolean;
  addEntity<T extends SimEntity>(klass: new (sim: SimKernel, name?: string) => T, name?: string): T;
}

/** Base class of everything that schedules its own timers. */
export interface SimEntity {
  readonly sim: SimKernel;
  time(): number;
  setTimer(durationDays: number): SimRequest;
  start(): void;
}

interface SimModule {
  Sim: new () => SimKernel;
  Entity: new (sim: SimKernel, name?: string) => SimEntity;
}

const holder = (globalThis as unknown as { window: { Sim?: SimModule } }).window;
if (!holder.Sim) throw new Error('simjs did not register window.Sim; check the import order in src/kernel/simjs.ts');
const simjs: SimModule = holder.Sim;
if (lentWindow) delete (globalThis as { window?: unknown }).window;

/** Creates an empty simulation clock at time 0. */
export function createKernel(): SimKernel {
  return new simjs.Sim();
}

/** Events scheduled on the kernel so far (simjs numbers every insertion into its heap). */
export function scheduledEvents(kernel: SimKernel): number {
  return (kernel as unknown as { queue: { order: number } }).queue.order;
}

/** The simjs Entity class, to extend for model entities. */
export const Entity = simjs.Entity;
