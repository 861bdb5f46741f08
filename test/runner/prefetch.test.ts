import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/run-replication.ts';
import { Prefetch } from '../../src/runner/prefetch.ts';
import type { ToWorker } from '../../src/runner/protocol.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const small = (() => {
  const input = loadPreset('status-quo');
  input.simulation = { ...input.simulation, horizonWeeks: 8, warmupWeeks: 4, replications: 4 };
  return parseScenarioOrThrow(input);
})();

/** A prefetch whose steps run only when the test says, as a worker's task queue would. */
function manual() {
  const steps: (() => void)[] = [];
  const prefetch = new Prefetch((step) => void steps.push(step));
  const runSteps = (n = Infinity) => {
    for (let i = 0; i < n && steps.length > 0; i++) steps.shift()?.();
  };
  return { prefetch, runSteps, pending: () => steps.length };
}

const ask = (scenario: Scenario, replication: number, seed = scenario.simulation.seed): ToWorker => ({ type: 'run', run: 1, scenario, seed, replication });

describe('Prefetch', () => {
  it('answers with exactly the replication a request would compute, bit for bit', () => {
    const { prefetch, runSteps } = manual();
    prefetch.start({ scenario: structuredClone(small), seed: small.simulation.seed, from: 0, to: 3 });
    runSteps();
    for (const replication of [0, 1, 2]) {
      const kept = prefetch.take(ask(structuredClone(small), replication));
      expect(kept).not.toBeNull();
      expect(kept).toEqual(runReplication(small, small.simulation.seed, replication));
    }
  });

  it('runs one replication per task, so requests are read in between', () => {
    const { prefetch, runSteps, pending } = manual();
    prefetch.start({ scenario: small, seed: 1, from: 0, to: 3 });
    expect(pending()).toBe(1);
    runSteps(1);
    expect(pending()).toBe(1);
    expect(prefetch.take(ask(small, 0, 1))?.replication).toBe(0);
    runSteps();
    expect(pending()).toBe(0);
  });

  it('leaves a request it has not reached to be computed, and does not compute it again', () => {
    const { prefetch, runSteps } = manual();
    prefetch.start({ scenario: small, seed: 1, from: 0, to: 3 });
    runSteps(1); // replication 0 kept
    expect(prefetch.take(ask(small, 1, 1))).toBeNull(); // asked before it was reached: computed as usual
    runSteps(1); // so the next step runs replication 2, not 1
    expect(prefetch.take(ask(small, 2, 1))?.replication).toBe(2);
    expect(prefetch.take(ask(small, 0, 1))?.replication).toBe(0);
  });

  it('ends at a request for another scenario or seed, dropping what it kept', () => {
    const other = parseScenarioOrThrow({ ...loadPreset('status-quo'), simulation: { ...small.simulation, horizonWeeks: 9 } });
    for (const request of [ask(other, 1), ask(small, 1, small.simulation.seed + 1)]) {
      const { prefetch, runSteps, pending } = manual();
      prefetch.start({ scenario: small, seed: small.simulation.seed, from: 0, to: 4 });
      runSteps(2);
      expect(prefetch.take(request)).toBeNull();
      runSteps();
      expect(pending()).toBe(0);
      expect(prefetch.take(ask(small, 0))).toBeNull();
    }
  });

  it('tells −0 from 0 when it compares scenarios (JSON alone writes both as 0)', () => {
    const { prefetch, runSteps } = manual();
    const a = structuredClone(small);
    const b = structuredClone(small);
    (a.simulation as { seed: number }).seed = 0;
    (b.simulation as { seed: number }).seed = -0;
    prefetch.start({ scenario: a, seed: 1, from: 0, to: 1 });
    runSteps();
    expect(prefetch.take(ask(b, 0, 1))).toBeNull();
  });
});
