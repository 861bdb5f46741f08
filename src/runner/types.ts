/**
 * The narrow boundary between the experiment layer and whatever executes replications:
 * the same process (`sync.ts`), Node worker threads (CLI) or Web Workers (app).
 * Replications are independent given (scenario, seed, index), so any runner that returns
 * them sorted by index yields bit-identical summaries.
 */
import type { ReplicationResult } from '../model/metrics.ts';
import type { Scenario } from '../scenario/types.ts';

export interface RunRequest {
  scenario: Scenario;
  /** Seed of every stream; the scenario's own seed unless overridden. */
  seed: number;
  /** Replication indices to run: `from` (inclusive) to `to` (exclusive). */
  from: number;
  to: number;
}

export interface RunOptions {
  /** Called once per finished replication, in any order. */
  onResult?: (result: ReplicationResult) => void;
  /** Aborting rejects the run with an `AbortError` and stops outstanding work. */
  signal?: AbortSignal;
}

export interface Runner {
  /** Runs the requested replications; resolves with them sorted by replication index. */
  run(request: RunRequest, options?: RunOptions): Promise<ReplicationResult[]>;
  /** Releases threads or workers the runner holds. */
  close(): void;
}
