/**
 * The department: cases arrive, wait for an advisor, move through phases that give their
 * advisor milestone tasks, and close. This module owns the case lifecycle; advisors own
 * their work (advisor.ts), the recorder owns the numbers (recorder.ts).
 */
import type { Kernel } from '../kernel/simjs.ts';
import { nextAlea } from '../random/alea.ts';
import type { Rng, StreamFactory } from '../random/streams.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Days, Fte } from '../scenario/units.ts';
import { Advisor, type AdvisorHost, type AdvisorTerms } from './advisor.ts';
import { AllocationIndex } from './allocation-index.ts';
import { steadyStateOpen } from './flows.ts';
import { CasePaths } from './case-path.ts';
import { Spending } from './spending.ts';
import type { Case, PathStep, Task } from './case.ts';
import { newCase, TaskState } from './case.ts';
import type { DecisionQuality } from './decision-quality.ts';
import type { PhaseType, TaskPlan } from './plan.ts';
import { planPhases } from './plan.ts';
import type { Recorder } from './recorder.ts';
import { removeTask, TaskPool } from './tasks.ts';
import { WaitingList } from './waiting-list.ts';
import { taskHoursPerWeek } from './workload.ts';

const LATE_EPSILON = 1e-6;
/** Tasks due this soon after the last day are still created (they may be worked before it). */
const LOOKAHEAD_DAYS = 28;
/** Pressure counts the task hours that fell due in this many days before a sample. */
export const PRESSURE_WINDOW_DAYS = 28;

export class Department implements AdvisorHost {
  readonly phases: PhaseType[];
  readonly advisors: Advisor[] = [];
  /** Advisors below their cap, least loaded first: who takes the next case. */
  private readonly belowCap = new AllocationIndex<Advisor>((a) => a.cases.size < a.cap);
  /** Under `overfill`, advisors below the hard maximum: who takes a case when everyone is at the cap. */
  private readonly belowHardMax: AllocationIndex<Advisor> | null;
  /** See {@link atWork}: null until the first hand-over. */
  private atWorkIndex: AllocationIndex<Advisor> | null = null;
  readonly waiting = new WaitingList();
  openCases = 0;
  /** Cases that arrived from outside so far. */
  arrivals = 0;
  /**
   * Task hours by the day they fell due (index = floor(day) + {@link PRESSURE_WINDOW_DAYS}),
   * done or not: the demand side of the pressure measure. A task that arises already overdue
   * falls due the day it arises. Tasks that lapse unneeded (their phase ended) are taken out.
   */
  readonly dueHours: Float64Array;
  private caseSeq = 0;
  private readonly taskPool = new TaskPool();
  private readonly overfill: boolean;
  private readonly elementCount: number;
  /** Terms every post shares; the cap changes at week 0 when today's differs from the scenario's. */
  readonly terms: AdvisorTerms;
  /** Open cases per productive FTE in the department, updated weekly (the placement response reads it). */
  caseloadNow: number;
  private readonly paths: CasePaths;
  readonly spending: Spending;
  /** Contact multiplier of the scenario's practice: 1 (today's) before week 0. */
  private contactFactor = 1;
  /** Follow-up interval of the scenario's practice, days: null (each task's own) before week 0. */
  private followUpEvery: Days | null = null;

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
    this.dueHours = new Float64Array(Math.ceil(endDay) + LOOKAHEAD_DAYS + PRESSURE_WINDOW_DAYS + 1);
    // The weeks before day 0 are taken to have run at steady state (their cases are gone).
    this.dueHours.fill(taskHoursPerWeek(scenario) / 7, 0, PRESSURE_WINDOW_DAYS);
    this.overfill = scenario.allocation.policy === 'overfill';
    this.belowHardMax = this.overfill ? new AllocationIndex<Advisor>((a) => a.cases.size < a.hardMax) : null;
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

  /**
   * Week 0: the scenario's practice starts (`practice`): every running case gets its contact
   * times the factor at once; follow-ups come at the new interval for phases that start from now
   * (an open case keeps the schedule it was given until its phase changes).
   */
  startPractice(now: Days): void {
    const { contactFactor, followUpEveryDays } = this.scenario.practice;
    this.followUpEvery = followUpEveryDays;
    if (contactFactor === this.contactFactor) return;
    for (const a of this.advisors) {
      for (const c of a.cases) {
        if (c.contact === 0) continue;
        const more = c.contact * (contactFactor / this.contactFactor - 1);
        c.contact += more;
        a.addContact(more, now);
      }
    }
    this.contactFactor = contactFactor;
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
    this.reindex(advisor);
  }

