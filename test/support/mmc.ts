/** The queueing-limit scenario of model.md (the shipped `mmc-validation` preset mirrors it). */
import type { Scenario } from '../../src/scenario/types.ts';
import { plainCaseType, scenarioWith } from './scenarios.ts';

export function mmcScenario(): Scenario {
  return scenarioWith((s) => {
    s.caseTypes = [plainCaseType()];
    s.advisors.fte = 4;
    s.advisors.caseCap = 5;
    // At rho = 0.9 the queue relaxes over about 1 300 days: warm up 5 years before measuring.
    s.simulation = { ...s.simulation, horizonWeeks: 520, warmupWeeks: 260, replications: 50, seed: 1 };
    // The queueing limit: nobody leaves (validation 1 is about the queue, not the staff).
    s.advisors.staffing.attritionPerYear = 0;
  });
}
