/**
 * Unit aliases. They are all `number` to the compiler; they exist so that every field
 * and signature says what it measures.
 */

/** Simulation time or a duration, in calendar days. */
export type Days = number;
/** A duration in weeks (7 days). */
export type Weeks = number;
/** Working hours. */
export type Hours = number;
/** Full-time equivalents (årsværk). */
export type Fte = number;
/** Danish kroner. */
export type Dkk = number;
/** A share in [0, 1]. */
export type Share = number;
/** A percentage, e.g. 25 for +25 %. */
export type Percent = number;
/** A count of cases (may be fractional when averaged). */
export type Cases = number;

export const DAYS_PER_WEEK = 7;
export const DAYS_PER_YEAR = 365.25;
export const WEEKS_PER_YEAR = DAYS_PER_YEAR / DAYS_PER_WEEK;
