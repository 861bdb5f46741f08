/**
 * Cost per event as the department grows: status-quo's shape (posts and intake) at 1x, 10x and
 * 60x (about 2 000 FTE: a national-size department), one replication each after a warm-up, in
 * the same process. Flat means the 60x figure within 1.5 times the 1x figure (issue 13).
 */
import { runReplication } from '../src/model/run-replication.ts';
import type { Scenario } from '../src/scenario/types.ts';

const SIZES = [
  { times: 1, replications: 20 },
  { times: 10, replications: 2 },
  { times: 60, replications: 1 },
] as const;

function scaled(base: Scenario, times: number): Scenario {
  return {
    ...base,
    advisors: { ...base.advisors, fte: base.advisors.fte * times },
    caseTypes: base.caseTypes.map((t) => ({ ...t, arrivalsPerWeek: t.arrivalsPerWeek * times })),
  };
}

export function measureScale(base: Scenario) {
  for (let r = 0; r < 4; r++) runReplication(base, 1, 1000 + r);
  const sizes = SIZES.map(({ times, replications }) => {
    const s = scaled(base, times);
    let events = 0;
    const t0 = performance.now();
    for (let r = 0; r < replications; r++) events += runReplication(s, 1, r).events;
    const seconds = (performance.now() - t0) / 1000;
    return { times, fte: s.advisors.fte, secondsPerReplication: seconds / replications, microsecondsPerEvent: (seconds * 1e6) / events };
  });
  const first = sizes[0] as (typeof sizes)[number];
  const last = sizes[sizes.length - 1] as (typeof sizes)[number];
  return { sizes, perEventRatioLargestToDefault: last.microsecondsPerEvent / first.microsecondsPerEvent, goal: 1.5 };
}
