/**
 * Posts and the people in them. A post is vacant (recruiting for `recruitmentDelayDays`),
 * onboarding (at `onboardingCapacityShare` of capacity and cap for `onboardingDays`) or
 * productive. People leave at the attrition rate, times f(pressure); their cases and queued
 * tasks go to the colleagues with the fewest cases (as two in three municipalities do), and the
 * post recruits again. The hiring plan opens posts (which recruit and onboard like
 * replacements) or closes them (vacant ones first, then the newest, whose holders hand their
 * cases over). Before week 0 the department runs as today (`simulation.warmupFte`,
 * `warmupCaseCap`); at week 0 posts and cap become the scenario's at once.
 *
 * Staff cost counts filled posts (onboarding included) by the day, plus the recruitment cost
 * each time a post is filled.
 */
import type { Days, Fte } from '../scenario/units.ts';
import { DAYS_PER_WEEK, DAYS_PER_YEAR } from '../scenario/units.ts';
import { DailyAccrual } from './accrual.ts';
import type { Advisor } from './advisor.ts';
import type { Department } from './department.ts';
import { multiplier, type Multiplier } from '../formula/multiplier-curve.ts';
import { measurePressure } from './observer.ts';
import { postCycle } from './workload.ts';
import type { Rng } from '../random/streams.ts';

const EPSILON = 1e-9;

export class Posts {
  /** Filled FTE by the day (FTE-days): staff cost is this times the cost per FTE-day. */
  readonly filled: DailyAccrual;
  /** Open but unfilled FTE by the day. */
  readonly vacant: DailyAccrual;
  /** Recruitment cost, DKK, on the day a post is filled. */
  readonly recruitment: DailyAccrual;
  /** Departures by day. */
  readonly departures: DailyAccrual;
  private readonly attrition: Multiplier;
  private readonly streams = new Map<Advisor, Rng>();
  /** Departures pending per post: a post's person may leave only once per generation. */
  private readonly leaving = new Set<Advisor>();

  constructor(private readonly dept: Department) {
    const days = Math.ceil(dept.endDay);
    this.filled = new DailyAccrual(days);
    this.vacant = new DailyAccrual(days);
    this.recruitment = new DailyAccrual(days);
    this.departures = new DailyAccrual(days);
    this.attrition = multiplier(dept.scenario.advisors.staffing.attritionPressureCurve, 'p');
  }

  /** Opens today's posts, and schedules the weekly staffing round, week 0's change and the hiring plan. */
  start(warmupDays: Days): void {
    const { simulation, advisors } = this.dept.scenario;
    this.open(simulation.warmupFte ?? advisors.fte, 0, true);
    this.settle();
    this.dept.kernel.at(0, this.round, this);
    this.dept.kernel.at(warmupDays, () => this.weekZero(), this);
    for (const step of advisors.hiring) {
      const at = warmupDays + step.week * DAYS_PER_WEEK;
      if (at > this.dept.endDay) continue;
      this.dept.kernel.at(at, () => (step.fte > 0 ? this.open(step.fte, this.dept.now(), false) : this.close(-step.fte, this.dept.now())), this);
    }
  }

  /**
   * Day 0 with turnover: each post in the state the renewal cycle (workload.ts) gives it on an
   * average day: vacant with part of the recruitment delay left, onboarding some way in, or
   * productive. So vacancies are there from the start rather than building up.
   */
  private settle(): void {
    const { staffing } = this.dept.scenario.advisors;
    const { vacant, onboarding } = postCycle(staffing);
    if (vacant + onboarding <= 0) return;
    const lambda = staffing.attritionPerYear / DAYS_PER_YEAR;
    for (const post of this.dept.advisors) {
      const rng = this.rng(post);
      const u = rng();
      const v = rng();
      if (u < vacant) {
        this.filled.over(-post.fte, 0, Infinity);
        post.setFactor(false, 0, 0);
        this.recruit(post, 0, v * staffing.recruitmentDelayDays);
      } else if (u < vacant + onboarding) {
        // Time since the start: density ∝ P(still in post) = e^(−λa) on [0, O].
        const age = -Math.log(1 - v * (1 - Math.exp(-lambda * staffing.onboardingDays))) / lambda;
        this.onboard(post, 0, post.generation, staffing.onboardingDays - age);
      }
    }
  }

  private rng(post: Advisor): Rng {
    let rng = this.streams.get(post);
    if (!rng) {
      rng = this.dept.streams.stream(`staff/${post.index}`);
      this.streams.set(post, rng);
    }
    return rng;
  }

  /** Week 0: posts and cap become the scenario's at once ("already in post"). */
  private weekZero(): void {
    const now = this.dept.now();
    const { simulation, advisors } = this.dept.scenario;
    const change = advisors.fte - (simulation.warmupFte ?? advisors.fte);
    if (change > EPSILON) this.open(change, now, true);
    if (change < -EPSILON) this.close(-change, now);
    if (this.dept.terms.caseCap !== advisors.caseCap) this.dept.setCaseCap(advisors.caseCap, now);
  }

