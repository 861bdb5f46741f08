/**
 * Draws by inversion: each variate consumes exactly one uniform, so streams stay aligned
 * across scenarios (a changed parameter shifts a draw, it never desynchronises the rest).
 */
import type { Rng } from './streams.ts';

/** Exponential variate with the given mean. */
export function exponential(rng: Rng, mean: number): number {
  return -mean * Math.log(1 - rng());
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error
 * below 1.2e-9), so a normal draw costs one uniform.
 */
export function normalQuantile(p: number): number {
  const lo = 0.02425;
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return tail(q);
  }
  if (p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -tail(q);
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r -
      3.066479806614716e1) *
      r +
      2.506628277459239) *
      q) /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r -
      1.328068155288572e1) *
      r +
      1)
  );
}

function tail(q: number): number {
  return (
    (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q +
      4.374664141464968) *
      q +
      2.938163982698783) /
    ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1)
  );
}

/** Parameters (mu, sigma) of the underlying normal of a lognormal with this mean and CV. */
export function lognormalParams(mean: number, cv: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** The lognormal with this mean and coefficient of variation at quantile `u`. */
export function lognormalQuantile(u: number, mean: number, cv: number): number {
  if (cv === 0) return mean;
  const { mu, sigma } = lognormalParams(mean, cv);
  return Math.exp(mu + sigma * normalQuantile(u));
}

/** Lognormal variate by mean and coefficient of variation. */
export function lognormal(rng: Rng, mean: number, cv: number): number {
  return lognormalQuantile(rng(), mean, cv);
}
