/**
 * The department: cases arrive, wait for an advisor, move through phases that give their
 * advisor milestone tasks, and close. This module owns the case lifecycle; advisors own
 * their work (advisor.ts), the recorder owns the numbers (recorder.ts). Beside it: who takes a
 * case (allocation.ts), deadlines that run before anyone works a case
 * (notification-deadlines.ts), the practice in force (practice.ts), task hours that fell due
 * (due-hours.ts) and whether a decision misses a legal element (decision-quality.ts).
 */
import type { Kernel } from '../kernel/simjs.ts';
import type { Rng, StreamFactory } from '../random/streams.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Days, Fte } from '../scenario/units.ts';
import { Advisor, type AdvisorHost, type AdvisorTerms } from './advisor.ts';
import { Allocation } from './allocation.ts';
import { steadyStateOpen } from './flows.ts';
import { CasePaths } from './case-path.ts';
import { Spending } from './spending.ts';
import type { Case, PathStep, Task } from './case.ts';
import { CasePool, TaskState } from './case.ts';
import { missesAnElement, type DecisionQuality } from './decision-quality.ts';
import { DueHours, LOOKAHEAD_DAYS } from './due-hours.ts';
import { arrivalEndDeadline, enterArrivalDeadlines, enterWaitingDeadlines, enterWaitingRepeats } from './notification-deadlines.ts';
import type { PhaseType, TaskPlan } from './plan.ts';
import { planPhases } from './plan.ts';
import { Practice } from './practice.ts';
import type { Recorder } from './recorder.ts';
import { removeTask, TaskPool } from './tasks.ts';
import { WaitingList } from './waiting-list.ts';
import { taskHoursPerWeek } from './workload.ts';

const LATE_EPSILON = 1e-6;

export class Department implements AdvisorHost {
  readonly phases: PhaseType[];
  readonly advisors: Advisor[] = [];
  readonly allocation: Allocation;
  readonly waiting = new WaitingList();
  openCases = 0;
  /** Cases that arrived from outside so far. */
  arrivals = 0;
  readonly dueHours: DueHours;
  private caseSeq = 0;
  private readonly taskPool = new TaskPool();
  private readonly casePool = new CasePool();
  private readonly elementCount: number;
  /** Terms every post shares; the cap changes at week 0 when today's differs from the scenario's. */
  readonly terms: AdvisorTerms;
  /** Open cases per productive FTE in the department, updated weekly (the placement response reads it). */
  caseloadNow: number;
  private readonly paths: CasePaths;
  readonly spending: Spending;
  private readonly practice = new Practice();

  constructor(
    readonly kernel: Kernel,
    readonly scenario: Scenario,
    readonly streams: StreamFactory,
    private readonly quality: DecisionQuality,
    readonly recorder: Recorder,
    /** Last simulated day: timers beyond it are never set. */
    readonly endDay: Days,
  ) {
    this.phases = planPhases(scenario);
    this.dueHours = new DueHours(endDay, taskHoursPerWeek(scenario) / 7);
    this.allocation = new Allocation(this.advisors, scenario.allocation.policy === 'overfill');
    this.elementCount = scenario.documentation.legalElements.length;
    const { advisors, allocation, simulation } = scenario;
    this.terms = {
      hoursPerWeek: advisors.hoursPerWeek,
      productiveShare: advisors.productiveShare,
      caseCap: simulation.warmupCaseCap ?? advisors.caseCap,
      hardMaxCases: allocation.hardMaxCases,
    };
    const fte = simulation.warmupFte ?? advisors.fte;
    const open = steadyStateOpen(scenario).reduce((a, b) => a + b, 0);
    this.caseloadNow = Math.min(open / fte, this.terms.caseCap);
    this.paths = new CasePaths(scenario, this.phases);
    this.spending = new Spending(scenario, Math.ceil(endDay));
  }

  /** Opens a post of `fte` (filled and productive, or vacant), as the posts module asks. */
  addPost(fte: Fte, filled: boolean): Advisor {
    const post = new Advisor(this.advisors.length, fte, this.terms, this, filled);
    this.advisors.push(post);
    return post;
  }

  /** Week 0: the scenario's practice starts (practice.ts). */
  startPractice(now: Days): void {
    this.practice.start(this.scenario.practice, this.advisors, now);
  }

  /** A new cap for every post (week 0, when today's cap differs): nobody is given cases above it. */
  setCaseCap(cap: number, now: Days): void {
    this.terms.caseCap = cap;
    for (const a of this.advisors) a.retune(now);
    this.serveWaiting(now);
  }

  now(): Days {
    return this.kernel.time();
  }

  capacityChanged(advisor: Advisor): void {
    this.allocation.reindex(advisor);
  }

