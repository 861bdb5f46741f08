/**
 * The intake rate over time (growth step or ramp, yearly seasonality) and arrival times by
 * inversion of its cumulative. Each case type runs a unit-rate Poisson process from its own
 * stream and maps the k-th event through the inverse cumulative rate: with common random
 * numbers, more intake moves the same cases earlier and adds more, never reshuffles them.
 */
import type { IntakeSettings } from '../scenario/types.ts';
import type { Days } from '../scenario/units.ts';
import { DAYS_PER_WEEK, WEEKS_PER_YEAR } from '../scenario/units.ts';

/** Intake multiplier relative to the base rate at projection day `t` (0 = start of the horizon). */
export function intakeMultiplier(intake: IntakeSettings, t: Days): number {
  const { growth, seasonality } = intake;
  const start = growth.startWeek * DAYS_PER_WEEK;
  let factor = 1;
  if (growth.kind === 'step' && t >= start) factor += growth.percent / 100;
  if (growth.kind === 'ramp' && t >= start) {
    factor += (growth.percent / 100) * Math.min(1, (t - start) / (growth.rampWeeks * DAYS_PER_WEEK));
  }
  if (seasonality.amplitudeShare > 0) {
    const phase = (2 * Math.PI * (t / DAYS_PER_WEEK - seasonality.peakWeek)) / WEEKS_PER_YEAR;
    factor *= 1 + seasonality.amplitudeShare * Math.cos(phase);
  }
  return Math.max(0, factor);
}

const profiles = new Map<string, IntakeProfile>();

/** The profile for these settings, shared by every replication that asks for the same one. */
export function intakeProfile(intake: IntakeSettings, days: number, offset: Days): IntakeProfile {
  const key = JSON.stringify([intake, days, offset]);
  let profile = profiles.get(key);
  if (!profile) {
    profile = new IntakeProfile(intake, days, offset);
    if (profiles.size > 16) profiles.clear();
    profiles.set(key, profile);
  }
  return profile;
}

/**
 * The cumulative multiplier on a daily grid (the rate is constant within a day), from
 * simulation day 0 to `days`; `offset` shifts simulation time to projection time (warm-up).
 */
export class IntakeProfile {
  private readonly daily: Float64Array;
  private readonly cumulative: Float64Array;

  constructor(intake: IntakeSettings, days: number, offset: Days) {
    this.daily = new Float64Array(days);
    this.cumulative = new Float64Array(days + 1);
    // Warm-up runs at the base rate: growth starts with the projection.
    const warmup = { ...intake, growth: { ...intake.growth, kind: 'none' as const } };
    for (let d = 0; d < days; d++) {
      const t = d + 0.5 - offset;
      const m = intakeMultiplier(t < 0 ? warmup : intake, t);
      this.daily[d] = m;
      this.cumulative[d + 1] = (this.cumulative[d] as number) + m;
    }
  }

  /** Total multiplier-days up to the end of the grid. */
  get total(): number {
    return this.cumulative[this.daily.length] as number;
  }

  /**
   * The time at which the cumulative multiplier reaches `level`, searching forward from day
   * `hint` (arrivals come in order); returns the day index too, or Infinity past the grid.
   */
  invert(level: number, hint: number): { time: Days; day: number } {
    const n = this.daily.length;
    let d = hint;
    while (d < n && (this.cumulative[d + 1] as number) <= level) d++;
    if (d >= n) return { time: Infinity, day: n };
    return { time: d + (level - (this.cumulative[d] as number)) / (this.daily[d] as number), day: d };
  }
}
