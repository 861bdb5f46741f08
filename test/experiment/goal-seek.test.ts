/**
 * Goal seek over a stub runner whose caseload falls with posts and whose noise is shared by
 * replication index (common random numbers): the probability of a target is then monotone in
 * posts, so the search must find exactly the fewest posts a brute-force scan finds, verified
 * at the answer and one step below. Fresh seeds every run (fast-check prints the failing one).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalSeek, withAddedPosts } from '../../src/experiment/goal-seek.ts';
import { Replicator } from '../../src/experiment/replicator.ts';
import { parseTarget, probabilityOfTargets, wilson } from '../../src/experiment/targets.ts';
import { scenarioWith } from '../support/scenarios.ts';
import { postsOf, stubRunner, type MakeMetrics } from '../support/stub-runner.ts';

/** Caseload of a department of `posts`: 1500 cases over them, ±20 % chance. */
const caseloadModel: MakeMetrics = (s, u) => ({
  caseloadEnd: (1500 / postsOf(s)) * (0.8 + 0.4 * u),
  staffCostPerYear: postsOf(s) * 625_000,
  totalCostPerYear: postsOf(s) * 625_000 + 1e8,
});

describe('goalSeek', () => {
  it('finds the fewest posts a full scan finds, and verifies the answer and one step below', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 15, max: 60 }),
        fc.integer({ min: 18, max: 40 }),
        fc.constantFrom(0.5, 0.8, 0.9),
        fc.constantFrom(0.5, 1, 2),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(undefined, 6),
        async (fte, limit, probability, step, seed, searchReplications) => {
          const scenario = scenarioWith((s) => ((s.advisors.fte = fte), (s.simulation.replications = 12), (s.simulation.seed = seed)));
          const targets = [parseTarget(`caseloadEnd<=${limit}`)];
          const runner = stubRunner(caseloadModel);
          const result = await goalSeek({ scenario, targets, probability, step, maxAddedFte: 200, searchReplications }, { replicator: new Replicator(runner) });
          // Brute force over the same grid with the same runner.
          const scan = new Replicator(stubRunner(caseloadModel));
          const p = async (k: number) => {
            const s = withAddedPosts(scenario, Math.round(k * step * 1000) / 1000, 0);
            return probabilityOfTargets(await scan.replicate(s, seed, 12), targets).probability;
          };
          let k = -Math.floor((fte - 0.5) / step + 1e-9);
          while ((await p(k)) < probability) k++;
          expect(result.reachable).toBe(true);
          expect(result.answer?.addedFte).toBeCloseTo(k * step, 6);
          expect(result.answer?.probability).toBeGreaterThanOrEqual(probability);
          expect(result.answer?.replications).toBe(12);
          if (result.belowAnswer) {
            expect(result.belowAnswer.probability).toBeLessThan(probability);
            expect(result.belowAnswer.addedFte).toBeCloseTo((result.answer?.addedFte ?? Number.NaN) - step, 6);
          }
          expect(result.answer?.postsFte).toBeCloseTo(fte + k * step, 6);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('gives the --set that reproduces the answer and the step below', async () => {
    const scenario = scenarioWith((s) => ((s.advisors.fte = 30), (s.simulation.replications = 10)));
    const result = await goalSeek({ scenario, targets: [parseTarget('caseloadEnd<=30')], step: 1, fromWeek: 8 }, { replicator: new Replicator(stubRunner(caseloadModel)) });
    expect(result.answer?.set).toEqual([`advisors.hiring=${JSON.stringify([{ week: 8, fte: result.answer?.addedFte }])}`]);
    expect(result.belowAnswer?.set).toEqual([`advisors.hiring=${JSON.stringify([{ week: 8, fte: result.belowAnswer?.addedFte }])}`]);
    // Staff cost above the scenario's own: 625 000 DKK per added post in the stub.
    expect(result.answer?.addedStaffCostPerYear).toBeCloseTo((result.answer?.addedFte ?? 0) * 625_000, 0);
    expect(result.summary).toContain('one step below');
  });

  it('says when the targets cannot be met within the range, with how close the largest candidate came', async () => {
    const scenario = scenarioWith((s) => ((s.advisors.fte = 20), (s.simulation.replications = 8)));
    const result = await goalSeek({ scenario, targets: [parseTarget('caseloadEnd<=1')], maxAddedFte: 40, step: 5 }, { replicator: new Replicator(stubRunner(caseloadModel)) });
    expect(result.reachable).toBe(false);
    expect(result.answer).toBeNull();
    expect(result.best?.postsFte).toBe(60);
    expect(result.summary).toMatch(/^the targets are not met with probability 80 % within the range: at 60 posts the probability is 0 %/);
  });

  it('searches downwards when the scenario already meets the targets', async () => {
    const scenario = scenarioWith((s) => ((s.advisors.fte = 100), (s.simulation.replications = 8)));
    const result = await goalSeek({ scenario, targets: [parseTarget('caseloadEnd<=40')], step: 1 }, { replicator: new Replicator(stubRunner(caseloadModel)) });
    expect(result.answer?.addedFte).toBeLessThan(0);
    expect(result.answer?.probability).toBeGreaterThanOrEqual(0.8);
    expect(result.belowAnswer?.probability).toBeLessThan(0.8);
  });
});

describe('wilson(k, n)', () => {
  it('contains the observed share, stays in [0, 1] and narrows as n grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const [lo, hi] = wilson(k, n);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(k / n + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(k / n - 1e-12);
        const [lo4, hi4] = wilson(4 * k, 4 * n);
        expect(hi4 - lo4).toBeLessThan(hi - lo + 1e-12);
      }),
    );
  });

  it('matches a textbook value: 8 of 10 gives 0.49–0.94', () => {
    const [lo, hi] = wilson(8, 10);
    expect(lo).toBeCloseTo(0.4902, 3);
    expect(hi).toBeCloseTo(0.9433, 3);
  });
});
