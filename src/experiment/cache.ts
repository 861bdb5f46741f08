/**
 * Results remembered by what determines them: the resolved scenario (title and notes aside), the
 * seed and the model version. A slider moved back, today's comparison, a sweep cell that a goal
 * seek already ran: each is computed once per page or command.
 */
import { MODEL_VERSION } from '../model/version.ts';
import type { ReplicationResult } from '../model/metrics.ts';
import type { Scenario } from '../scenario/types.ts';

/**
 * Everything that determines a replication's numbers. Title and notes do not, nor the shape of a
 * growth path that does not grow (kind 'none' or 0 %), nor whether today's department is spelled out or left to
 * default to the scenario's own (so today's preset and today as set by the controls are one).
 */
export function scenarioKey(s: Scenario): string {
  const growth = s.intake.growth.kind === 'none' || s.intake.growth.percent === 0 ? { kind: 'none' } : s.intake.growth;
  const simulation = {
    ...s.simulation,
    replications: 0,
    seed: 0,
    warmupFte: s.simulation.warmupFte ?? s.advisors.fte,
    warmupCaseCap: s.simulation.warmupCaseCap ?? s.advisors.caseCap,
  };
  // The ranges matter only when drawn.
  const uncertainty = s.uncertainty.draw ? s.uncertainty : { draw: false };
  return JSON.stringify({ ...s, title: '', notes: '', simulation, intake: { ...s.intake, growth }, uncertainty });
}

/**
 * What one replication holds in memory, estimated: its series' buffers exactly, plus what the
 * objects around them take (measured in Chromium heap snapshots of the page: about 180 bytes per
 * typed array for its view and buffer objects, and under 1 KB for the result's own objects and
 * metric numbers). A default replication (16 series over 104 weeks) comes to about 17 KB.
 */
export function resultBytes(result: ReplicationResult): number {
  let bytes = RESULT_OVERHEAD_BYTES;
  for (const series of Object.values(result.series)) bytes += series.byteLength + ARRAY_OVERHEAD_BYTES;
  return bytes;
}
const RESULT_OVERHEAD_BYTES = 1024;
const ARRAY_OVERHEAD_BYTES = 180;

/**
 * The default budget, 32 MB: about twice what the page holds with every panel computed at the
 * default horizon (main estimate and comparison, error curve, tornado and a full map: some 700
 * replications, 12 MB), so those and the last few dozen slider positions stay. A bound in bytes,
 * not entries, because an entry's size varies a hundredfold with the horizon and replications:
 * 128 entries of 40 replications came to 89 MB at two years and 360 MB at ten.
 */
export const RESULT_CACHE_BYTES = 32_000_000;

export class ResultCache {
  private readonly entries = new Map<string, { results: ReplicationResult[]; bytes: number }>();
  private held = 0;

  /** @param budget Most bytes the remembered results may hold ({@link resultBytes}); default {@link RESULT_CACHE_BYTES}. */
  constructor(private readonly budget = RESULT_CACHE_BYTES) {}

  static key(scenario: Scenario, seed: number): string {
    return `${MODEL_VERSION}\u0000${seed}\u0000${scenarioKey(scenario)}`;
  }

  /** Replications 0..k−1 remembered for (scenario, seed), in order (empty when none). */
  get(scenario: Scenario, seed: number): ReplicationResult[] {
    const key = ResultCache.key(scenario, seed);
    const hit = this.entries.get(key);
    if (!hit) return [];
    // Most recently used last, so the oldest is evicted first.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.results;
  }

  /**
   * Remembers replications 0..k−1 (a longer prefix replaces a shorter one), forgetting the least
   * recently used until the budget holds; results larger than the whole budget are not kept.
   */
  set(scenario: Scenario, seed: number, results: readonly ReplicationResult[]): void {
    const key = ResultCache.key(scenario, seed);
    const old = this.entries.get(key);
    if ((old?.results.length ?? 0) >= results.length) return;
    if (old) this.forget(key, old.bytes);
    const bytes = results.reduce((sum, r) => sum + resultBytes(r), 0);
    if (bytes > this.budget) return;
    for (const [oldest, entry] of this.entries) {
      if (this.held + bytes <= this.budget) break;
      this.forget(oldest, entry.bytes);
    }
    this.entries.set(key, { results: [...results], bytes });
    this.held += bytes;
  }

  private forget(key: string, bytes: number): void {
    this.entries.delete(key);
    this.held -= bytes;
  }

  /** Entries remembered. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes the remembered results hold, by {@link resultBytes}: never above the budget. */
  get bytes(): number {
    return this.held;
  }
}