  /**
   * Every advisor at work, least loaded first, caps ignored: who takes a leaving colleague's
   * cases. Built at the first hand-over and kept up to date from then on: building it afresh for
   * each departure cost O(posts) per departure, so its share grew with the department (4 % at
   * 60x); kept from the start, it cost every case a third index update in runs without
   * departures (the M/M/c benchmark).
   */
  atWork(): AllocationIndex<Advisor> {
    if (!this.atWorkIndex) {
      this.atWorkIndex = new AllocationIndex<Advisor>((a) => a.active && a.productiveFte > 0);
      for (const a of this.advisors) this.atWorkIndex.update(a);
    }
    return this.atWorkIndex;
  }

  /** Re-places an advisor in every allocation index: call whenever its cases, cap or capacity change. */
  reindex(advisor: Advisor): void {
    this.belowCap.update(advisor);
    this.belowHardMax?.update(advisor);
    this.atWorkIndex?.update(advisor);
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
    return newCase(this.caseSeq++, phase, origin, ordinal, arrival, urgent, steps);
  }

  /** A new case from outside: the least loaded advisor below the cap takes it, or it waits. */
  admit(c: Case, now: Days): void {
    this.recorder.arrived();
    this.enterArrivalDeadlines(c);
    const advisor = this.pickAdvisor();
    if (advisor) this.assign(c, advisor, now);
    else this.wait(c);
  }

  /**
   * Puts a case on the waiting list. The law's clock runs from notification, not from
   * allocation: the first deadline of each of the phase's start tasks is entered now, so that
   * it falls due (and is missed) while the child waits.
   */
  wait(c: Case): void {
    for (const plan of c.phase.startTasks) {
      const due = c.arrival + plan.spec.dueDays;
      this.recorder.deadlines.enter(due, plan, 1);
      if (due < c.openDeadline) c.openDeadline = due;
    }
    c.startEntered = true;
    this.waiting.push(c);
  }

  /** Enters the first phase's end deadlines counted from arrival (an investigation's 4 months), known from day one. */
  enterArrivalDeadlines(c: Case): void {
    for (const plan of c.phase.endTasks) {
      if (plan.spec.dueFrom === 'arrival') this.recorder.deadlines.enter(c.arrival + plan.spec.dueDays, plan, 1);
    }
    c.openDeadline = Math.min(c.openDeadline, this.arrivalEndDeadline(c));
    c.endEntered = true;
  }

  /** The advisor with the fewest cases per productive FTE below the cap (overfill: below the hard maximum). */
  pickAdvisor(): Advisor | null {
    // Called for every arrival and every freed slot: an index, not a scan (allocation-index.ts).
    return this.belowCap.best() ?? this.belowHardMax?.best() ?? null;
  }

  /**
   * Allocates `c` to `advisor` and starts its phase; a case open before the run starts
   * joins `midPhase`, that many days into a phase of the given total duration.
   */
  assign(c: Case, advisor: Advisor, now: Days, midPhase?: { elapsed: Days; duration: Days }): void {
    c.advisor = advisor;
    c.allocatedAt = now;
    advisor.cases.add(c);
    this.reindex(advisor);
    this.openCases++;
    if (!midPhase) this.recorder.allocated(now - c.arrival);
    this.startPhase(c, c.phase, now, midPhase?.elapsed ?? 0, midPhase?.duration);
  }

  /** Serves the waiting list (urgent cases first, then those who can still be helped on time) while any advisor has room. */
  serveWaiting(now: Days): void {
    while (this.waiting.size > 0) {
      const advisor = this.pickAdvisor();
      if (!advisor) return;
      this.assign(this.waiting.shift(now) as Case, advisor, now);
    }
  }

