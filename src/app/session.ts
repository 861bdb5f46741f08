/**
 * Runs what the page shows, progressively and cancellably. Each change of the controls starts
 * a new generation and abandons the previous one at once (its runs are aborted; results that
 * arrive late are dropped). A generation runs, in order: a first few replications of the
 * scenario and of today's comparison (a first estimate in a fraction of a second), the rest
 * of both, then the sweep behind the error curve. Finished result sets are cached by
 * scenario, so moving a slider back is instant and "today" is computed once per horizon.
 */
import { checkWorkBound, derive, type ReplicationResult } from '../experiment/catalogue.ts';
import { isAbortError } from '../runner/abort.ts';
import type { Runner } from '../runner/types.ts';
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario, ScenarioInput } from '../scenario/types.ts';
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
  private readonly cache = new Map<string, ReplicationResult[]>();

  constructor(
    private readonly runner: Runner,
    private readonly onView: (view: SessionView) => void,
  ) {}

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
    // Today against today (the page as it opens): one set of results serves both.
    const same = key(scenario) === key(comparison);
    const results = [...(this.cache.get(key(scenario)) ?? [])];
    const view: SessionView = {
      ...emptyView(controls),
      scenario,
      comparison,
      results,
      comparisonResults: same ? results : [...(this.cache.get(key(comparison)) ?? [])],
      total: same ? replications : replications + comparison.simulation.replications,
    };
    const publish = () => {
      if (generation !== this.generation) return;
      view.done = same ? view.results.length : view.results.length + view.comparisonResults.length;
      this.onView({ ...view });
    };
    publish();
    const batch = async (s: Scenario, into: ReplicationResult[], to: number) => {
      const from = into.length;
      if (from >= to) return;
      await this.runner.run({ scenario: s, seed: s.simulation.seed, from, to }, {
        signal,
        onResult: (r) => {
          into.push(r);
          publish();
        },
      });
      into.sort((a, b) => a.replication - b.replication);
      if (into.length === s.simulation.replications) this.remember(s, into);
    };
    await batch(scenario, view.results, Math.min(FIRST_BATCH, replications));
    if (!same) await batch(comparison, view.comparisonResults, Math.min(FIRST_BATCH, comparison.simulation.replications));
    await batch(scenario, view.results, replications);
    if (!same) await batch(comparison, view.comparisonResults, comparison.simulation.replications);
    view.status = 'done';
    publish();

    // The error curve: independent of headcount and cap, so it is cached across those controls.
    const d = derive(scenario);
    const sweep: SweepPoint[] = [];
    for (const { caseload, input } of sweepInputs(controls, d.arrivalsPerDay * d.meanDurationDays)) {
      const parsedPoint = parseScenarioInput(input);
      if (!parsedPoint) continue;
      const s = { ...parsedPoint, simulation: { ...parsedPoint.simulation, replications: SWEEP_REPLICATIONS } };
      const results = [...(this.cache.get(key(s)) ?? [])];
      await batch(s, results, SWEEP_REPLICATIONS);
      sweep.push({ caseload, results });
    }
    view.sweep = sweep;
    publish();
  }

  private remember(s: Scenario, results: ReplicationResult[]): void {
    if (this.cache.size >= 64) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key(s), [...results]);
  }
}

function parseScenarioInput(input: ScenarioInput): Scenario | null {
  const parsed = parseScenario(input);
  return parsed.ok ? parsed.scenario : null;
}

/**
 * Cache key: everything that determines the results. Title and notes do not, nor the shape
 * of a growth path whose kind is 'none', nor whether today's department is spelled out or
 * left to default to the scenario's own (so today's preset and today as set by the controls
 * are recognised as one scenario).
 */
export function scenarioKey(s: Scenario): string {
  const growth = s.intake.growth.kind === 'none' ? { kind: 'none' } : s.intake.growth;
  const simulation = { ...s.simulation, warmupFte: s.simulation.warmupFte ?? s.advisors.fte, warmupCaseCap: s.simulation.warmupCaseCap ?? s.advisors.caseCap };
  return JSON.stringify({ ...s, title: '', notes: '', simulation, intake: { ...s.intake, growth } });
}
const key = scenarioKey;

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
