/**
 * Quantiles exactly as mathjs `quantileSeq` computes them (linear interpolation between order
 * statistics at position p·(n − 1)), on an already sorted array. The app re-summarises after
 * every batch of replications, for every week of every series: sorting once and reading three
 * quantiles is several times cheaper than three quantileSeq calls. A test holds the two
 * bit-identical, so the CLI, the app and a notebook using mathjs print the same digits.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = p * (n - 1);
  const lower = Math.floor(position);
  const fraction = position - lower;
  const a = sorted[lower] as number;
  if (fraction === 0 || lower + 1 >= n) return a;
  const b = sorted[lower + 1] as number;
  // Equal neighbours: the value itself (the form below can miss it by a rounding step, putting P10 above P90).
  if (a === b) return a;
  // mathjs's form, (1 − f)·A + f·B, not A + f·(B − A): the two differ in the last bit.
  return a * (1 - fraction) + b * fraction;
}

/** The finite values of `values`, sorted ascending, in a fresh typed array. */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  let n = 0;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) out[n++] = v;
  }
  return out.subarray(0, n).sort();
}
