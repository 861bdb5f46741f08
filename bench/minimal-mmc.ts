/**
 * The reference for the engine benchmark: the same M/M/c waiting-list queue as the
 * `mmc-validation` scenario, written as the smallest reasonable event loop (a binary heap
 * of typed arrays, one seeded stream). What the engine does beyond this is its overhead.
 */
import alea from 'seedrandom/lib/alea.js';

export interface MinimalMmcOptions {
  arrivalsPerDay: number;
  meanServiceDays: number;
  servers: number;
  endDay: number;
  warmupDay: number;
  seed: string;
}

/** Runs the queue; returns cases that arrived and the mean wait of those allocated after warm-up. */
export function runMinimalMmc(o: MinimalMmcOptions): { cases: number; meanWait: number } {
  const rng = alea(o.seed);
  let times = new Float64Array(1024);
  let kinds = new Uint8Array(1024);
  let size = 0;
  const push = (t: number, kind: number) => {
    if (size === times.length) {
      const nt = new Float64Array(size * 2);
      nt.set(times);
      times = nt;
      const nk = new Uint8Array(size * 2);
      nk.set(kinds);
      kinds = nk;
    }
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((times[p] as number) <= t) break;
      times[i] = times[p] as number;
      kinds[i] = kinds[p] as number;
      i = p;
    }
    times[i] = t;
    kinds[i] = kind;
  };
  const pop = () => {
    const t = times[0] as number;
    const k = kinds[0] as number;
    const lt = times[--size] as number;
    const lk = kinds[size] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const c = l + 1 < size && (times[l + 1] as number) < (times[l] as number) ? l + 1 : l;
      if ((times[c] as number) >= lt) break;
      times[i] = times[c] as number;
      kinds[i] = kinds[c] as number;
      i = c;
    }
    times[i] = lt;
    kinds[i] = lk;
    return { t, k };
  };
  const queue: number[] = [];
  let head = 0;
  let busy = 0;
  let cases = 0;
  let waitSum = 0;
  let waitCount = 0;
  const exp = (mean: number) => -mean * Math.log(1 - rng());
  const serve = (now: number, arrivedAt: number) => {
    busy++;
    if (now >= o.warmupDay) {
      waitSum += now - arrivedAt;
      waitCount++;
    }
    push(now + exp(o.meanServiceDays), 1);
  };
  push(exp(1 / o.arrivalsPerDay), 0);
  while (size > 0) {
    const { t, k } = pop();
    if (t > o.endDay) break;
    if (k === 0) {
      cases++;
      if (busy < o.servers) serve(t, t);
      else queue.push(t);
      push(t + exp(1 / o.arrivalsPerDay), 0);
    } else {
      busy--;
      if (head < queue.length) serve(t, queue[head++] as number);
    }
  }
  return { cases, meanWait: waitCount > 0 ? waitSum / waitCount : 0 };
}
