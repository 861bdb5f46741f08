/**
 * Goal seek: the fewest advisors that meet the council's targets with a given probability.
 *
 * Candidates add posts in steps (`step` FTE) from a week of the horizon, as a hiring step: they
 * recruit and onboard as the model's posts do, so "from week 0" still takes months to help.
 * Every candidate runs the same replications (common random numbers), so the probability of
 * meeting the targets rises with the posts almost surely, and a monotone search applies: from the
 * workload formula's guess, double until the targets hold, then halve the gap. The answer is
 * verified, not assumed: the report gives the probability at the answer and one step below, each
 * with its interval, and says so when the range holds no answer.
 */
import { derive } from '../model/derive.ts';
import { METRIC_IDS, METRICS, type MetricId, type ReplicationResult } from '../model/metrics.ts';
import { MODEL_VERSION } from '../model/version.ts';
import { checkWorkBound, WorkLimitError } from '../model/work-bound.ts';
import type { HiringStep, Scenario } from '../scenario/types.ts';
import { floorNotes } from './floors.ts';
import type { Replicator } from './replicator.ts';
import { summarizeMetric } from './summarize.ts';
import { formatTarget, probabilityOfTargets, type Probability, type Target } from './targets.ts';
import type { MetricSummary } from './types.ts';

export interface GoalSeekRequest {
  scenario: Scenario;
  targets: readonly Target[];
  /** Required probability of meeting every target (default 0.8). */
  probability?: number;
  /** FTE per step of the search (default 0.5). */
  step?: number;
  /** Week of the horizon the added posts are created (default 0). */
  fromWeek?: number;
  /** Most FTE the search may add (default: three times the scenario's posts, at least 20). */
  maxAddedFte?: number;
  /**
   * Replications per candidate while searching (default: all of them). Fewer screen faster; the
   * answer and the step below are then run with all replications and the search walks on from
   * there until the two agree with the required probability.
   */
  searchReplications?: number;
  /** Each candidate as it is evaluated (progress). */
  onCandidate?: (candidate: Candidate) => void;
}

export interface ExperimentControl {
  replicator: Replicator;
  /** Default: the scenario's. */
  seed?: number;
  /** Default: the scenario's. */
  replications?: number;
  signal?: AbortSignal;
}

export interface Candidate extends Probability {
  /** FTE added by the candidate's hiring step (negative: removed). */
  addedFte: number;
  /** Posts once the hiring plan has run. */
  postsFte: number;
  /** `--set` assignments that turn the scenario into this candidate ([] = the scenario itself). */
  set: string[];
  /** Headline metrics and cost, summarised over the replications. */
  metrics: Partial<Record<MetricId, MetricSummary>>;
  /** Staff and recruitment cost per year above the scenario's own, paired mean, DKK/year. */
  addedStaffCostPerYear: number;
  /** All cost per year (staff, recruitment, measures) above the scenario's own, paired mean, DKK/year. */
  addedTotalCostPerYear: number;
}

export interface GoalSeekResult {
  kind: 'goalSeek';
  modelVersion: string;
  seed: number;
  replications: number;
  targets: string[];
  probability: number;
  step: number;
  fromWeek: number;
  /** Whether some candidate in the range meets the targets with the required probability. */
  reachable: boolean;
  /** The fewest posts that do, or null. */
  answer: Candidate | null;
  /** One step below the answer (fails, by construction of the search), or null at the range's floor. */
  belowAnswer: Candidate | null;
  /** The largest candidate tried when unreachable (how close it came), else null. */
  best: Candidate | null;
  range: { minAddedFte: number; maxAddedFte: number };
  /** Every candidate evaluated, by added FTE. */
  evaluations: Candidate[];
  /** One sentence saying what was found. */
  summary: string;
  /** What the answer rests on that the user should know (a target near a floor no staffing moves). */
  notes: string[];
}

/** The metrics a goal-seek report summarises per candidate. */
export const CANDIDATE_METRICS: MetricId[] = [
  'caseload',
  'caseloadEnd',
  'waitingListEnd',
  'investigationsLateShare',
  'investigationsLateShareLastYear',
  'childrenLetDownShare',
  'auditedFileErrorShare',
  'decisionErrorShare',
  'staffCostPerYear',
  'totalCostPerYear',
];

