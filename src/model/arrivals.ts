/**
 * New cases from outside. Each case type has its own unit-rate Poisson stream whose k-th
 * event is mapped through the inverse cumulative intake rate (intake.ts), and its own
 * attribute stream from which the k-th case draws in a fixed order: common random numbers
 * across scenarios that differ in intake, staffing or anything else. More intake moves the
 * same cases earlier and adds more; it never reshuffles them.
 */
import { exponential } from '../random/distributions.ts';
import type { Rng } from '../random/streams.ts';
import type { Department } from './department.ts';
import type { IntakeProfile } from './intake.ts';
import type { PhaseType } from './plan.ts';

interface ArrivalProcess {
  readonly dept: Department;
  readonly profile: IntakeProfile;
  readonly phase: PhaseType;
  readonly times: Rng;
  readonly attributes: Rng;
  readonly perDay: number;
  /** Cumulative unit-rate level of the next arrival. */
  level: number;
  /** Search hint for the inverse cumulative rate. */
  day: number;
  count: number;
}

/** Starts the arrival process of every case type with a positive rate. */
export function startArrivals(dept: Department, profile: IntakeProfile): void {
  for (const phase of dept.phases) {
    const perDay = phase.spec.arrivalsPerWeek / 7;
    if (perDay <= 0) continue;
    scheduleNext({
      dept,
      profile,
      phase,
      times: dept.streams.stream(`a${phase.index}`),
      attributes: dept.streams.stream(`c${phase.index}`),
      perDay,
      level: 0,
      day: 0,
      count: 0,
    });
  }
}

function scheduleNext(p: ArrivalProcess): void {
  p.level += exponential(p.times, 1) / p.perDay;
  const { time, day } = p.profile.invert(p.level, p.day);
  p.day = day;
  if (time <= p.dept.endDay) p.dept.kernel.at(time - p.dept.now(), arrive, p);
}

function arrive(this: ArrivalProcess): void {
  const dept = this.dept;
  const now = dept.now();
  dept.arrivals++;
  const c = dept.createCase(this.phase, this.phase.index, this.count++, now, this.attributes);
  dept.admit(c, now);
  scheduleNext(this);
}
