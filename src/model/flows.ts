/**
 * Steady-state flows through the phases, in closed form: external arrivals plus what other
 * phases turn into. Used to start a run from steady state and for the workload formula.
 */
import type { Scenario } from '../scenario/types.ts';

/**
 * Cases entering each phase per week, given external arrivals per week scaled by
 * `intakeFactor`. Solved by fixed-point iteration of λ = λ_ext + Pᵀλ (P substochastic: every
 * case closes eventually); the iteration count bounds the work for cyclic transitions.
 */
export function phaseInflowPerWeek(scenario: Scenario, intakeFactor = 1): Float64Array {
  const types = scenario.caseTypes;
  const index = new Map(types.map((t, i) => [t.id, i]));
  const external = types.map((t) => t.arrivalsPerWeek * intakeFactor);
  let flow = Float64Array.from(external);
  for (let iteration = 0; iteration < 500; iteration++) {
    const nextFlow = Float64Array.from(external);
    types.forEach((t, i) => {
      for (const [id, share] of Object.entries(t.next)) {
        const j = index.get(id);
        if (j !== undefined) nextFlow[j] = (nextFlow[j] as number) + (flow[i] as number) * share;
      }
    });
    const change = nextFlow.reduce((m, v, i) => Math.max(m, Math.abs(v - (flow[i] as number))), 0);
    flow = nextFlow;
    if (change < 1e-12) break;
  }
  return flow;
}

/** Expected open cases per phase in steady state (Little's law: inflow x mean duration). */
export function steadyStateOpen(scenario: Scenario, intakeFactor = 1): Float64Array {
  const inflow = phaseInflowPerWeek(scenario, intakeFactor);
  return inflow.map((perWeek, i) => (perWeek / 7) * (scenario.caseTypes[i]?.duration.meanDays ?? 0));
}
