/**
 * One advisor post. Capacity (hours per week) goes first to the steady contact load of the
 * advisor's cases; what is left works milestone tasks one at a time, earliest due date first,
 * as a continuous flow of hours. When the task in hand would finish after its due date, the
 * advisor cuts its documentation just enough to meet the date; if cutting all of it is not
 * enough, the task also runs late. The child's time is protected, the paperwork is not.
 *
 * Triage (model 1.5): a task that can no longer be on time, even started now with all its
 * documentation cut, steps behind the tasks that still can, for at most {@link BEHIND_DAYS}
 * days from when the advisor sets it aside; after that it goes ahead of anything due later.
 * Plain earliest-due-first would put every overdue task first, and under overload each of
 * them makes the next task late too (the domino effect of deadline-first scheduling).
 *
 * The work is fluid: between events the task in hand progresses at a constant rate, so the
 * only event an advisor schedules is the completion of that task, recomputed whenever its
 * load or its queue changes.
 */
import type { Kernel, Timer } from '../kernel/simjs.ts';
import type { Fte, Hours, Share } from '../scenario/units.ts';
import { DAYS_PER_WEEK } from '../scenario/units.ts';
import type { Task } from './case.ts';
import { TaskState } from './case.ts';
import { CaseList } from './case-list.ts';
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
/**
 * How long a task that can no longer be on time waits behind those that can, days: four weeks,
 * the window pressure is measured over (*assumption*). It bounds the triage, so overdue work,
 * closing a measure included, is never put off for good.
 */
export const BEHIND_DAYS = 28;

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
  readonly cases = new CaseList();
  /** Steady contact load of those cases, hours per week. */
  contactPerWeek: Hours = 0;
  /** Released tasks that can still be on time, earliest due first. */
  private readonly queue = new TaskHeap();
  /** Released tasks set aside as beyond being on time, keyed by the day they stop waiting behind the rest. */
  private readonly behind = new TaskHeap();
  private inHand: Task | null = null;
  /** Whether the task in hand comes from {@link behind}. */
  private inHandBehind = false;
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
    const tasks = [...this.queue.drain(), ...this.behind.drain()].filter((t) => t.state === TaskState.Queued);
    this.replan(now);
    return tasks;
  }

  /**
   * The task to work now: the earliest-due task that can still be on time, unless a task set
   * aside has waited out its {@link BEHIND_DAYS} (its key is then before that due date). Tasks
   * found beyond being on time on the way are set aside. With no task hours to give (rate 0)
   * nothing is judged.
   */
  private choose(now: number, rate: number): Task | null {
    let task = this.queue.peek();
    if (rate > 0) {
      while (task && now + (task.remaining - task.documentationLeft) / rate > task.due + EPSILON) {
        this.queue.pop();
        this.behind.push(task, now + BEHIND_DAYS);
        task = this.queue.peek();
      }
    }
    const aside = this.behind.peek();
    this.inHandBehind = aside !== undefined && (task === undefined || this.behind.topKey() <= task.due);
    return (this.inHandBehind ? aside : task) ?? null;
  }

  /** Chooses the task in hand, cuts documentation if it would be late, schedules its completion. */
  replan(now: number): void {
    const rate = this.rate();
    const task = this.choose(now, rate);
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
    const task = this.inHandBehind ? this.behind.pop() : this.queue.pop();
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
