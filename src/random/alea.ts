/**
 * Baagøe's Alea generator, the same numbers as seedrandom's `alea` (test/random/alea.test.ts
 * checks this against it) at a fraction of the objects. seedrandom builds each generator from
 * seven closures and a function object with properties; the model creates a stream for every
 * case that reaches a decision, and at national scale those long-lived objects were 17 % of
 * all bytes allocated (issue 13: they outlive the young generation and make every scavenge
 * copy them). Here a generator is one closure over one object of four numbers.
 */
import type { Rng } from './streams.ts';

/** 2^-32. */
const TO_UNIT = 2.3283064365386963e-10;
/** Mash's initial state. */
const MASH_SEED = 0xefc8249d;

/** The generator's state: three lagged values and a carry (seedrandom's `me.s0` … `me.c`). */
class AleaState {
  constructor(
    public s0: number,
    public s1: number,
    public s2: number,
    public c: number,
  ) {}
}

/** Feeds `data`'s UTF-16 units into Mash state `n` and returns the new state (seedrandom's `Mash`, one call). */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000;
  }
  return n;
}

/**
 * The Alea stream seeded with the string `prefix + name`, without building that string:
 * Mash reads the seed one unit at a time, so feeding the two parts in turn is the same hash.
 */
export function alea(prefix: string, name = ''): Rng {
  // seedrandom: s_i = mash(' ') three times, then s_i -= mash(seed) three times, all on one Mash state.
  let n = mash(MASH_SEED, ' ');
  const s0 = (n >>> 0) * TO_UNIT;
  n = mash(n, ' ');
  const s1 = (n >>> 0) * TO_UNIT;
  n = mash(n, ' ');
  const s2 = (n >>> 0) * TO_UNIT;
  n = mash(mash(n, prefix), name);
  let t0 = s0 - (n >>> 0) * TO_UNIT;
  if (t0 < 0) t0 += 1;
  n = mash(mash(n, prefix), name);
  let t1 = s1 - (n >>> 0) * TO_UNIT;
  if (t1 < 0) t1 += 1;
  n = mash(mash(n, prefix), name);
  let t2 = s2 - (n >>> 0) * TO_UNIT;
  if (t2 < 0) t2 += 1;
  const state = new AleaState(t0, t1, t2, 1);
  return () => {
    const t = 2091639 * state.s0 + state.c * TO_UNIT;
    state.s0 = state.s1;
    state.s1 = state.s2;
    return (state.s2 = t - (state.c = t | 0));
  };
}
