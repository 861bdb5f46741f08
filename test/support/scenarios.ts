/** Test scenarios built from the defaults, so each test states only what it changes. */
import { DEFAULT_SCENARIO } from '../../src/scenario/defaults.ts';
import type { CaseType, Scenario } from '../../src/scenario/types.ts';
import type { ReplicationResult } from '../../src/model/metrics.ts';
import { runReplication } from '../../src/model/run-replication.ts';

/** A deep copy of the defaults with `change` applied. */
export function scenarioWith(change: (s: Scenario) => void = () => {}): Scenario {
  const s = structuredClone(DEFAULT_SCENARIO);
  change(s);
  return s;
}

/** One case type without tasks: the queueing core of the model. */
export function plainCaseType(over: Partial<CaseType> = {}): CaseType {
  return {
    id: 'case',
    label: 'Sag',
    arrivalsPerWeek: 1.8,
    urgentShare: 0,
    initialOpen: null,
    duration: { distribution: 'exponential', meanDays: 70, cv: 1 },
    contactHoursPerWeek: 0,
    costPerYearDkk: 0,
    isPlacement: false,
    tasks: [],
    next: {},
    ...over,
  };
}

/** Replications 0..n-1 of `scenario` under `seed`. */
export function replicate(scenario: Scenario, n: number, seed = 1): ReplicationResult[] {
  return Array.from({ length: n }, (_, i) => runReplication(scenario, seed, i));
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Standard error of the mean. */
export function standardError(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1) / xs.length);
}