/** The scenario with `added` FTE of posts created at `fromWeek` (the scenario itself for 0). */
export function withAddedPosts(scenario: Scenario, added: number, fromWeek: number): Scenario {
  if (added === 0) return scenario;
  const hiring: HiringStep[] = [...scenario.advisors.hiring, { week: fromWeek, fte: added }];
  return { ...scenario, advisors: { ...scenario.advisors, hiring } };
}

export async function goalSeek(request: GoalSeekRequest, control: ExperimentControl): Promise<GoalSeekResult> {
  const { scenario, targets } = request;
  const p = request.probability ?? 0.8;
  const step = request.step ?? 0.5;
  const fromWeek = request.fromWeek ?? 0;
  const seed = control.seed ?? scenario.simulation.seed;
  const replications = control.replications ?? scenario.simulation.replications;
  const posts = postsAfterPlan(scenario);
  const maxAdded = request.maxAddedFte ?? Math.max(20, 3 * posts);
  const top = Math.max(1, Math.ceil(maxAdded / step - 1e-9));
  // The floor keeps at least one post (half an FTE) once every step has run.
  const floor = -Math.floor((posts - 0.5) / step + 1e-9);

  const screening = Math.min(replications, request.searchReplications ?? replications);
  const search = candidates(scenario, targets, step, fromWeek, { ...control, replications: screening }, request.onCandidate);
  const full = screening < replications ? candidates(scenario, targets, step, fromWeek, { ...control, replications }, request.onCandidate) : search;
  const meets = async (c: typeof search, k: number) => (await c.evaluate(k)).probability >= p;

  // Screen (from the scenario itself, striding by the workload formula's guess), then, when
  // screening used fewer replications, search again with all of them from the screened answer.
  let { lo, hi } = await fewest((k) => meets(search, k), 0, floor, top, Math.max(1, guessSteps(scenario, posts, step)));
  if (full !== search) ({ lo, hi } = await fewest((k) => meets(full, k), hi ?? top, floor, top, 1));
  const answer = hi === null ? null : await full.evaluate(hi);
  const belowAnswer = lo === null || hi === null ? null : await full.evaluate(lo);
  const best = hi === null ? await full.evaluate(top) : null;
  const evaluations = full === search ? search.evaluated() : [...search.evaluated(), ...full.evaluated()].sort((a, b) => a.addedFte - b.addedFte || a.replications - b.replications);
  return {
    kind: 'goalSeek',
    modelVersion: MODEL_VERSION,
    seed,
    replications,
    targets: targets.map(formatTarget),
    probability: p,
    step,
    fromWeek,
    reachable: answer !== null,
    answer,
    belowAnswer,
    best,
    range: { minAddedFte: round(floor * step), maxAddedFte: round(top * step) },
    evaluations,
    summary: summaryOf(answer, belowAnswer, best, p, posts),
    notes: floorNotes(scenario, targets),
  };
}

/**
 * The fewest steps k in [floor, top] that meet, for `meets` monotone in k: from `start`, gallop
 * down (when it meets) or up (when it does not) in doubling strides, then halve the bracket.
 * `lo` is the step below the answer (known to fail), null at the floor; `hi` null when even
 * `top` fails (then `lo` is `top`).
 */
async function fewest(
  meets: (k: number) => Promise<boolean>,
  start: number,
  floor: number,
  top: number,
  firstStride: number,
): Promise<{ lo: number | null; hi: number | null }> {
  let lo: number | null = null;
  let hi: number | null = null;
  let stride = firstStride;
  if (await meets(start)) {
    hi = start;
    stride = 1; // the first stride is for climbing; going down, the answer is usually near
    while (lo === null && hi > floor) {
      const k = Math.max(floor, hi - stride);
      if (await meets(k)) hi = k;
      else lo = k;
      stride *= 2;
    }
  } else {
    lo = start;
    while (hi === null && lo < top) {
      const k = Math.min(top, lo + stride);
      if (await meets(k)) hi = k;
      else lo = k;
      stride *= 2;
    }
  }
  if (hi !== null && lo !== null) {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await meets(mid)) hi = mid;
      else lo = mid;
    }
  }
  return { lo, hi };
}

/**
 * Candidate k adds k × step FTE from `fromWeek`; each is run once (the replicator's cache) with
 * the seed and replications of the experiment, and described against the scenario itself.
 */
