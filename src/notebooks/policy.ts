/**
 * The policy notebook's computations, each one of the experiment layer's questions: the map of
 * posts × intake change (runSweep), today against the Herning preset over five years with its
 * budget years (runComparison), and the fewest posts meeting the council's targets at several
 * intake changes (goalSeek). All through one replicator, so shared scenarios run once.
 */
import type { MetricId } from '../experiment/catalogue.ts';
import { runComparison } from '../experiment/compare.ts';
import { goalSeek, type GoalSeekResult } from '../experiment/goal-seek.ts';
import type { Replicator } from '../experiment/replicator.ts';
import { runSweep, type SweepResult } from '../experiment/sweep.ts';
import { parseTarget } from '../experiment/targets.ts';
import type { ComparisonResult } from '../experiment/types.ts';
import { parseScenarioOrThrow } from '../scenario/parse.ts';
import { loadPreset, type PresetName } from '../scenario/presets.ts';
import { setPath } from '../scenario/set-path.ts';
import type { Progress } from './progress.ts';

/** The map's four metrics: caseload, waiting list, decision errors and total cost. */
export const MAP_METRICS: readonly MetricId[] = ['caseload', 'waitingListEnd', 'decisionErrorShare', 'totalCostPerYear'];

/** Values from `from` to `to` (included when on the grid) in steps of `step`. */
export function steps(from: number, to: number, step: number): number[] {
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => Math.round((from + i * step) * 1e6) / 1e6);
}

export const FTE_RANGE = { from: 25, to: 55 } as const;
export const INTAKE_RANGE = { from: 0, to: 50 } as const;

/**
 * Posts (in post from the start: `advisors.fte` as the department has run through its warm-up)
 * against intake change (a ramp over the first year), on the status quo.
 */
export function policyMap(
  replicator: Replicator,
  options: { fteStep: number; intakeStep: number; replications: number; seed?: number; onCell?: Progress; signal?: AbortSignal },
): Promise<SweepResult> {
  return runSweep(
    {
      input: loadPreset('status-quo'),
      axes: [
        { path: 'advisors.fte', values: steps(FTE_RANGE.from, FTE_RANGE.to, options.fteStep) },
        { path: 'intake.growth.percent', values: steps(INTAKE_RANGE.from, INTAKE_RANGE.to, options.intakeStep) },
      ],
      metrics: MAP_METRICS,
    },
    {
      replicator,
      replications: options.replications,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.signal ? { signal: options.signal } : {}),
      onCell: (_cell, done, total) => options.onCell?.(done, total),
    },
  );
}

/** Five years: the horizon of the Herning comparison, in weeks. */
export const FIVE_YEARS = 260;

function fiveYears(name: PresetName) {
  return parseScenarioOrThrow(setPath(loadPreset(name), 'simulation.horizonWeeks', FIVE_YEARS));
}

/** The Herning preset against today (status quo), five years, paired replications. */
export function herningAgainstToday(replicator: Replicator, options: { replications: number; seed?: number; onProgress?: Progress; signal?: AbortSignal }): Promise<ComparisonResult> {
  return runComparison(fiveYears('herning-model'), fiveYears('status-quo'), {
    runner: replicator.runner,
    replicator,
    replications: options.replications,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

/** The council's targets the goal seek answers (the app's goal panel presets, minus the late-investigation floor). */
export const GOAL_TARGETS = ['caseloadEnd<=30', 'waitingListEnd<=10'] as const;
export const GOAL_INTAKES = [0, 25, 50] as const;

export interface GoalAtIntake {
  intake: number;
  result: GoalSeekResult;
}

/** The fewest posts meeting {@link GOAL_TARGETS} with probability 0.8, at each intake change. */
export async function goalAcrossIntake(
  replicator: Replicator,
  options: { replications: number; step: number; intakes?: readonly number[]; seed?: number; onIntake?: Progress; signal?: AbortSignal },
): Promise<GoalAtIntake[]> {
  const intakes = options.intakes ?? GOAL_INTAKES;
  const out: GoalAtIntake[] = [];
  for (const intake of intakes) {
    const scenario = parseScenarioOrThrow(setPath(loadPreset('status-quo'), 'intake.growth.percent', intake));
    const result = await goalSeek(
      { scenario, targets: GOAL_TARGETS.map(parseTarget), probability: 0.8, step: options.step },
      { replicator, replications: options.replications, ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.signal ? { signal: options.signal } : {}) },
    );
    out.push({ intake, result });
    options.onIntake?.(out.length, intakes.length);
  }
  return out;
}
