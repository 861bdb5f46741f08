/**
 * The decision questions on the command line, on the real model with few replications: the
 * solve answer's --set reproduces its figures through `run`, sensitivity names assumptions by
 * path sorted by effect, sweeps print their grid, and bad input is one line with exit 2.
 */
import { describe, expect, it } from 'vitest';
import { sagstalInProcess as sagstal } from '../support/cli.ts';

describe('sagstal solve', () => {
  it('answers with the --set of the answer and of one step below, each reproducible by run', async () => {
    const solved = await sagstal('solve', 'status-quo', '--target', 'caseloadEnd<=40', '-n', '4', '--step', '2', '--max-fte', '20');
    expect(solved.status).toBe(0);
    const result = JSON.parse(solved.stdout);
    expect(result.kind).toBe('goalSeek');
    expect(result.reachable).toBe(true);
    expect(result.answer.probability).toBeGreaterThanOrEqual(0.8);
    expect(result.belowAnswer.probability).toBeLessThan(0.8);
    expect(result.answer.interval[0]).toBeLessThanOrEqual(result.answer.probability);
    expect(result.answer.addedFte - result.belowAnswer.addedFte).toBe(2);
    expect(solved.stderr.trim().split('\n')).toHaveLength(1);
    expect(solved.stderr).toMatch(/^sagstal: \+\d+ FTE \(\d+ posts\)/);
    for (const candidate of [result.answer, result.belowAnswer]) {
      const args = candidate.set.flatMap((s: string) => ['--set', s]);
      const run = JSON.parse((await sagstal('run', 'status-quo', '-n', '4', ...args)).stdout);
      expect(run.metrics.caseloadEnd.mean).toBe(candidate.metrics.caseloadEnd.mean);
    }
  }, 60_000);

  it('screens with fewer replications and still answers with all of them', async () => {
    const full = JSON.parse((await sagstal('solve', 'status-quo', '--target', 'caseloadEnd<=40', '-n', '6', '--step', '2', '--max-fte', '20')).stdout);
    const screened = JSON.parse((await sagstal('solve', 'status-quo', '--target', 'caseloadEnd<=40', '-n', '6', '--step', '2', '--max-fte', '20', '--screen', '3')).stdout);
    expect(screened.answer.replications).toBe(6);
    expect(screened.belowAnswer.replications).toBe(6);
    expect(screened.evaluations.some((c: { replications: number }) => c.replications === 3)).toBe(true);
    // The full-replication search from the screened answer lands where the full search does (monotone under CRN).
    expect(screened.answer.addedFte).toBe(full.answer.addedFte);
  }, 60_000);

  it('answers the reverse question: what a yearly budget pays for', async () => {
    const out = await sagstal('solve', 'status-quo', '--budget', '3000000', '-n', '3', '--step', '1', '--target', 'caseloadEnd<=40');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.kind).toBe('budgetReach');
    expect(result.affordable.addedStaffCostPerYear).toBeLessThanOrEqual(3_000_000);
    expect(result.oneStepMore.addedStaffCostPerYear).toBeGreaterThan(3_000_000);
    expect(result.affordable.addedFte).toBeGreaterThanOrEqual(3);
  }, 60_000);
});

describe('sagstal sensitivity', () => {
  it('moves each assumption over its range and sorts them by effect', async () => {
    const out = await sagstal('sensitivity', 'status-quo', '--metric', 'childrenLetDownShare', '-n', '3');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.bars.map((b: { path: string }) => b.path).sort()).toEqual(
      ['advisors.productiveShare', 'advisors.taskHoursScale', 'documentation.errorCurveParameter', 'outcomes.placementResponseParameter'].sort(),
    );
    const swings = result.bars.map((b: { swing: number }) => b.swing);
    expect(swings).toEqual([...swings].sort((a: number, b: number) => b - a));
    expect(result.together.shares).toHaveLength(4);
  }, 60_000);
});

describe('sagstal sweep', () => {
  it('prints the grid as CSV, the last axis fastest', async () => {
    const out = await sagstal('sweep', 'status-quo', '--vary', 'advisors.fte=30:40:10', '--vary', 'intake.growth.percent=0,25', '--metric', 'caseloadEnd', '-n', '2', '--format', 'csv');
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe('advisors.fte,intake.growth.percent,caseloadEnd.mean,caseloadEnd.p10,caseloadEnd.p50,caseloadEnd.p90');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['30,0', '30,25', '40,0', '40,25']);
  }, 60_000);
});

describe('decision questions on bad input', () => {
  it.each([
    [['solve', 'status-quo'], 'solve needs at least one --target'],
    [['solve', 'status-quo', '--target', 'caseload=3'], 'a target reads metric<=value'],
    [['solve', 'status-quo', '--target', 'nope<=3'], 'nope is not a metric'],
    [['solve', 'status-quo', '--target', 'caseload<=3', '--probability', '2'], '--probability must be a number between 0 and 1'],
    [['sensitivity', 'status-quo', '--metric', 'nope'], '--metric nope is not a metric'],
    [['sweep', 'status-quo'], 'sweep needs one or two --vary'],
    [['sweep', 'status-quo', '--vary', 'advisors.fte=1:2'], 'expects from:to:step'],
    [['sweep', 'status-quo', '--vary', 'advisors.nope=1,2'], 'advisors.nope'],
    [['run', 'status-quo', '--target', 'caseload<=3'], '--target is an option of solve and sweep, not of run'],
    [['solve', 'status-quo', '--target', 'caseload<=3', '--screen', '0'], '--screen must be a whole number of at least 1'],
  ])('sagstal %j says "%s"', async (args, message) => {
    const out = await sagstal(...args);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain(message);
  });
});
