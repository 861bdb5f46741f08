/**
 * One advisor post. Capacity (hours per week) goes first to the steady contact load of the
 * advisor's cases; what is left works milestone tasks one at a time, earliest due date first,
 * as a continuous flow of hours. When the task in hand would finish after its due date, the
 * advisor cuts its documentation just enough to meet the date; if cutting all of it is not
 * enough, the task also runs late. The child's time is protected, the paperwork is not.
 *
 * The work is fluid: between events the task in hand progresses at a constant rate, so the
 * only event an advisor schedules is the completion of that task, recomputed whenever its
 * load or its queue changes.
 */
import type { Kernel, Timer } from '../kernel/simjs.ts';
import type { Fte, Hours, Share } from '../scenario/units.ts';
import { DAYS_PER_WEEK } from '../scenario/units.ts';
import type { Case, Task } from './case.ts';
import { TaskState } from './case.ts';
import { TaskHeap } from './task-heap.ts';

/** What an advisor needs from the department around it. */
export interface AdvisorHost {
  readonly kernel: Kernel;
  taskDone(task: Task, now: number): void;
  /** The advisor's cap or productive FTE changed (the allocation index re-places it). */
  capacityChanged(advisor: Advisor): void;
}

export interface AdvisorTerms {
  hoursPerWeek: Hours;
  productiveShare: Share;
  /** Cap, cases per FTE. */
  caseCap: number;
  /** Overfill ceiling, cases per FTE. */
  hardMaxCases: number;
}

const EPSILON = 1e-9;

export class Advisor {
  /** Whether the post is filled; a vacant post holds no cases and does no work. */
  active: boolean;
  /** Whether the post is in the establishment (a hiring plan can close it). */
  open = true;
  /** How many times the post has been refilled (staffing dynamics). */
  generation = 0;
  /** Capacity and cap as a share of a full advisor (below 1 while onboarding). */
  factor: Share = 1;
  /** FTE actually at work: 0 when vacant, reduced while onboarding. */
  productiveFte: Fte = 0;
  /** Hours per week this advisor can work. */
  capacityPerWeek: Hours = 0;
  /** Most cases this advisor is given under the cap (whole cases). */
  cap = 0;
  /** Most cases under the `overfill` policy. */
  hardMax = 0;
  /** Open cases allocated to this advisor. */
  readonly cases = new Set<Case>();
  /** Steady contact load of those cases, hours per week. */
  contactPerWeek: Hours = 0;
  private readonly queue = new TaskHeap();
  private inHand: Task | null = null;
  private timer: Timer | null = null;
  /** Task rate (hours per day) the current timer was computed with. */
  private plannedRate = 0;
  private lastSync = 0;

  constructor(
    readonly index: number,
    /** The post's size; a hiring plan can shrink it. */
    public fte: Fte,
    private readonly terms: AdvisorTerms,
    private readonly host: AdvisorHost,
    filled = true,
  ) {
    this.active = filled;
    this.resize();
  }

  /** Re-reads the shared terms (the cap changed) or a new post size. */
  retune(now: number, fte = this.fte): void {
    this.sync(now);
    this.fte = fte;
    this.resize();
    this.replan(now);
  }

  /** Recomputes the figures that follow from `active` and `factor` (they change rarely; allocation reads them often). */
  private resize(): void {
    const { hoursPerWeek, productiveShare, caseCap, hardMaxCases } = this.terms;
    this.productiveFte = this.active ? this.fte * this.factor : 0;
    this.capacityPerWeek = this.productiveFte * hoursPerWeek * productiveShare;
    this.cap = Math.floor(caseCap * this.productiveFte + EPSILON);
    this.hardMax = Math.floor(hardMaxCases * this.productiveFte + EPSILON);
    this.host.capacityChanged(this);
  }

  /** Task hours per day left after contact. */
  private rate(): number {
    return Math.max(0, this.capacityPerWeek - this.contactPerWeek) / DAYS_PER_WEEK;
  }

  /** Credits the work done since the last change to the task in hand. Call before any change. */
  sync(now: number): void {
    const task = this.inHand;
    if (task && now > this.lastSync) {
      task.remaining = Math.max(0, task.remaining - this.rate() * (now - this.lastSync));
      if (task.documentationLeft > task.remaining) task.documentationLeft = task.remaining;
    }
    this.lastSync = now;
  }

  enqueue(task: Task, now: number): void {
    this.sync(now);
    task.state = TaskState.Queued;
    this.queue.push(task);
    this.replan(now);
  }

  /** Changes the contact load (a case arrives, leaves or changes phase). */
  addContact(hoursPerWeek: Hours, now: number): void {
    if (hoursPerWeek === 0) return;
    this.sync(now);
    this.contactPerWeek += hoursPerWeek;
    this.replan(now);
  }

  /** Changes the capacity factor (vacancy, onboarding). */
  setFactor(active: boolean, factor: Share, now: number): void {
    this.sync(now);
    this.active = active;
    this.factor = factor;
    this.resize();
    this.replan(now);
  }

  /** Marks `tasks` (queued here) as dropped and re-plans. */
  drop(tasks: readonly Task[], now: number): void {
    this.sync(now);
    for (const task of tasks) task.state = TaskState.Dropped;
    this.replan(now);
  }

  /** Hands over every queued task (when the post falls vacant). */
  takeQueue(now: number): Task[] {
    this.sync(now);
    const tasks = this.queue.drain().filter((t) => t.state === TaskState.Queued);
    this.replan(now);
    return tasks;
  }

  /** Chooses the task in hand, cuts documentation if it would be late, schedules its completion. */
  replan(now: number): void {
    const task = this.queue.peek() ?? null;
    const rate = this.rate();
    // Same task at the same rate finishes at the same time: keep the timer (most changes are
    // tasks queued behind the one in hand).
    if (this.timer !== null && task === this.inHand && rate === this.plannedRate) return;
    if (this.timer !== null) this.host.kernel.cancel(this.timer);
    this.timer = null;
    this.inHand = task;
    this.plannedRate = rate;
    if (!task || rate <= 0) return;
    const overrun = (now + task.remaining / rate - task.due) * rate;
    if (overrun > EPSILON && task.documentationLeft > 0) {
      const cut = Math.min(task.documentationLeft, overrun);
      task.documentationLeft -= cut;
      task.remaining -= cut;
      task.cut += cut;
    }
    this.timer = this.host.kernel.at(task.remaining / rate, this.complete, this);
  }

  private complete(): void {
    const now = this.host.kernel.time();
    this.sync(now);
    const task = this.queue.pop();
    if (!task || task !== this.inHand) throw new Error('advisor completed a task that was not in hand');
    this.timer = null;
    this.inHand = null;
    task.remaining = 0;
    task.documentationLeft = 0;
    task.state = TaskState.Done;
    this.host.taskDone(task, now);
    this.replan(now);
  }
}
