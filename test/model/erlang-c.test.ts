/**
 * Validation 1 (model.md): one case type, exponential durations, no tasks, A advisors with
 * cap K under `waitlist`: the waiting list is an M/M/c queue with c = A·K, and the mean wait
 * must match Erlang C within sampling error.
 */
import { describe, expect, it } from 'vitest';
import { erlangC, erlangCMeanWait } from '../../src/experiment/erlang-c.ts';
import { runReplication } from '../../src/model/run-replication.ts';
import { mmcScenario } from '../support/mmc.ts';
import { mean, standardError } from '../support/scenarios.ts';


describe('erlangC(c, a)', () => {
  it('matches textbook values', () => {
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12); // M/M/1: P(wait) = rho
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
  });
});

describe('runReplication(mmc-validation)', () => {
  const scenario = mmcScenario();
  const [type] = scenario.caseTypes;
  const lambda = (type?.arrivalsPerWeek ?? 0) / 7;
  const mu = 1 / (type?.duration.meanDays ?? 1);
  const c = scenario.advisors.fte * scenario.advisors.caseCap;
  const expectedWait = erlangCMeanWait(c, lambda, mu);
  const runs = Array.from({ length: 240 }, (_, i) => runReplication(scenario, 11, i));

  it('gives the Erlang C mean wait within three standard errors', () => {
    const waits = runs.map((r) => r.metrics.waitDays);
    const error = Math.abs(mean(waits) - expectedWait);
    expect(expectedWait).toBeGreaterThan(10); // the check is only meaningful when people wait
    expect(error).toBeLessThan(3 * standardError(waits));
  });

  it("keeps a = λ/μ cases in service (Little's law for the servers)", () => {
    const open = runs.map((r) => r.metrics.openCases);
    expect(Math.abs(mean(open) - lambda / mu)).toBeLessThan(3 * standardError(open) + 0.05);
  });

  it("gives the Erlang C mean queue length Lq = λ·Wq (Little's law for the queue)", () => {
    const queue = runs.map((r) => r.metrics.waitingList);
    expect(Math.abs(mean(queue) - lambda * expectedWait)).toBeLessThan(3 * standardError(queue));
  });
});
