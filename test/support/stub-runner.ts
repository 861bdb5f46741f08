/**
 * A runner that makes results up from the scenario, cheaply and exactly: the experiment layer's
 * searches and summaries tested without the model. Replication i gets the same "chance" u_i in
 * every scenario (common random numbers, as the real runner's streams give).
 */
import { METRIC_IDS, SERIES_IDS, type MetricId, type ReplicationResult, type SeriesId } from '../../src/model/metrics.ts';
import { abortError } from '../../src/runner/abort.ts';
import type { RunOptions, RunRequest, Runner } from '../../src/runner/types.ts';
import type { Scenario } from '../../src/scenario/types.ts';

/** The replication's chance draw in [0, 1), the same for every scenario under one seed. */
export function chance(seed: number, replication: number): number {
  const x = Math.sin(seed * 12.9898 + replication * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

export type MakeMetrics = (scenario: Scenario, u: number, replication: number) => Partial<Record<MetricId, number>>;

export function stubRunner(make: MakeMetrics): Runner & { requests: RunRequest[] } {
  const stub = {
    requests: [] as RunRequest[],
    async run(request: RunRequest, options: RunOptions = {}): Promise<ReplicationResult[]> {
      stub.requests.push(request);
      const out: ReplicationResult[] = [];
      for (let i = request.from; i < request.to; i++) {
        await null; // asynchronous like a real runner, without a timer per result
        if (options.signal?.aborted) throw abortError();
        const metrics = make(request.scenario, chance(request.seed, i), i);
        const result: ReplicationResult = {
          replication: i,
          metrics: Object.fromEntries(METRIC_IDS.map((id) => [id, metrics[id] ?? 0])) as Record<MetricId, number>,
          series: Object.fromEntries(SERIES_IDS.map((id) => [id, new Float64Array(2)])) as Record<SeriesId, Float64Array>,
          events: 0,
          arrivals: 0,
          assumptions: {},
        };
        out.push(result);
        options.onResult?.(result);
      }
      return out;
    },
    close() {},
  };
  return stub;
}

/** Posts once the hiring plan has run. */
export const postsOf = (s: Scenario) => s.advisors.fte + s.advisors.hiring.reduce((sum, h) => sum + h.fte, 0);