  /**
   * A new case of `phase`. Its urgency and the uniforms for all its phases come from
   * `attributes` (the case type's stream), in a fixed order; `origin` and `ordinal` name
   * its error stream (see {@link Case.origin}).
   */
  createCase(
    phase: PhaseType,
    origin: number,
    ordinal: number,
    arrival: Days,
    attributes: Rng,
    /** A case open before the run: its first phase started `elapsed` days ago and lasts `duration`. */
    inProgress?: { elapsed: Days; duration: Days },
  ): Case {
    const urgent = attributes() < phase.spec.urgentShare;
    const steps = this.paths.draw(phase, this.caseloadNow, attributes, inProgress?.duration);
    this.spending.cost(steps, arrival);
    return this.casePool.take(this.caseSeq++, phase, origin, ordinal, arrival, urgent, steps);
  }

  /** A new case from outside: the least loaded advisor below the cap takes it, or it waits. */
  admit(c: Case, now: Days): void {
    this.recorder.arrived();
    enterArrivalDeadlines(this.recorder.deadlines, c);
    const advisor = this.allocation.pick();
    if (advisor) this.assign(c, advisor, now);
    else this.wait(c);
  }

  /** Puts a case on the waiting list, its first deadlines counting from notification (notification-deadlines.ts). */
  wait(c: Case): void {
    enterWaitingDeadlines(this.recorder.deadlines, c);
    this.waiting.push(c);
  }

  /**
   * Allocates `c` to `advisor` and starts its phase; a case open before the run starts
   * joins `midPhase`, that many days into a phase of the given total duration.
   */
  assign(c: Case, advisor: Advisor, now: Days, midPhase?: { elapsed: Days; duration: Days }): void {
    c.advisor = advisor;
    c.allocatedAt = now;
    advisor.cases.add(c);
    this.allocation.reindex(advisor);
    this.openCases++;
    if (!midPhase) this.recorder.allocated(now - c.arrival);
    this.startPhase(c, c.phase, now, midPhase?.elapsed ?? 0, midPhase?.duration);
  }

  /** Serves the waiting list (urgent cases first, then those who can still be helped on time) while any advisor has room. */
  serveWaiting(now: Days): void {
    while (this.waiting.size > 0) {
      const advisor = this.allocation.pick();
      if (!advisor) return;
      this.assign(this.waiting.shift(now) as Case, advisor, now);
    }
  }

  private startPhase(c: Case, phase: PhaseType, now: Days, elapsed: Days, duration?: Days): void {
    const advisor = c.advisor as Advisor;
    c.phase = phase;
    c.phaseStart = now - elapsed;
    const end = c.phaseStart + (duration ?? (c.steps[c.step] as PathStep).duration);
    c.contact = phase.contactPerWeek * this.practice.contactFactor;
    advisor.addContact(c.contact, now);
    // Tasks due shortly after the last day still count toward pressure in its final weeks.
    const horizon = Math.min(end, this.endDay + LOOKAHEAD_DAYS);
    // A case that waited keeps the deadlines that ran from notification.
    const waited = c.startEntered;
    const anchor = waited ? c.arrival : c.phaseStart;
    for (const plan of phase.startTasks) {
      const { dueFrom, dueDays, windowDays } = plan.spec;
      const repeatEveryDays = this.practice.repeatOf(plan);
      let due = (dueFrom === 'arrival' ? c.arrival : anchor) + dueDays;
      if (waited && due > horizon) this.recorder.deadlines.enter(due, plan, -1); // the phase ends first
      for (let first = true; due <= horizon; first = false) {
        const next = repeatEveryDays === null ? Infinity : due + repeatEveryDays;
        const entered = waited && first;
        if (due >= now) {
          this.schedule(c, plan, due, Math.max(now, c.phaseStart, due - windowDays), now, entered);
        } else if (waited && next < now && next <= horizon) {
          // Fell due while the child waited and is already superseded: missed, not worked.
          if (!entered) this.recorder.deadlines.enter(due, plan, 1);
          this.breach(c, now);
        } else if (waited) {
          // The latest occurrence that fell due while the child waited: worked first, late.
          this.schedule(c, plan, due, now, now, entered);
        }
        // (A case open before the run did the tasks that fell due before day 0.)
        if (repeatEveryDays === null) break;
        due = next;
      }
    }
    c.startEntered = false;
    c.openDeadline = c.endEntered ? arrivalEndDeadline(c) : Infinity;
    c.phaseEndTimer = end <= this.endDay ? this.kernel.at(end - now, this.endPhase, this, c) : null;
  }

  /** The run is over: a child still waiting is owed every follow-up that fell due while it waited (notification-deadlines.ts). */
  enterWaitingRepeats(): void {
    enterWaitingRepeats(this.recorder.deadlines, this.waiting, this.endDay, (plan) => this.practice.repeatOf(plan));
  }

