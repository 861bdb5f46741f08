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

export class ResultCache {
  private readonly entries = new Map<string, ReplicationResult[]>();

  constructor(private readonly capacity = 128) {}

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
    return hit;
  }

  /** Remembers replications 0..k−1 (a longer prefix replaces a shorter one). */
  set(scenario: Scenario, seed: number, results: readonly ReplicationResult[]): void {
    const key = ResultCache.key(scenario, seed);
    if ((this.entries.get(key)?.length ?? 0) >= results.length) return;
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, [...results]);
  }

  get size(): number {
    return this.entries.size;
  }
}
