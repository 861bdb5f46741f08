/**
 * New cases from outside. Each case type has its own unit-rate Poisson stream whose k-th
 * event is mapped through the inverse cumulative intake rate (intake.ts), and the k-th case
 * of a type always gets the same attribute and error streams: common random numbers across
 * scenarios that differ in intake, staffing or anything else.
 */
import { exponential } from '../random/distributions.ts';
import type { Rng } from '../random/streams.ts';
import type { Days } from '../scenario/units.ts';
import type { Department } from './department.ts';
import type { IntakeProfile } from './intake.ts';
import type { PhaseType } from './plan.ts';

interface ArrivalProcess {
  readonly phase: PhaseType;
  readonly rng: Rng;
  readonly perDay: number;
  level: number;
  day: number;
  count: number;
}

/** Starts the arrival process of every case type with a positive rate. */
export function startArrivals(dept: Department, profile: IntakeProfile): void {
  for (const phase of dept.phases) {
    const perDay = phase.spec.arrivalsPerWeek / 7;
    if (perDay <= 0) continue;
    const process: ArrivalProcess = {
      phase,
      rng: dept.streams.stream(`a${phase.index}`),
      perDay,
      level: 0,
      day: 0,
      count: 0,
    };
    scheduleNext(dept, profile, process, 0);
  }
}

function scheduleNext(dept: Department, profile: IntakeProfile, p: ArrivalProcess, now: Days): void {
  p.level += exponential(p.rng, 1) / p.perDay;
  const { time, day } = profile.invert(p.level, p.day);
  p.day = day;
  if (time > dept.endDay) return;
  dept.clock.setTimer(time - now).done(() => {
    const at = dept.now();
    const key = `${p.phase.index}/${p.count++}`;
    dept.admit(dept.createCase(p.phase, key, at), at);
    scheduleNext(dept, profile, p, at);
  }, dept);
}
