/**
 * The experiment layer over a stub runner: the replicator's cache and queue, sweeps and
 * sensitivity. The stub makes metrics up from the scenario, so each figure is known exactly.
 */
import { describe, expect, it } from 'vitest';
import { Replicator } from '../../src/experiment/replicator.ts';
import { runSensitivity, varianceShares } from '../../src/experiment/sensitivity.ts';
import { parseAxis, runSweep, SweepError } from '../../src/experiment/sweep.ts';
import { parseTarget, TargetError } from '../../src/experiment/targets.ts';
import { isAbortError } from '../../src/runner/abort.ts';
import type { ReplicationResult } from '../../src/model/metrics.ts';
import { scenarioWith } from '../support/scenarios.ts';
import { chance, postsOf, stubRunner } from '../support/stub-runner.ts';

const scenario = scenarioWith((s) => (s.simulation.replications = 6));

describe('Replicator', () => {
  it('runs only what the cache lacks, whatever the title, and keys by seed', async () => {
    const runner = stubRunner(() => ({}));
    const replicator = new Replicator(runner);
    await replicator.replicate(scenario, 1, 4);
    await replicator.replicate({ ...scenario, title: 'another name' }, 1, 6);
    await replicator.replicate(scenario, 2, 2);
    expect(runner.requests.map(({ from, to, seed }) => [seed, from, to])).toEqual([
      [1, 0, 4],
      [1, 4, 6],
      [2, 0, 2],
    ]);
    expect((await replicator.replicate(scenario, 1, 6)).map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(runner.requests).toHaveLength(3);
  });

  it('queues requests for one runner, and a request aborted while queued leaves at once', async () => {
    let active = 0;
    let most = 0;
    const runner = stubRunner(() => ({}));
    const run = runner.run.bind(runner);
    runner.run = async (...args) => {
      most = Math.max(most, ++active);
      try {
        return await run(...args);
      } finally {
        active--;
      }
    };
    const replicator = new Replicator(runner);
    const controller = new AbortController();
    const first = replicator.replicate(scenario, 1, 6);
    const second = replicator.replicate(scenarioWith((s) => (s.advisors.fte = 50)), 1, 6, { signal: controller.signal });
    const third = replicator.replicate(scenarioWith((s) => (s.advisors.fte = 60)), 1, 6);
    controller.abort();
    await expect(second).rejects.toSatisfy(isAbortError);
    expect(await first).toHaveLength(6);
    expect(await third).toHaveLength(6);
    expect(most).toBe(1);
  });
});

describe('targets', () => {
  it('reads metric, direction and limit, a percent for shares', () => {
    expect(parseTarget('caseloadEnd<=25')).toEqual({ metric: 'caseloadEnd', op: '<=', value: 25 });
    expect(parseTarget(' investigationsLateShare <= 10% ')).toEqual({ metric: 'investigationsLateShare', op: '<=', value: 0.1 });
    expect(parseTarget('totalCostPerYear>=1.5e8').value).toBe(1.5e8);
  });

  it.each([
    ['caseload=25', 'a target reads metric<=value'],
    ['caseloud<=25', 'caseloud is not a metric'],
    ['caseload<=lots', '"lots" is not a number'],
    ['caseload<=25%', 'only shares take a percent'],
  ])('refuses %s, saying %s', (text, message) => {
    expect(() => parseTarget(text)).toThrow(TargetError);
    expect(() => parseTarget(text)).toThrow(message);
  });
});

describe('runSweep', () => {
  const make = stubRunner((s) => ({ caseloadEnd: 1000 / postsOf(s) * (1 + s.intake.growth.percent / 100) }));

  it('runs the grid row-major, summarises each cell and draws the frontier', async () => {
    const result = await runSweep(
      {
        input: { simulation: { replications: 3 } },
        axes: [parseAxis('advisors.fte=20:50:10'), parseAxis('intake.growth.percent=0,50')],
        metrics: ['caseloadEnd'],
        targets: [parseTarget('caseloadEnd<=30')],
      },
      { replicator: new Replicator(make) },
    );
    expect(result.cells.map((c) => c.values)).toEqual([[20, 0], [20, 50], [30, 0], [30, 50], [40, 0], [40, 50], [50, 0], [50, 50]]);
    expect(result.cells[0]?.metrics.caseloadEnd?.mean).toBeCloseTo(50, 9);
    // 1000/fte <= 30 from 40 posts; with +50 % intake 1500/fte <= 30 from 50.
    expect(result.frontier).toEqual([{ value: 0, first: 40 }, { value: 50, first: 50 }]);
    // The smallest value meeting the targets, even when the axis is given downwards.
    const down = await runSweep(
      { input: { simulation: { replications: 3 } }, axes: [parseAxis('advisors.fte=50,40,30'), parseAxis('intake.growth.percent=0,50')], metrics: ['caseloadEnd'], targets: [parseTarget('caseloadEnd<=30')] },
      { replicator: new Replicator(make) },
    );
    expect(down.frontier).toEqual([{ value: 0, first: 40 }, { value: 50, first: 50 }]);
  });

  it('refuses an axis that changes nothing, and a bad cell, naming it', async () => {
    const replicator = new Replicator(make);
    const run = (path: string, input = {}) => runSweep({ input, axes: [parseAxis(path)], metrics: ['caseloadEnd'] }, { replicator });
    await expect(run('intake.growth.percent=0,10', { intake: { growth: { kind: 'none' } } })).rejects.toThrow(/intake\.growth\.percent is 10 but intake\.growth\.kind is "none"/);
    await expect(run('intake.growth.startWeek=0,10', { intake: { growth: { kind: 'none', percent: 0 } } })).rejects.toThrow(/run the same scenario/);
    await expect(run('advisors.fte=0,10')).rejects.toThrow(/at advisors\.fte=0: advisors\.fte must be between/);
    await expect(run('simulation.seed=1,2')).rejects.toThrow(/simulation\.seed cannot be an axis/);
    expect(() => parseAxis('advisors.fte=1:10000:1')).toThrow(SweepError);
    expect(() => parseAxis('advisors.fte=10:1:1')).toThrow('1 is below 10');
  });
});

describe('runSensitivity', () => {
  // A metric that depends on productive share (strongly) and the task-hours scale (weakly) only.
  const make = stubRunner((s, u) => ({ childrenLetDownShare: 2 - 2 * s.advisors.productiveShare + 0.1 * s.advisors.taskHoursScale + 0.01 * u }));

  it('moves each assumption to its ends with the rest fixed, and sorts the bars by swing', async () => {
    const result = await runSensitivity(scenario, 'childrenLetDownShare', { replicator: new Replicator(make), together: false });
    expect(result.bars.map((b) => b.id)).toEqual(['productiveShare', 'taskHours', expect.any(String), expect.any(String)]);
    const [share, hours] = result.bars;
    expect(share?.swing).toBeCloseTo(2 * (0.8 - 0.6), 9);
    expect(share?.swingSe).toBeCloseTo(0, 9);
    expect(hours?.swing).toBeCloseTo(0.1 * (1.25 - 0.8), 9);
    expect(result.bars.slice(2).every((b) => b.swing === 0)).toBe(true);
    const chances = [0, 1, 2, 3, 4, 5].map((i) => chance(scenario.simulation.seed, i));
    expect(result.base.mean).toBeCloseTo(2 - 1.4 + 0.1 + (0.01 * chances.reduce((a, b) => a + b, 0)) / 6, 12);
  });

  it('splits the spread among assumptions drawn together by standardised regression', () => {
    // y = 3 a + b over independent draws: a explains 9 Var(a) / Var(y), b the rest.
    const rows: ReplicationResult[] = [];
    for (let i = 0; i < 400; i++) {
      const a = Math.sin(i * 1.7) * 0.5;
      const b = Math.cos(i * 2.3) * 0.5;
      rows.push({ replication: i, metrics: { childrenLetDownShare: 3 * a + b }, assumptions: { a, b } } as unknown as ReplicationResult);
    }
    const { shares, unexplained } = varianceShares(rows, 'childrenLetDownShare', ['a', 'b']);
    expect((shares[0]?.share ?? 0) + (shares[1]?.share ?? 0)).toBeCloseTo(1, 2);
    expect(shares[0]?.share).toBeGreaterThan(0.85);
    expect(unexplained).toBeLessThan(0.02);
  });
});

describe('investigationLateFloor', () => {
  it('is the share of investigations whose own length outlasts the deadline, checked against a simulation of the draw', async () => {
    const { investigationLateFloor } = await import('../../src/experiment/floors.ts');
    const { lognormalQuantile } = await import('../../src/random/distributions.ts');
    const floor = investigationLateFloor(scenario);
    const type = scenario.caseTypes.find((t) => t.id === 'investigation');
    if (!floor || !type) throw new Error('the default scenario has investigations');
    // The same lognormal by inversion on a fine grid of quantiles.
    const n = 100_000;
    let late = 0;
    for (let i = 0; i < n; i++) if (lognormalQuantile((i + 0.5) / n, type.duration.meanDays, type.duration.cv) > floor.dueDays) late++;
    expect(floor.share).toBeCloseTo(late / n, 3);
    expect(floor.dueDays).toBe(122);
  });
});
