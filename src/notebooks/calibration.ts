/**
 * The calibration notebook's computations: every anchor of src/experiment/anchors.ts (the
 * repository's table of calibration anchors, checked by test/experiment/anchors.test.ts) run
 * with the reader's values of the assumptions, the error curve over caseload with the anchors it
 * was calibrated to, and the placement response's curve. Replications through the replicator
 * (Web Workers); the assumptions are the ranged ones of src/scenario/defaults.ts.
 */
import { ANCHORS, type Anchor, type AnchorScenario } from '../experiment/anchors.ts';
import { derive, type MetricId, type ReplicationResult } from '../experiment/catalogue.ts';
import { quantileSorted, sortedFinite } from '../experiment/quantiles.ts';
import type { Replicator } from '../experiment/replicator.ts';
import { multiplier } from '../formula/multiplier-curve.ts';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import { parseScenarioOrThrow } from '../scenario/parse.ts';
import { loadPreset } from '../scenario/presets.ts';
import { setPath } from '../scenario/set-path.ts';
import type { Scenario, ScenarioInput } from '../scenario/types.ts';
import type { Progress } from './progress.ts';
import { mean, standardError } from './stats.ts';

/** The assumptions a reader can move: id, scenario path, range and the default value. */
export interface Assumption {
  id: string;
  path: string;
  low: number;
  high: number;
  value: number;
}

export const ASSUMPTIONS: readonly Assumption[] = DEFAULT_ASSUMPTIONS.map((a) => ({
  id: a.id,
  path: a.path,
  low: a.low,
  high: a.high,
  value: a.path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], DEFAULT_SCENARIO) as number,
}));

export type AssumptionValues = Readonly<Record<string, number>>;

function withAssumptions(input: ScenarioInput, values: AssumptionValues): ScenarioInput {
  let out = input;
  for (const a of ASSUMPTIONS) if (values[a.id] !== undefined) out = setPath(out, a.path, values[a.id]);
  return out;
}

/** An anchor's scenario with the reader's assumptions. */
export function anchorScenarioWith(a: AnchorScenario, values: AssumptionValues): Scenario {
  let input = withAssumptions(loadPreset(a.preset), values);
  for (const [path, value] of Object.entries(a.set ?? {})) input = setPath(input, path, value);
  return parseScenarioOrThrow(input);
}

export interface Figure {
  mean: number;
  se: number;
  p10: number;
  p90: number;
}

export interface AnchorResult {
  anchor: Anchor;
  /** Band: the model's figure. Order: the better scenario's. */
  figure: Figure;
  /** Order: the worse scenario's figure. */
  other: Figure | null;
  holds: boolean;
}

function figureOf(results: readonly ReplicationResult[], metric: MetricId): Figure {
  // The app's and the CLI's quantiles, so a notebook's band is the one they print.
  const sorted = sortedFinite(results.map((r) => r.metrics[metric]));
  const xs = Array.from(sorted);
  return { mean: mean(xs), se: standardError(xs), p10: quantileSorted(sorted, 0.1), p90: quantileSorted(sorted, 0.9) };
}

/** Every anchor with the model's figure under `values`, each anchor scenario run once. */
export async function runAnchors(
  replicator: Replicator,
  options: { values: AssumptionValues; replications: number; seed?: number; onScenario?: Progress; signal?: AbortSignal },
): Promise<AnchorResult[]> {
  const scenarios = new Map<string, AnchorScenario>();
  for (const a of ANCHORS) for (const s of a.kind === 'band' ? [a.scenario] : [a.better, a.worse]) scenarios.set(JSON.stringify(s), s);
  const runs = new Map<string, ReplicationResult[]>();
  for (const [key, s] of scenarios) {
    const scenario = anchorScenarioWith(s, options.values);
    runs.set(key, await replicator.replicate(scenario, options.seed ?? scenario.simulation.seed, options.replications, { signal: options.signal }));
    options.onScenario?.(runs.size, scenarios.size);
  }
  const of = (s: AnchorScenario, metric: MetricId) => figureOf(runs.get(JSON.stringify(s)) ?? [], metric);
  return ANCHORS.map((anchor) => {
    if (anchor.kind === 'band') {
      const figure = of(anchor.scenario, anchor.metric);
      return { anchor, figure, other: null, holds: figure.mean >= anchor.low && figure.mean <= anchor.high };
    }
    const figure = of(anchor.better, anchor.metric);
    const other = of(anchor.worse, anchor.metric);
    return { anchor, figure, other, holds: figure.mean <= other.mean - anchor.margin };
  });
}

/** Caseloads of the error curve, cases per productive FTE (the app's curve uses the same idea). */
export const CURVE_CASELOADS = [15, 20, 25, 30, 35, 40, 45, 50, 55] as const;

export interface CurvePoint {
  /** The caseload asked for, and the one measured (cases per productive FTE). */
  target: number;
  caseload: number;
  decisionErrorShare: number;
  auditedPlacementFileErrorShare: number;
  investigationsLateShare: number;
}

/**
 * The status quo at each caseload: posts set so that today's open cases come to that many per
 * post, no cap in the way (500) and a waiting list, as the app's error curve does, so the curve
 * shows what caseload alone does under these assumptions.
 */
export async function errorCurve(
  replicator: Replicator,
  options: { values: AssumptionValues; replications: number; seed?: number; caseloads?: readonly number[]; onPoint?: Progress; signal?: AbortSignal },
): Promise<CurvePoint[]> {
  const base = withAssumptions(loadPreset('status-quo'), options.values);
  const d = derive(parseScenarioOrThrow(base));
  const open = d.arrivalsPerDay * d.meanDurationDays;
  const caseloads = options.caseloads ?? CURVE_CASELOADS;
  const points: CurvePoint[] = [];
  for (const target of caseloads) {
    const fte = Math.max(0.5, Math.round((open / target) * 10) / 10);
    let input = setPath(base, 'advisors.fte', fte);
    for (const [path, value] of [['advisors.hiring', []], ['simulation.warmupFte', fte], ['advisors.caseCap', 500], ['simulation.warmupCaseCap', 500], ['allocation.policy', 'waitlist']] as const) {
      input = setPath(input, path, value);
    }
    const s = parseScenarioOrThrow(input);
    const runs = await replicator.replicate(s, options.seed ?? s.simulation.seed, options.replications, { signal: options.signal });
    const m = (id: MetricId) => mean(runs.map((r) => r.metrics[id]).filter(Number.isFinite));
    points.push({
      target,
      caseload: m('caseload'),
      decisionErrorShare: m('decisionErrorShare'),
      auditedPlacementFileErrorShare: m('auditedPlacementFileErrorShare'),
      investigationsLateShare: m('investigationsLateShare'),
    });
    options.onPoint?.(points.length, caseloads.length);
  }
  return points;
}

/** The placement response h(c) of the default scenario at strength `a`, over caseloads 10–60. */
export function placementResponseCurve(a: number): { c: number; h: number }[] {
  const h = multiplier(DEFAULT_SCENARIO.outcomes.placementResponse, 'c', a);
  return Array.from({ length: 51 }, (_, i) => ({ c: 10 + i, h: h(10 + i) }));
}

/** Today's caseload in the placement response's calibration (h = 1 there), and Herning's after halving. */
export const RESPONSE_TODAY = 46;
export const RESPONSE_HERNING = 23;
