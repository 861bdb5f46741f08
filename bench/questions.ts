/**
 * The decision questions' cost, as the CLI runs them with two worker threads: goal seek on
 * status-quo with the app's preset targets, in seconds and as a multiple of one plain run of the
 * same scenario (40 replications) through the same runner in the same process.
 */
import { goalSeek } from '../src/experiment/goal-seek.ts';
import { Replicator } from '../src/experiment/replicator.ts';
import { parseTarget } from '../src/experiment/targets.ts';
import { createThreadRunner } from '../src/runner/node-threads.ts';
import type { Scenario } from '../src/scenario/types.ts';

export const APP_TARGETS = ['caseloadEnd<=30', 'investigationsLateShareLastYear<=10%', 'waitingListEnd<=10'];

export async function measureQuestions(statusQuo: Scenario) {
  const runner = createThreadRunner(2);
  try {
    // Warm the threads (module load) before timing.
    await runner.run({ scenario: statusQuo, seed: 99, from: 0, to: 2 });
    const t0 = performance.now();
    await runner.run({ scenario: statusQuo, seed: statusQuo.simulation.seed, from: 0, to: statusQuo.simulation.replications });
    const oneRun = (performance.now() - t0) / 1000;
    const targets = APP_TARGETS.map(parseTarget);
    const timed = async (searchReplications?: number) => {
      const start = performance.now();
      const result = await goalSeek({ scenario: statusQuo, targets, step: 1, searchReplications }, { replicator: new Replicator(runner) });
      const seconds = (performance.now() - start) / 1000;
      const replications = result.evaluations.reduce((sum, c) => sum + c.replications, 0);
      return { seconds: round(seconds), ratioToOneRun: round(seconds / oneRun), candidates: result.evaluations.length, replicationsRun: replications, answerPosts: result.answer?.postsFte ?? null };
    };
    return {
      workers: 2,
      oneRunSeconds: round(oneRun),
      solveFull: await timed(),
      solveScreened20: await timed(20),
    };
  } finally {
    runner.close();
  }
}

const round = (x: number) => Number(x.toPrecision(4));
