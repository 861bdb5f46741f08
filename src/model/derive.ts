/**
 * Figures that follow from the scenario alone, before any simulation: what the council can
 * check on the back of an envelope, and what the simulation is validated against.
 */
import type { Scenario } from '../scenario/types.ts';
import { DAYS_PER_WEEK } from '../scenario/units.ts';
import { phaseInflowPerWeek } from './flows.ts';
import { intakeMultiplier } from './intake.ts';
import { requiredFte } from './workload.ts';
import { withTaskHours } from './assumptions.ts';

/** Closed-form figures computed from the scenario alone, before any simulation. */
export interface Derived {
  /** Total case slots: sum over advisors of their cap. */
  caseSlots: number;
  /** External arrivals per day, at the horizon (after growth, without seasonality). */
  arrivalsPerDay: number;
  /** Mean days a case stays allocated over all its phases, per external arrival. */
  meanDurationDays: number;
  horizonDays: number;
  /** FTE at which demand equals capacity at the horizon's intake: sum(open cases x hours per case-week) / productive hours per FTE. */
  requiredFteByWorkloadFormula: number;
}

/** Total cap over the posts once the hiring plan has run (whole posts plus a part-time post for the remainder), all filled. */
export function caseSlots(scenario: Scenario): number {
  const { caseCap, hiring } = scenario.advisors;
  const fte = scenario.advisors.fte + hiring.reduce((sum, step) => sum + step.fte, 0);
  const whole = Math.floor(fte + 1e-9);
  return whole * Math.floor(caseCap + 1e-9) + Math.floor(caseCap * (fte - whole) + 1e-9);
}

/** Intake relative to the base rate once growth has run its course by the horizon. */
export function intakeFactorAtHorizon(scenario: Scenario): number {
  const horizonDays = scenario.simulation.horizonWeeks * DAYS_PER_WEEK;
  return intakeMultiplier({ ...scenario.intake, seasonality: { amplitudeShare: 0, peakWeek: 0 } }, horizonDays);
}

export function derive(scenario: Scenario): Derived {
  const factor = intakeFactorAtHorizon(scenario);
  const external = scenario.caseTypes.reduce((sum, t) => sum + t.arrivalsPerWeek, 0);
  const inflow = phaseInflowPerWeek(scenario, 1);
  const caseDays = scenario.caseTypes.reduce((sum, t, i) => sum + (inflow[i] as number) * t.duration.meanDays, 0);
  return {
    caseSlots: caseSlots(scenario),
    arrivalsPerDay: (external * factor) / DAYS_PER_WEEK,
    meanDurationDays: external > 0 ? caseDays / external : 0,
    horizonDays: scenario.simulation.horizonWeeks * DAYS_PER_WEEK,
    requiredFteByWorkloadFormula: requiredFte(withTaskHours(scenario), factor),
  };
}