  /**
   * Creates a task. Its deadline enters the ledger now (on the day it arises, if already
   * overdue) unless it was `entered` when its date became known.
   */
  private schedule(c: Case, plan: TaskPlan, due: Days, release: Days, now: Days, entered = false): void {
    const task = this.taskPool.take(c, plan, due);
    c.tasks.push(task);
    this.dueHours.add(Math.max(due, now), plan.hours);
    if (!entered) this.recorder.deadlines.enter(Math.max(due, now), plan, 1);
    if (release <= now) (c.advisor as Advisor).enqueue(task, now);
    else if (release <= this.endDay) task.releaseTimer = this.kernel.at(release - now, this.release, this, task);
  }

  private release(task: Task): void {
    task.releaseTimer = null;
    if (task.state === TaskState.Scheduled) (task.owner.advisor as Advisor).enqueue(task, this.now());
  }

  /** The phase's duration is over: unfinished start tasks lapse, end tasks are released. */
  private endPhase(c: Case): void {
    const now = this.now();
    c.phaseEndTimer = null;
    const advisor = c.advisor as Advisor;
    if (c.tasks.length > 0) this.lapseTasks(c, advisor, now);
    // The measure has ended: contact stops, only the closing paperwork remains.
    advisor.addContact(-c.contact, now);
    c.contact = 0;
    const ends = c.phase.endTasks;
    c.endTasksLeft = ends.length;
    for (const plan of ends) {
      const fromArrival = plan.spec.dueFrom === 'arrival';
      this.schedule(c, plan, (fromArrival ? c.arrival : now) + plan.spec.dueDays, now, now, fromArrival && c.endEntered);
    }
    c.endEntered = false;
    c.openDeadline = Infinity;
    if (ends.length === 0) this.finishPhase(c, now);
  }

  /**
   * Start tasks still open when their phase ends lapse. One not yet due leaves the ledgers;
   * one already overdue stays a missed deadline (and its hours stay demand that fell due).
   */
  private lapseTasks(c: Case, advisor: Advisor, now: Days): void {
    const queued: Task[] = [];
    for (const task of c.tasks) {
      if (task.state === TaskState.Scheduled) {
        if (task.releaseTimer !== null) this.kernel.cancel(task.releaseTimer);
      } else queued.push(task);
      task.state = TaskState.Dropped;
      if (task.due < now) {
        this.breach(c, now);
      } else {
        this.dueHours.add(task.due, -task.plan.hours);
        this.recorder.deadlines.enter(task.due, task.plan, -1);
      }
    }
    if (queued.length > 0) advisor.drop(queued, now);
    c.tasks.length = 0;
  }

  taskDone(task: Task, now: Days): void {
    const c = task.owner;
    const plan = task.plan;
    if (now > task.due + LATE_EPSILON) this.breach(c, now);
    else this.recorder.deadlines.meet(task.due, plan);
    if (plan.decision) this.decide(c, plan, task.cut, c.advisor as Advisor);
    removeTask(c.tasks, task);
    if (plan.isEnd && --c.endTasksLeft === 0) this.finishPhase(c, now);
    // Nothing holds it now: its advisor took it off its heap and out of its hand before calling,
    // its case's list no longer has it, and it had no release timer (it was released).
    this.taskPool.give(task);
  }

  /** The case's file shows a missed deadline as of `now`. */
  breach(c: Case, now: Days): void {
    c.lastBreach = now;
    this.recorder.letDown(c);
  }

  /** A decision: whether it misses a legal element depends on the documentation cut and the advisor's caseload (decision-quality.ts). */
  private decide(c: Case, plan: TaskPlan, cut: number, advisor: Advisor): void {
    const s = plan.documentationHours > 0 ? Math.min(1, cut / plan.documentationHours) : 0;
    if (Number.isNaN(c.aleaS0)) this.streams.seed(c, `e${c.origin}/${c.ordinal}`);
    const missing = missesAnElement(this.quality, c, s, advisor.cases.size / advisor.productiveFte, this.elementCount);
    this.recorder.decision(missing);
    if (missing) {
      c.lastDecisionError = this.now();
      this.recorder.letDown(c);
    }
  }

  /** The phase is complete: the case becomes its next phase or closes. */
  private finishPhase(c: Case, now: Days): void {
    const advisor = c.advisor as Advisor;
    const next = c.steps[++c.step];
    if (next) {
      this.startPhase(c, next.phase, now, 0);
      return;
    }
    advisor.cases.delete(c);
    this.allocation.reindex(advisor);
    c.advisor = null;
    this.openCases--;
    this.casePool.give(c);
    this.serveWaiting(now);
  }
}
