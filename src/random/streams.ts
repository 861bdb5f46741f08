/**
 * Seeded random streams. Every stochastic process draws from its own stream, named for what
 * it drives and keyed by (scenario seed, replication): the same scenario and seed give the
 * same draws in any worker and any order, and two scenarios run with the same seed share
 * their draws (common random numbers), so differences between them are not noise.
 */
import { alea, aleaSeeder, type AleaState } from './alea.ts';

/** A uniform generator on [0, 1). */
export type Rng = () => number;

/** Names the streams of one replication. */
export interface StreamFactory {
  /** The stream called `name` within this replication. */
  stream(name: string): Rng;
  /** Seeds `state` as the stream called `name` (its owner draws with `nextAlea`; no generator object). */
  seed(state: AleaState, name: string): void;
}

/**
 * Streams for replication `replication` under `seed`. Alea (seedrandom's, reimplemented in
 * alea.ts with fewer objects) is used because it seeds in about a microsecond, so each case can
 * own its streams.
 */
export function createStreams(seed: number, replication: number): StreamFactory {
  // Short keys: Alea hashes its seed character by character, and cases create streams often.
  const prefix = `${seed}/${replication}/`;
  return { stream: (name) => alea(prefix, name), seed: aleaSeeder(prefix) };
}