  /** Opens `fte` of posts: whole posts and one part-time post for the remainder; filled at once, or recruiting. */
  private open(fte: Fte, now: Days, filled: boolean): void {
    const whole = Math.floor(fte + EPSILON);
    const sizes = Array.from({ length: whole }, () => 1);
    if (fte - whole > EPSILON) sizes.push(fte - whole);
    for (const size of sizes) {
      const post = this.dept.addPost(size, filled);
      if (filled) this.filled.over(size, now, Infinity);
      else this.recruit(post, now);
    }
    if (filled) this.dept.serveWaiting(now);
  }

  /** Closes `fte` of posts: unfilled ones first, newest first, then filled ones, whose holders hand their cases over. */
  private close(fte: Fte, now: Days): void {
    let left = fte;
    const newestFirst = [...this.dept.advisors].reverse().filter((a) => a.open);
    for (const post of [...newestFirst.filter((a) => !a.active), ...newestFirst.filter((a) => a.active)]) {
      if (left <= EPSILON) break;
      const cut = Math.min(post.fte, left);
      left -= cut;
      if (post.active) this.filled.over(-cut, now, Infinity);
      else this.vacant.over(-cut, now, Infinity);
      if (cut >= post.fte - EPSILON) {
        if (post.active) this.handOver(post, now);
        post.open = false;
        post.generation++;
      } else {
        post.retune(now, post.fte - cut);
      }
    }
  }

  /** The post stands vacant for the recruitment delay (or what is `left` of it), then its new holder starts onboarding. */
  private recruit(post: Advisor, now: Days, left?: Days): void {
    const { recruitmentDelayDays, onboardingDays, recruitmentCostDkk } = this.dept.scenario.advisors.staffing;
    this.vacant.over(post.fte, now, Infinity);
    const generation = ++post.generation;
    this.dept.kernel.at(left ?? recruitmentDelayDays, () => {
      if (!post.open || post.generation !== generation) return;
      const start = this.dept.now();
      this.vacant.over(-post.fte, start, Infinity);
      this.filled.over(post.fte, start, Infinity);
      this.recruitment.at(recruitmentCostDkk * post.fte, start);
      this.onboard(post, start, generation, onboardingDays);
      this.dept.serveWaiting(start);
    }, this);
  }

  /** The holder works at the onboarding share for `left` days, then fully. */
  private onboard(post: Advisor, now: Days, generation: number, left: Days): void {
    post.setFactor(true, this.dept.scenario.advisors.staffing.onboardingCapacityShare, now);
    this.dept.kernel.at(left, () => {
      if (post.open && post.active && post.generation === generation) post.setFactor(true, 1, this.dept.now());
    }, this);
  }

  /**
   * Once a week: the department's caseload for the placement response, and for each filled
   * post whether its holder leaves during the coming week. Each post draws two uniforms a week
   * from its own stream, used or not, so a post's departures line up across scenarios.
   */
  private round(): void {
    const dept = this.dept;
    const now = dept.now();
    let productive = 0;
    for (const a of dept.advisors) productive += a.productiveFte;
    if (productive > 0) dept.caseloadNow = dept.openCases / productive;
    const { attritionPerYear } = dept.scenario.advisors.staffing;
    if (attritionPerYear > 0) {
      const pressure = measurePressure(dept, now);
      const rate = attritionPerYear * this.attrition(Number.isFinite(pressure) ? pressure : 0);
      const chance = 1 - Math.exp((-rate * DAYS_PER_WEEK) / DAYS_PER_YEAR);
      for (const post of dept.advisors) {
        if (!post.open) continue;
        const rng = this.rng(post);
        const u = rng();
        const when = rng();
        if (!post.active || this.leaving.has(post) || u >= chance) continue;
        const at = now + when * DAYS_PER_WEEK;
        if (at > dept.endDay) continue;
        this.leaving.add(post);
        const generation = post.generation;
        dept.kernel.at(at - now, () => {
          this.leaving.delete(post);
          if (post.open && post.active && post.generation === generation) this.leave(post);
        }, this);
      }
    }
    if (now + DAYS_PER_WEEK <= dept.endDay) dept.kernel.at(DAYS_PER_WEEK, this.round, this);
  }

  /** The holder leaves: cases handed over, the post recruits again. */
  private leave(post: Advisor): void {
    const now = this.dept.now();
    this.departures.at(1, now);
    this.filled.over(-post.fte, now, Infinity);
    this.handOver(post, now);
    this.recruit(post, now);
  }

  /** Empties a post: its cases and queued tasks go to the colleagues with the fewest cases (ignoring the cap). */
  private handOver(post: Advisor, now: Days): void {
    const dept = this.dept;
    const colleagues = dept.allocation.atWork();
    if (colleagues.size === (colleagues.has(post) ? 1 : 0)) {
      // Nobody to hand over to: the cases wait in the vacant post for the next holder.
      post.setFactor(false, 0, now);
      return;
    }
    const tasks = post.takeQueue(now);
    const cases = post.cases.takeAll();
    dept.allocation.reindex(post);
    post.addContact(-post.contactPerWeek, now);
    post.setFactor(false, 0, now);
    // The post is vacant now, so not among those at work.
    for (const c of cases) {
      const to = colleagues.best() as Advisor;
      c.advisor = to;
      to.cases.add(c);
      dept.allocation.reindex(to);
      to.addContact(c.contact, now);
      for (const t of tasks) if (t.owner === c) to.enqueue(t, now);
    }
  }
}
