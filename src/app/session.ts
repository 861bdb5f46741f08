/**
 * Runs what the page shows, progressively and cancellably. Each change of the controls starts
 * a new generation and abandons the previous one at once (its runs are aborted; results that
 * arrive late are dropped). A generation runs, in order: a first few replications of the
 * scenario and of today's comparison (a first estimate in a fraction of a second), the rest
 * of both, then the sweep behind the error curve. Replications come from the experiment
 * layer's {@link Replicator}, whose cache (by resolved scenario, seed and model version) makes
 * moving a slider back instant and computes "today" once; panels share it and its queue.
 */
import { checkWorkBound, derive, type ReplicationResult } from '../experiment/catalogue.ts';
import { scenarioKey } from '../experiment/cache.ts';
import { Replicator } from '../experiment/replicator.ts';
import { isAbortError } from '../runner/abort.ts';
import type { Runner } from '../runner/types.ts';
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Controls } from './link.ts';
import { comparisonInput, scenarioInput, sweepInputs } from './scenario-of.ts';

/** Replications for the first estimate. */
export const FIRST_BATCH = 8;
/** Replications per point of the error-curve sweep. */
export const SWEEP_REPLICATIONS = 4;

export interface SweepPoint {
  caseload: number;
  results: ReplicationResult[];
}

export interface SessionView {
  /** The controls this view was computed for. */
  controls: Controls | null;
  status: 'running' | 'done' | 'error';
  error: string | null;
  scenario: Scenario | null;
  comparison: Scenario | null;
  results: ReplicationResult[];
  comparisonResults: ReplicationResult[];
  /** Replications run so far and planned, scenario and comparison together. */
  done: number;
  total: number;
  sweep: SweepPoint[] | null;
}

export class Session {
  private generation = 0;
  private controller: AbortController | null = null;
  readonly replicator: Replicator;

  constructor(
    source: Runner | Replicator,
    private readonly onView: (view: SessionView) => void,
  ) {
    this.replicator = source instanceof Replicator ? source : new Replicator(source);
  }

  /** Starts computing `controls`, abandoning whatever was running. */
  update(controls: Controls): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    void this.run(controls, generation, controller.signal).catch((error: unknown) => {
      if (isAbortError(error) || generation !== this.generation) return;
      this.onView({ ...emptyView(controls), status: 'error', error: error instanceof Error ? error.message : String(error) });
    });
  }

  private async run(controls: Controls, generation: number, signal: AbortSignal): Promise<void> {
    const parsed = parseScenario(scenarioInput(controls));
    const parsedComparison = parseScenario(comparisonInput(controls));
    if (!parsed.ok || !parsedComparison.ok) {
      const problems = !parsed.ok ? parsed.problems : !parsedComparison.ok ? parsedComparison.problems : [];
      this.onView({ ...emptyView(controls), status: 'error', error: problems.map((p) => p.message).join('; ') });
      return;
    }
    const scenario = parsed.scenario;
    const comparison = parsedComparison.scenario;
    const replications = scenario.simulation.replications;
    const refusal = checkWorkBound(scenario, replications);
    if (refusal) {
      this.onView({ ...emptyView(controls), status: 'error', error: refusal, scenario });
      return;
    }
    const cache = this.replicator.cache;
    // Today against today (the page as it opens): one set of results serves both.
    const same = scenarioKey(scenario) === scenarioKey(comparison);
    const results = [...cache.get(scenario, scenario.simulation.seed)];
    const view: SessionView = {
      ...emptyView(controls),
      scenario,
      comparison,
      results,
      comparisonResults: same ? results : [...cache.get(comparison, comparison.simulation.seed)],
      total: same ? replications : replications + comparison.simulation.replications,
    };
    const publish = () => {
      if (generation !== this.generation) return;
      view.done = same ? view.results.length : view.results.length + view.comparisonResults.length;
      this.onView({ ...view });
    };
    publish();
    const batch = async (s: Scenario, into: ReplicationResult[], to: number) => {
      if (into.length >= to) return;
      const all = await this.replicator.replicate(s, s.simulation.seed, to, {
        signal,
        onResult: (r) => {
          into.push(r);
          publish();
        },
      });
      into.splice(0, into.length, ...all);
    };
    await batch(scenario, view.results, Math.min(FIRST_BATCH, replications));
    if (!same) await batch(comparison, view.comparisonResults, Math.min(FIRST_BATCH, comparison.simulation.replications));
    await batch(scenario, view.results, replications);
    if (!same) await batch(comparison, view.comparisonResults, comparison.simulation.replications);
    view.status = 'done';
    publish();

    // The error curve: independent of headcount and cap, so the cache serves it across those controls.
    const d = derive(scenario);
    const sweep: SweepPoint[] = [];
    for (const { caseload, input } of sweepInputs(controls, d.arrivalsPerDay * d.meanDurationDays)) {
      const parsedPoint = parseScenario(input);
      if (!parsedPoint.ok) continue;
      const s = parsedPoint.scenario;
      sweep.push({ caseload, results: await this.replicator.replicate(s, s.simulation.seed, SWEEP_REPLICATIONS, { signal }) });
    }
    view.sweep = sweep;
    publish();
  }
}

function emptyView(controls: Controls | null = null): SessionView {
  return {
    controls,
    status: 'running',
    error: null,
    scenario: null,
    comparison: null,
    results: [],
    comparisonResults: [],
    done: 0,
    total: 0,
    sweep: null,
  };
}
