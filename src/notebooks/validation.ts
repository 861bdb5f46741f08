/**
 * The validations of docs/model.md as the validation notebook runs them, through the experiment
 * layer's replicator (Web Workers in the page): the queueing limit against Erlang C over a range
 * of utilisations, Little's law, the workload formula against simulated pressure, and
 * determinism across worker counts. Each returns its points and a {@link Check}. The tests in
 * test/model/ assert the same with more replications; these are the figures a reader can rerun.
 */
import { derive } from '../experiment/catalogue.ts';
import { erlangCMeanWait } from '../experiment/erlang-c.ts';
import type { Replicator } from '../experiment/replicator.ts';
import { summarize, summarizeSeries, toJson } from '../experiment/summarize.ts';
import { createWebWorkerRunner } from '../runner/web-workers.ts';
import { parseScenarioOrThrow } from '../scenario/parse.ts';
import { loadPreset } from '../scenario/presets.ts';
import { setPath } from '../scenario/set-path.ts';
import type { Scenario, ScenarioInput } from '../scenario/types.ts';
import type { Check } from './check.ts';
import { mean, standardError } from './stats.ts';


/** The `mmc-validation` preset at utilisation ρ: c = 20 slots, mean 70 days, so 2ρ arrivals a week. */
export function mmcAt(rho: number): Scenario {
  return parseScenarioOrThrow(setPath(loadPreset('mmc-validation'), 'caseTypes.case.arrivalsPerWeek', Math.round(2 * rho * 1e9) / 1e9));
}

export interface QueuePoint {
  rho: number;
  /** Erlang C's mean wait, days. */
  formula: number;
  /** Simulated mean wait over the replications, days, and its standard error. */
  simulated: number;
  se: number;
  /** |simulated − formula| / (se + {@link WAIT_SLACK_DAYS}). */
  z: number;
}

/** Added to the standard error: at low utilisation nobody waits in a run, and the formula's wait is a fraction of an hour. */
export const WAIT_SLACK_DAYS = 0.02;
/** Standard errors a point may lie from the formula. */
export const QUEUE_TOLERANCE = 3;
export const UTILISATIONS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95] as const;

export async function queueingLimit(
  replicator: Replicator,
  options: { utilisations?: readonly number[]; replications: number; seed?: number; onPoint?: (done: number, total: number) => void; signal?: AbortSignal },
): Promise<{ points: QueuePoint[]; check: Check }> {
  const utilisations = options.utilisations ?? UTILISATIONS;
  const points: QueuePoint[] = [];
  for (const rho of utilisations) {
    const s = mmcAt(rho);
    const [type] = s.caseTypes;
    if (!type) throw new Error('mmc-validation has no case type');
    const lambda = type.arrivalsPerWeek / 7;
    const mu = 1 / type.duration.meanDays;
    const c = s.advisors.fte * s.advisors.caseCap;
    const formula = erlangCMeanWait(c, lambda, mu);
    const runs = await replicator.replicate(s, options.seed ?? s.simulation.seed, options.replications, { signal: options.signal });
    const waits = runs.map((r) => r.metrics.waitDays);
    const simulated = mean(waits);
    const se = standardError(waits);
    points.push({ rho, formula, simulated, se, z: Math.abs(simulated - formula) / (se + WAIT_SLACK_DAYS) });
    options.onPoint?.(points.length, utilisations.length);
  }
  const worst = Math.max(...points.map((p) => p.z));
  return { points, check: { id: 'erlang-c', figure: worst, target: 0, tolerance: QUEUE_TOLERANCE } };
}

/** Little's law's department: the default mix with room for every case (60 posts), three years. */
export function roomyScenario(): Scenario {
  let input = setPath(loadPreset('status-quo'), 'advisors.fte', 60);
  input = setPath(input, 'simulation.horizonWeeks', 156);
  return parseScenarioOrThrow(input);
}

export interface LittleResult {
  /** Arrivals a day × mean days a case is open (derive). */
  expected: number;
  simulated: number;
  se: number;
  /** Open cases by week: P10, P50, P90 across the replications. */
  series: { week: number; p10: number; p50: number; p90: number }[];
  waitingAtEnd: number;
  check: Check;
}

/** End tasks keep a phase open a few days past its duration: Little's law is held to 3 % plus sampling error. */
export const LITTLE_SLACK = 0.03;

export async function littlesLaw(replicator: Replicator, options: { replications: number; seed?: number; signal?: AbortSignal }): Promise<LittleResult> {
  const s = roomyScenario();
  const runs = await replicator.replicate(s, options.seed ?? s.simulation.seed, options.replications, { signal: options.signal });
  const { arrivalsPerDay, meanDurationDays } = derive(s);
  const expected = arrivalsPerDay * meanDurationDays;
  const open = runs.map((r) => r.metrics.openCases);
  const simulated = mean(open);
  const se = standardError(open);
  return {
    expected,
    simulated,
    se,
    series: summarizeSeries(runs, 'openCases'),
    waitingAtEnd: mean(runs.map((r) => r.metrics.waitingListEnd)),
    check: { id: 'littles-law', figure: (simulated - expected) / expected, target: 0, tolerance: LITTLE_SLACK + (3 * se) / expected },
  };
}

/**
 * The workload formula's department (test/model/workload-formula.test.ts): one case type with
 * fixed durations and hours, 20 a week for 182 days, contact 0.4 h a week, a 5-hour follow-up
 * every 45 days and a 3-hour closing decision; nobody leaves, no warm-up.
 */
