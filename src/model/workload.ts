/**
 * The classic workload-study formula in closed form: hours each phase asks of an advisor,
 * and the FTE at which demand equals capacity,
 *   required FTE = sum over phases (open cases x hours per case-week) / productive hours per FTE.
 */
import { lognormalParams } from '../random/distributions.ts';
import type { CaseType, Scenario, StaffingSettings } from '../scenario/types.ts';
import type { Days, Hours, Share } from '../scenario/units.ts';
import { DAYS_PER_YEAR } from '../scenario/units.ts';
import { phaseInflowPerWeek } from './flows.ts';
import { math } from '../formula/math.ts';

const { erf } = math;

/** P(phase duration >= d). */
export function survival(type: CaseType, d: Days): number {
  const { distribution, meanDays, cv } = type.duration;
  if (d <= 0) return 1;
  if (distribution === 'fixed' || (distribution === 'lognormal' && cv === 0)) return meanDays >= d ? 1 : 0;
  if (distribution === 'exponential') return Math.exp(-d / meanDays);
  const { mu, sigma } = lognormalParams(meanDays, cv);
  return 0.5 * (1 - erf((Math.log(d) - mu) / (sigma * Math.SQRT2)));
}

/** Expected occurrences of a start task within one phase (due dates that fall before its end). */
export function expectedOccurrences(type: CaseType, dueDays: Days, repeatEveryDays: Days | null): number {
  if (repeatEveryDays === null) return survival(type, dueDays);
  let total = 0;
  for (let due = dueDays, k = 0; k < 100_000; due += repeatEveryDays, k++) {
    const p = survival(type, due);
    total += p;
    if (p < 1e-12) break;
  }
  return total;
}

/** Expected task hours of one phase of this type. */
export function taskHoursPerPhase(type: CaseType): Hours {
  return type.tasks.reduce(
    (sum, t) => sum + t.hours * (t.trigger === 'end' ? 1 : expectedOccurrences(type, t.dueDays, t.repeatEveryDays)),
    0,
  );
}

/**
 * The case types as the scenario's practice runs them (contact times `practice.contactFactor`,
 * follow-ups at `practice.followUpEveryDays`): what the workload formula and the department
 * after week 0 work with.
 */
export function practised(scenario: Scenario): Scenario {
  const { contactFactor, followUpEveryDays } = scenario.practice;
  if (contactFactor === 1 && followUpEveryDays === null) return scenario;
  return {
    ...scenario,
    caseTypes: scenario.caseTypes.map((t) => ({
      ...t,
      contactHoursPerWeek: t.contactHoursPerWeek * contactFactor,
      tasks: t.tasks.map((task) =>
        task.kind === 'followUp' && task.repeatEveryDays !== null && followUpEveryDays !== null ? { ...task, repeatEveryDays: followUpEveryDays } : task,
      ),
    })),
  };
}

/** Milestone-task hours falling due per week in steady state, at the given intake factor. */
export function taskHoursPerWeek(scenario: Scenario, intakeFactor = 1): Hours {
  const inflow = phaseInflowPerWeek(scenario, intakeFactor);
  return scenario.caseTypes.reduce((sum, type, i) => sum + (inflow[i] as number) * taskHoursPerPhase(type), 0);
}

/** Advisor hours demanded per week in steady state, at the given intake factor. */
export function demandHoursPerWeek(scenario: Scenario, intakeFactor = 1): Hours {
  const inflow = phaseInflowPerWeek(scenario, intakeFactor);
  return scenario.caseTypes.reduce((sum, type, i) => {
    const perPhase = type.contactHoursPerWeek * (type.duration.meanDays / 7) + taskHoursPerPhase(type);
    return sum + (inflow[i] as number) * perPhase;
  }, 0);
}

/**
 * A post's renewal cycle under turnover: vacant for the recruitment delay D, then held for a
 * tenure T ~ Exp(λ), the first O days of it at the onboarding share s. Over a cycle of
 * D + 1/λ days the post is vacant D/(D + 1/λ) of the time and onboarding
 * E[min(T, O)]/(D + 1/λ) = (1 − e^(−λO))/λ/(D + 1/λ) of it.
 */
export function postCycle(staffing: StaffingSettings): { vacant: Share; onboarding: Share } {
  const { attritionPerYear, recruitmentDelayDays: d, onboardingDays: o } = staffing;
  if (attritionPerYear <= 0) return { vacant: 0, onboarding: 0 };
  const lambda = attritionPerYear / DAYS_PER_YEAR;
  const cycle = d + 1 / lambda;
  return { vacant: d / cycle, onboarding: (1 - Math.exp(-lambda * o)) / lambda / cycle };
}

/** Expected productive FTE per post under turnover (1 without): what the workload formula divides by. */
export function postAvailability(staffing: StaffingSettings): Share {
  const { vacant, onboarding } = postCycle(staffing);
  return 1 - vacant - onboarding * (1 - staffing.onboardingCapacityShare);
}

/**
 * Posts at which steady-state demand equals capacity: the workload formula's FTE, divided by
 * the capacity a post yields on average when people leave, posts stand vacant and newcomers
 * onboard. The formula counts posts, not people, so that pressure crosses 1 at its figure.
 */
export function requiredFte(scenario: Scenario, intakeFactor = 1): number {
  const { hoursPerWeek, productiveShare, staffing } = scenario.advisors;
  return demandHoursPerWeek(practised(scenario), intakeFactor) / (hoursPerWeek * productiveShare) / postAvailability(staffing);
}