export function candidates(
  scenario: Scenario,
  targets: readonly Target[],
  step: number,
  fromWeek: number,
  control: ExperimentControl,
  onCandidate?: (candidate: Candidate) => void,
) {
  const seed = control.seed ?? scenario.simulation.seed;
  const replications = control.replications ?? scenario.simulation.replications;
  const seen = new Map<number, Candidate>();
  let base: ReplicationResult[] | null = null;
  const evaluate = async (k: number): Promise<Candidate> => {
    const known = seen.get(k);
    if (known) return known;
    const added = round(k * step);
    const s = withAddedPosts(scenario, added, fromWeek);
    const refusal = checkWorkBound(s, replications);
    if (refusal) throw new WorkLimitError(`${added} FTE added: ${refusal}`);
    const results = await control.replicator.replicate(s, seed, replications, { signal: control.signal });
    base ??= k === 0 ? results : await control.replicator.replicate(scenario, seed, replications, { signal: control.signal });
    const candidate = describeCandidate(s, added, results, base, targets);
    seen.set(k, candidate);
    onCandidate?.(candidate);
    return candidate;
  };
  const evaluated = () => [...seen.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
  return { evaluate, evaluated };
}

function summaryOf(answer: Candidate | null, below: Candidate | null, best: Candidate | null, p: number, posts: number): string {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const ci = (c: Candidate) => `${pct(c.probability)} (95 % interval ${pct(c.interval[0])}–${pct(c.interval[1])})`;
  if (!answer) {
    return `the targets are not met with probability ${pct(p)} within the range: at ${round(best?.postsFte ?? posts)} posts the probability is ${best ? ci(best) : 'unknown'}`;
  }
  const added = answer.addedFte === 0 ? `the scenario's ${round(posts)} posts` : `${signed(answer.addedFte)} FTE (${round(answer.postsFte)} posts)`;
  const belowText = below ? `; one step below, ${round(below.postsFte)} posts: ${ci(below)}` : '';
  const cost = answer.addedFte === 0 ? '' : `, about ${(answer.addedStaffCostPerYear / 1e6).toFixed(1)} m DKK a year ${answer.addedFte > 0 ? 'more' : 'less'} for staff`;
  return `${added}${cost}: targets met in ${ci(answer)} of runs${belowText}`;
}

function describeCandidate(
  s: Scenario,
  added: number,
  results: readonly ReplicationResult[],
  base: readonly ReplicationResult[],
  targets: readonly Target[],
): Candidate {
  const metrics: Partial<Record<MetricId, MetricSummary>> = {};
  const ids = new Set<MetricId>([...CANDIDATE_METRICS, ...targets.map((t) => t.metric)]);
  for (const id of METRIC_IDS) if (ids.has(id)) metrics[id] = summarizeMetric(results.map((r) => r.metrics[id]), METRICS[id].unit);
  const staff = (r: ReplicationResult) => r.metrics.staffCostPerYear + r.metrics.recruitmentCostPerYear;
  return {
    ...probabilityOfTargets(results, targets),
    addedFte: added,
    postsFte: postsAfterPlan(s),
    set: added === 0 ? [] : [`advisors.hiring=${JSON.stringify(s.advisors.hiring)}`],
    metrics,
    addedStaffCostPerYear: pairedMean(base, results, staff),
    addedTotalCostPerYear: pairedMean(base, results, (r) => r.metrics.totalCostPerYear),
  };
}

function pairedMean(a: readonly ReplicationResult[], b: readonly ReplicationResult[], f: (r: ReplicationResult) => number): number {
  const n = Math.min(a.length, b.length);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(b[i] as ReplicationResult) - f(a[i] as ReplicationResult);
  return n ? sum / n : Number.NaN;
}

/** Posts once every step of the hiring plan has run. */
export function postsAfterPlan(s: Scenario): number {
  return s.advisors.fte + s.advisors.hiring.reduce((sum, h) => sum + h.fte, 0);
}

/** The workload formula's shortfall in steps: where the search starts doubling. */
function guessSteps(scenario: Scenario, posts: number, step: number): number {
  const needed = derive(scenario).requiredFteByWorkloadFormula - posts;
  return Number.isFinite(needed) && needed > 0 ? Math.round(needed / step) : 1;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function signed(x: number): string {
  return x > 0 ? `+${x}` : String(x);
}
