/**
 * The reverse question: with this much more a year for advisors, what can we reach? The most
 * posts (in steps, from a week, recruited and onboarded as in goal seek) whose added staff and
 * recruitment cost per year, paired mean over the replications, stays within the budget; with
 * what they achieve and, given targets, the probability of meeting them.
 */
import { MODEL_VERSION } from '../model/version.ts';
import type { Scenario } from '../scenario/types.ts';
import { candidates, postsAfterPlan, type Candidate, type ExperimentControl } from './goal-seek.ts';
import { formatTarget, type Target } from './targets.ts';

export interface BudgetReachRequest {
  scenario: Scenario;
  /** Extra DKK per year for posts (staff and recruitment). */
  budgetDkkPerYear: number;
  targets?: readonly Target[];
  step?: number;
  fromWeek?: number;
}

export interface BudgetReachResult {
  kind: 'budgetReach';
  modelVersion: string;
  seed: number;
  replications: number;
  budgetDkkPerYear: number;
  targets: string[];
  step: number;
  fromWeek: number;
  /** The most posts the budget pays for, and what they achieve. */
  affordable: Candidate;
  /** One step more, which the budget does not pay for (null when the search hit its ceiling). */
  oneStepMore: Candidate | null;
  evaluations: Candidate[];
  summary: string;
}

export async function reachWithBudget(request: BudgetReachRequest, control: ExperimentControl): Promise<BudgetReachResult> {
  const { scenario, budgetDkkPerYear: budget } = request;
  const targets = request.targets ?? [];
  const step = request.step ?? 0.5;
  const fromWeek = request.fromWeek ?? 0;
  const { evaluate, evaluated } = candidates(scenario, targets, step, fromWeek, control);
  const fits = async (k: number) => k === 0 || (await evaluate(k)).addedStaffCostPerYear <= budget;
  // Staff cost is close to linear in posts: start at the budget over a post's full cost, then walk.
  const perStep = scenario.advisors.fullCostPerFteDkk * step;
  const top = Math.max(1, Math.ceil((5000 - postsAfterPlan(scenario)) / step));
  let k = perStep > 0 ? Math.min(top, Math.floor(budget / perStep)) : top;
  if (await fits(k)) {
    while (k < top && (await fits(k + 1))) k++;
  } else {
    while (k > 0 && !(await fits(k))) k--;
  }
  const affordable = await evaluate(k);
  const oneStepMore = k < top ? await evaluate(k + 1) : null;
  const base = await evaluate(0);
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const reach = targets.length ? `; targets met in ${pct(affordable.probability)} of runs (today ${pct(base.probability)})` : '';
  return {
    kind: 'budgetReach',
    modelVersion: MODEL_VERSION,
    seed: control.seed ?? scenario.simulation.seed,
    replications: control.replications ?? scenario.simulation.replications,
    budgetDkkPerYear: budget,
    targets: targets.map(formatTarget),
    step,
    fromWeek,
    affordable,
    oneStepMore,
    evaluations: evaluated(),
    summary: `${(budget / 1e6).toFixed(1)} m DKK a year pays for +${affordable.addedFte} FTE (${affordable.postsFte} posts, ${(affordable.addedStaffCostPerYear / 1e6).toFixed(1)} m DKK a year)${reach}`,
  };
}