  private startPhase(c: Case, phase: PhaseType, now: Days, elapsed: Days, duration?: Days): void {
    const advisor = c.advisor as Advisor;
    c.phase = phase;
    c.phaseStart = now - elapsed;
    const end = c.phaseStart + (duration ?? (c.steps[c.step] as PathStep).duration);
    c.contact = phase.contactPerWeek * this.contactFactor;
    advisor.addContact(c.contact, now);
    // Tasks due shortly after the last day still count toward pressure in its final weeks.
    const horizon = Math.min(end, this.endDay + LOOKAHEAD_DAYS);
    // A case that waited keeps the deadlines that ran from notification.
    const waited = c.startEntered;
    const anchor = waited ? c.arrival : c.phaseStart;
    for (const plan of phase.startTasks) {
      const { dueFrom, dueDays, windowDays } = plan.spec;
      const repeatEveryDays = this.repeatOf(plan);
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
    c.openDeadline = c.endEntered ? this.arrivalEndDeadline(c) : Infinity;
    c.phaseEndTimer = end <= this.endDay ? this.kernel.at(end - now, this.endPhase, this, c) : null;
  }

  /** How often a start task recurs under the practice in force (null: once); follow-ups take the practice's interval. */
  private repeatOf(plan: TaskPlan): Days | null {
    const every = plan.spec.repeatEveryDays;
    return plan.isFollowUp && every !== null ? (this.followUpEvery ?? every) : every;
  }

  /**
   * At the horizon, a child still waiting is owed every follow-up that fell due while it
   * waited, not only the first (entered by {@link wait}); each is missed. A child an advisor
   * took has them entered by {@link startPhase}. Without this, fewer advisors would hide the
   * follow-ups of the children they leave waiting, and the late share would look better for it.
   * Entered once the run is over, which is when the ledger is read.
   */
  enterWaitingRepeats(): void {
    for (const c of this.waiting) {
      for (const plan of c.phase.startTasks) {
        const every = this.repeatOf(plan);
        if (every === null) continue;
        for (let due = c.arrival + plan.spec.dueDays + every; due <= this.endDay; due += every) this.recorder.deadlines.enter(due, plan, 1);
      }
    }
  }

  /** The earliest end deadline of the case's phase counted from arrival (Infinity if none). */
  private arrivalEndDeadline(c: Case): Days {
    let earliest = Infinity;
    for (const plan of c.phase.endTasks) {
      if (plan.spec.dueFrom === 'arrival') earliest = Math.min(earliest, c.arrival + plan.spec.dueDays);
    }
    return earliest;
  }

  /**
   * Creates a task. Its deadline enters the ledger now (on the day it arises, if already
   * overdue) unless it was `entered` when its date became known.
   */
  private schedule(c: Case, plan: TaskPlan, due: Days, release: Days, now: Days, entered = false): void {
    const task = this.taskPool.take(c, plan, due);
    c.tasks.push(task);
    this.ledger(Math.max(due, now), plan.hours);
    if (!entered) this.recorder.deadlines.enter(Math.max(due, now), plan, 1);
    if (release <= now) (c.advisor as Advisor).enqueue(task, now);
    else if (release <= this.endDay) task.releaseTimer = this.kernel.at(release - now, this.release, this, task);
  }

  private ledger(day: Days, hours: number): void {
    const i = Math.floor(day) + PRESSURE_WINDOW_DAYS;
    if (i >= 0 && i < this.dueHours.length) this.dueHours[i] = (this.dueHours[i] as number) + hours;
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
        this.ledger(task.due, -task.plan.hours);
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

  /**
   * Draws each legal element: missing with p = b + (1 − b) g(s), where s is the share of
   * documentation cut and b = base × k(caseload) the chance of missing it with full time, which
   * grows with the deciding advisor's caseload (decision-quality.ts).
   */
  private decide(c: Case, plan: TaskPlan, cut: number, advisor: Advisor): void {
    const s = plan.documentationHours > 0 ? Math.min(1, cut / plan.documentationHours) : 0;
    const b = this.quality.baseAt(advisor.cases.size / advisor.productiveFte);
    const p = b + (1 - b) * this.quality.g(s);
    let missing = false;
    // Every element is drawn, missing or not, so the error stream stays aligned across scenarios.
    if (Number.isNaN(c.aleaS0)) this.streams.seed(c, `e${c.origin}/${c.ordinal}`);
    for (let e = 0; e < this.elementCount; e++) if (nextAlea(c) < p) missing = true;
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
    this.reindex(advisor);
    c.advisor = null;
    this.openCases--;
    this.serveWaiting(now);
  }
}
