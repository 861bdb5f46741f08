/**
 * The queueing formula the model is validated against (docs/model.md, validation 1): with one
 * case type, exponential durations and no tasks, the waiting list is an M/M/c queue. One copy,
 * for the test, the benchmark and the validation notebook alike.
 */

/** Erlang C: the probability that an arrival waits, for c servers and offered load a = λ/μ (a < c). */
export function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const tail = (term * a) / c / (1 - a / c);
  return tail / (sum + tail);
}

/** The mean wait in an M/M/c queue (days, when λ and μ are per day): C(c, λ/μ) / (cμ − λ). */
export function erlangCMeanWait(c: number, lambda: number, mu: number): number {
  return erlangC(c, lambda / mu) / (c * mu - lambda);
}
