/**
 * What the measures cost. Each child's need runs on its own clock from notification: the path
 * of phases and their lengths is set when the municipality learns of the child (department.ts),
 * and each phase costs its case type's yearly cost, placements foster or residential care,
 * accrued by the day from that clock. Spending on measures therefore does not depend on how fast
 * advisors work or how long a child waits for one (that harm is counted in deadlines and
 * children let down); it changes only through the placement response. With the response off
 * (h = 1), two scenarios that share a seed spend exactly the same on measures.
 */
import type { Scenario } from '../scenario/types.ts';
import { DAYS_PER_YEAR } from '../scenario/units.ts';
import type { Days } from '../scenario/units.ts';
import { DailyAccrual } from './accrual.ts';
import type { PathStep } from './case.ts';

export class Spending {
  readonly preventive: DailyAccrual;
  readonly placement: DailyAccrual;
  /** Placements started, by day. */
  readonly placementsStarted: DailyAccrual;
  private readonly foster: number;
  private readonly residential: number;

  constructor(
    private readonly scenario: Scenario,
    days: number,
  ) {
    this.preventive = new DailyAccrual(days);
    this.placement = new DailyAccrual(days);
    this.placementsStarted = new DailyAccrual(days);
    this.foster = scenario.costs.fosterCarePerYearDkk / DAYS_PER_YEAR;
    this.residential = scenario.costs.residentialCarePerYearDkk / DAYS_PER_YEAR;
  }

  /** Costs a child's whole path, its first phase starting at `start` (before 0 for a case open at the start). */
  cost(steps: readonly PathStep[], start: Days): void {
    let t = start;
    for (const step of steps) {
      const spec = step.phase.spec;
      if (spec.isPlacement) {
        this.placement.over(step.residential ? this.residential : this.foster, t, t + step.duration);
        this.placementsStarted.at(1, t);
      } else if (spec.costPerYearDkk > 0) {
        this.preventive.over(spec.costPerYearDkk / DAYS_PER_YEAR, t, t + step.duration);
      }
      t += step.duration;
    }
  }
}
