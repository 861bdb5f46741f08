/**
 * Baagøe's Alea generator, the same numbers as seedrandom's `alea` (test/random/alea.test.ts
 * checks this against it) at a fraction of the objects. seedrandom builds each generator from
 * seven closures and a function object with properties; the model creates a stream for every
 * case that reaches a decision, and at national scale those long-lived objects were 17 % of
 * all bytes allocated (issue 13: they outlive the young generation and make every scavenge
 * copy them). Here a generator is one closure over one object of four numbers, or no object at
 * all: `seedAlea` and `nextAlea` work on state its owner holds in its own fields (a case keeps
 * its error stream so, which also spares a cache miss on a cold state object per decision).
 */
import type { Rng } from './streams.ts';

/** 2^-32. */
const TO_UNIT = 2.3283064365386963e-10;
/** Mash's initial state. */
const MASH_SEED = 0xefc8249d;

/** The generator's state: three lagged values and a carry (seedrandom's `me.s0` … `me.c`). */
export interface AleaState {
  aleaS0: number;
  aleaS1: number;
  aleaS2: number;
  aleaCarry: number;
}

class State implements AleaState {
  aleaS0 = 0.5;
  aleaS1 = 0.5;
  aleaS2 = 0.5;
  aleaCarry = 1;
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
  const state = new State();
  seedAlea(state, prefix, name);
  return () => nextAlea(state);
}

/** The next uniform on [0, 1) of the stream whose state is `state` (seedrandom's `prng()`). */
export function nextAlea(state: AleaState): number {
  const t = 2091639 * state.aleaS0 + state.aleaCarry * TO_UNIT;
  state.aleaS0 = state.aleaS1;
  state.aleaS1 = state.aleaS2;
  return (state.aleaS2 = t - (state.aleaCarry = t | 0));
}

/**
 * seedrandom starts every stream from mash(' ') three times on a fresh Mash state: the same
 * three values and Mash state for every seed, so they are computed once here, not per stream
 * (cases seed their error streams often enough for the repeat to show in a profile).
 */
const SPACE_1 = mash(MASH_SEED, ' ');
const SPACE_2 = mash(SPACE_1, ' ');
const SPACE_3 = mash(SPACE_2, ' ');
const S0 = (SPACE_1 >>> 0) * TO_UNIT;
const S1 = (SPACE_2 >>> 0) * TO_UNIT;
const S2 = (SPACE_3 >>> 0) * TO_UNIT;

/** Seeds `state` as `alea(prefix, name)` seeds its own. */
export function seedAlea(state: AleaState, prefix: string, name: string): void {
  seedAfterPrefix(state, mash(SPACE_3, prefix), prefix, name);
}

/**
 * A seeder for the streams `alea(prefix, name)` of one prefix: the first pass of the seed over
 * the prefix starts from the same Mash state every time, so it is hashed once, not per stream.
 */
export function aleaSeeder(prefix: string): (state: AleaState, name: string) => void {
  const afterPrefix = mash(SPACE_3, prefix);
  return (state, name) => seedAfterPrefix(state, afterPrefix, prefix, name);
}

/**
 * seedrandom: s_i = mash(' ') three times, then s_i -= mash(seed) three times, all on one Mash
 * state; `afterPrefix` is that state once the first pass has read `prefix`.
 */
function seedAfterPrefix(state: AleaState, afterPrefix: number, prefix: string, name: string): void {
  let n = mash(afterPrefix, name);
  let t0 = S0 - (n >>> 0) * TO_UNIT;
  if (t0 < 0) t0 += 1;
  n = mash(mash(n, prefix), name);
  let t1 = S1 - (n >>> 0) * TO_UNIT;
  if (t1 < 0) t1 += 1;
  n = mash(mash(n, prefix), name);
  let t2 = S2 - (n >>> 0) * TO_UNIT;
  if (t2 < 0) t2 += 1;
  state.aleaS0 = t0;
  state.aleaS1 = t1;
  state.aleaS2 = t2;
  state.aleaCarry = 1;
}