export function deterministicInput(): ScenarioInput {
  const input = loadPreset('status-quo') as unknown as Record<string, unknown>;
  return {
    ...input,
    title: 'Workload formula check',
    notes: [],
    simulation: { horizonWeeks: 104, warmupWeeks: 0, replications: 3, seed: 1 },
    caseTypes: [
      {
        id: 'case',
        label: 'Sag',
        arrivalsPerWeek: 20,
        urgentShare: 0,
        initialOpen: null,
        duration: { distribution: 'fixed', meanDays: 182, cv: 0 },
        contactHoursPerWeek: 0.4,
        costPerYearDkk: 0,
        isPlacement: false,
        tasks: [
          { id: 'followUp', label: 'Opfølgning', kind: 'followUp', trigger: 'start', dueDays: 45, dueFrom: 'phase', windowDays: 21, repeatEveryDays: 45, hours: 5, documentationShare: 0.5, decision: true },
          { id: 'close', label: 'Ophør', kind: 'decision', trigger: 'end', dueDays: 28, dueFrom: 'phase', windowDays: 0, repeatEveryDays: null, hours: 3, documentationShare: 0.5, decision: true },
        ],
        next: {},
      },
    ],
    advisors: { fte: 30, caseCap: 200, hiring: [], staffing: { attritionPerYear: 0 } },
  } as unknown as ScenarioInput;
}

export interface PressurePoint {
  factor: number;
  fte: number;
  pressure: number;
  se: number;
}

export const WORKLOAD_FACTORS = [0.8, 1, 1.2] as const;
/**
 * How close to 1 pressure must be at the formula's FTE, before sampling error: arrivals stay
 * Poisson, so one replication's pressure varies by about 0.02; the check allows 3 standard errors more.
 */
export const PRESSURE_TOLERANCE = 0.02;

export async function workloadFormula(
  replicator: Replicator,
  options: { replications: number; factors?: readonly number[]; seed?: number; onPoint?: (done: number, total: number) => void; signal?: AbortSignal },
): Promise<{ formulaFte: number; points: PressurePoint[]; check: Check }> {
  const base = deterministicInput();
  const formulaFte = derive(parseScenarioOrThrow(base)).requiredFteByWorkloadFormula;
  const points: PressurePoint[] = [];
  const factors = options.factors ?? WORKLOAD_FACTORS;
  for (const factor of factors) {
    const fte = Math.round(formulaFte * factor * 100) / 100;
    const s = parseScenarioOrThrow(setPath(base, 'advisors.fte', fte));
    const runs = await replicator.replicate(s, options.seed ?? s.simulation.seed, options.replications, { signal: options.signal });
    const pressures = runs.map((r) => r.metrics.pressure);
    points.push({ factor, fte, pressure: mean(pressures), se: standardError(pressures) });
    options.onPoint?.(points.length, factors.length);
  }
  const atFormula = points.find((p) => p.factor === 1) ?? points[0];
  const se = atFormula && Number.isFinite(atFormula.se) ? atFormula.se : 0;
  return { formulaFte, points, check: { id: 'workload-formula', figure: atFormula?.pressure ?? Number.NaN, target: 1, tolerance: PRESSURE_TOLERANCE + 3 * se } };
}

/** Determinism's scenario: status quo over a quarter with intake rising (every process in play). */
export function determinismScenario(): Scenario {
  let input = setPath(loadPreset('status-quo'), 'simulation.horizonWeeks', 13);
  input = setPath(input, 'intake.growth.percent', 25);
  return parseScenarioOrThrow(input);
}

export interface WorkerRun {
  workers: number;
  /** The summary as the CLI prints it, and its fingerprint. */
  json: string;
  digest: string;
  /** Each replication's share of children let down, by replication index. */
  perReplication: { replication: number; value: number }[];
}

/**
 * The same scenario and seed on 1, 2 and 3 Web Workers, each a fresh pool without a cache: the
 * summaries must be the same JSON to the last digit.
 */
export async function determinism(options: {
  workerCounts?: readonly number[];
  replications: number;
  seed?: number;
  onWorkers?: (done: number, total: number) => void;
  signal?: AbortSignal;
}): Promise<{ runs: WorkerRun[]; check: Check }> {
  const s = determinismScenario();
  const seed = options.seed ?? s.simulation.seed;
  const runs: WorkerRun[] = [];
  const counts = options.workerCounts ?? [1, 2, 3];
  for (const workers of counts) {
    const runner = createWebWorkerRunner(workers);
    try {
      const results = await runner.run({ scenario: s, seed, from: 0, to: options.replications }, { signal: options.signal });
      const json = toJson(summarize(s, seed, results));
      runs.push({
        workers,
        json,
        digest: fingerprint(json),
        perReplication: results.map((r) => ({ replication: r.replication, value: r.metrics.childrenLetDownShare })),
      });
      options.onWorkers?.(runs.length, counts.length);
    } finally {
      runner.close();
    }
  }
  const reference = runs[0]?.json;
  const differing = runs.filter((r) => r.json !== reference).length;
  return { runs, check: { id: 'determinism', figure: differing, target: 0, tolerance: 0 } };
}

/** FNV-1a over the text, two 32-bit lanes: a short fingerprint to read by eye (not a security hash; crypto.subtle needs https). */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
