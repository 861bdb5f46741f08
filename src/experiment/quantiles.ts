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

/**
 * The mean exactly as mathjs `mean` computes it: the values added in order, starting from the
 * first, then divided by their count. Here rather than through mathjs because the page
 * summarises after every replication, and mathjs's generic walk over the array (with the
 * instance it needs) was the largest part of its cost on the page's main thread.
 */
export function meanInOrder(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  let sum = values[0] as number;
  for (let i = 1; i < n; i++) sum += values[i] as number;
  return sum / n;
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

/** The band a chart draws: 10th, 50th and 90th percentiles. */
export interface DecileBand {
  p10: number;
  p50: number;
  p90: number;
}

/**
 * p10, p50 and p90 of the finite values of `column`, the same numbers as `quantileSorted` on
 * `sortedFinite(column)` (a test holds them equal), in linear expected time: each order
 * statistic is selected, not sorted into place. A run summarises every week of every series,
 * so a sort per week made summaries cost as much as the simulation (issue 13). `scratch` needs
 * `column.length` places and is overwritten. −0 counts as 0.
 */
export function decileBand(column: ArrayLike<number>, scratch: Float64Array): DecileBand {
  let n = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i] as number;
    if (Number.isFinite(v)) scratch[n++] = v === 0 ? 0 : v;
  }
  if (n === 0) return { p10: Number.NaN, p50: Number.NaN, p90: Number.NaN };
  // Ascending, so each selection only looks right of the one before.
  const p10 = selectedQuantile(scratch, n, 0.1, 0);
  const p50 = selectedQuantile(scratch, n, 0.5, Math.floor(0.1 * (n - 1)));
  const p90 = selectedQuantile(scratch, n, 0.9, Math.floor(0.5 * (n - 1)));
  return { p10, p50, p90 };
}

/** `quantileSorted` at p over a[0..n), where a[from..n) holds everything at or above position `from` of the sorted order. */
function selectedQuantile(a: Float64Array, n: number, p: number, from: number): number {
  const position = p * (n - 1);
  const lower = Math.floor(position);
  const fraction = position - lower;
  select(a, lower, from, n - 1);
  const x = a[lower] as number;
  if (fraction === 0 || lower + 1 >= n) return x;
  // The next order statistic is the smallest value right of the selected one.
  let y = Infinity;
  for (let i = lower + 1; i < n; i++) if ((a[i] as number) < y) y = a[i] as number;
  if (x === y) return x;
  return x * (1 - fraction) + y * fraction;
}

/** Rearranges a[lo..hi] so that a[k] is the value sorted order puts there, smaller ones left of it, larger right. */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    // Median of three as the pivot, so sorted or constant columns stay linear.
    const mid = (lo + hi) >> 1;
    const pivot = median3(a[lo] as number, a[mid] as number, a[hi] as number);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] equal the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function median3(x: number, y: number, z: number): number {
  return x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
}
