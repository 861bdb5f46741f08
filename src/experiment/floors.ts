/**
 * Floors no number of advisors can push a figure below, read from the scenario's assumptions:
 * an investigation whose own length (drawn from its assumed distribution) runs past its
 * deadline is late even if an advisor takes it the day it arrives. A target below the floor
 * would make goal seek hire without end, so the answer says so where the user reads it.
 */
import { lognormalParams, normalQuantile } from '../random/distributions.ts';
import type { CaseType, Scenario } from '../scenario/types.ts';
import { formatTarget, type Target } from './targets.ts';

/**
 * The share of investigations (case types with an investigation end task due from arrival)
 * whose phase alone outlasts the deadline, weighted by arrivals: a lower bound on
 * `investigationsLateShare`, since the closing work and any wait come on top.
 */
export function investigationLateFloor(s: Scenario): { share: number; meanDays: number; dueDays: number } | null {
  let weight = 0;
  let late = 0;
  let meanDays = 0;
  let dueDays = 0;
  for (const type of s.caseTypes) {
    const task = type.tasks.find((t) => t.kind === 'investigation' && t.trigger === 'end' && t.dueFrom === 'arrival');
    if (!task || type.arrivalsPerWeek <= 0) continue;
    weight += type.arrivalsPerWeek;
    late += type.arrivalsPerWeek * outlasts(type, task.dueDays);
    meanDays += type.arrivalsPerWeek * type.duration.meanDays;
    dueDays += type.arrivalsPerWeek * task.dueDays;
  }
  return weight > 0 ? { share: late / weight, meanDays: meanDays / weight, dueDays: dueDays / weight } : null;
}

/** P(duration > days) for the case type's phase duration. */
function outlasts(type: CaseType, days: number): number {
  const { distribution, meanDays, cv } = type.duration;
  if (distribution === 'fixed' || (distribution === 'lognormal' && cv === 0)) return meanDays > days ? 1 : 0;
  if (distribution === 'exponential') return Math.exp(-days / meanDays);
  const { mu, sigma } = lognormalParams(meanDays, cv);
  return 1 - normalCdf((Math.log(days) - mu) / sigma);
}

/** Φ(z) by bisection on the normal quantile the model draws with (so the two agree). */
function normalCdf(z: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (normalQuantile(mid) < z) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A target on late investigations near the floor that their assumed length sets. */
export function floorNotes(scenario: Scenario, targets: readonly Target[]): string[] {
  const floor = investigationLateFloor(scenario);
  if (!floor) return [];
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return targets
    .filter((t) => t.op === '<=' && (t.metric === 'investigationsLateShare' || t.metric === 'investigationsLateShareLastYear'))
    .map(
      (t) =>
        `${formatTarget(t)}: at least ${pct(floor.share)} of investigations outlast their ${Math.round(floor.dueDays)} days by their own length ` +
        `(mean ${Math.round(floor.meanDays)} days, an assumption), however many advisors there are; ` +
        (t.value <= floor.share ? 'this target cannot be met' : `the target is ${((t.value - floor.share) * 100).toFixed(1)} points above that floor`),
    );
}
