/**
 * The department as it is on day 0: open cases by type (default: the steady-state count),
 * each part-way through its phase, allocated up to the caps with the rest waiting. Ages are
 * drawn from the equilibrium distribution, so tasks fall due spread over the schedule rather
 * than all on day one.
 */
import { normalQuantile, lognormalParams } from '../random/distributions.ts';
import type { Rng } from '../random/streams.ts';
import type { Days } from '../scenario/units.ts';
import type { Case } from './case.ts';
import type { Department } from './department.ts';
import { steadyStateOpen } from './flows.ts';
import type { PhaseType } from './plan.ts';
import { enterArrivalDeadlines } from './notification-deadlines.ts';

/**
 * A phase caught in progress: in equilibrium its total length is length-biased (long phases
 * are more likely to be open on a given day) and its age uniform within it.
 */
export function phaseInProgress(phase: PhaseType, rng: Rng): { elapsed: Days; duration: Days } {
  const { distribution, meanDays, cv } = phase.spec.duration;
  let duration = meanDays;
  if (distribution === 'exponential') duration = -meanDays * Math.log((1 - rng()) * (1 - rng()));
  if (distribution === 'lognormal' && cv > 0) {
    const { mu, sigma } = lognormalParams(meanDays, cv);
    duration = Math.exp(mu + sigma * sigma + sigma * normalQuantile(rng()));
  }
  return { elapsed: rng() * duration, duration };
}

/** Creates the day-0 cases and allocates them in a random order. */
export function seedInitialCases(dept: Department): void {
  const expected = steadyStateOpen(dept.scenario);
  const pending: { c: Case; progress: { elapsed: Days; duration: Days } }[] = [];
  dept.phases.forEach((phase, i) => {
    const count = phase.spec.initialOpen ?? Math.round(expected[i] as number);
    const rng = dept.streams.stream(`i${phase.index}`);
    for (let j = 0; j < count; j++) {
      const progress = phaseInProgress(phase, rng);
      pending.push({ c: dept.createCase(phase, -1 - phase.index, j, -progress.elapsed, rng, progress), progress });
    }
  });
  // Shuffle so that, when there are more cases than slots, no case type is favoured.
  const order = dept.streams.stream('order');
  for (let i = pending.length - 1; i > 0; i--) {
    const j = Math.floor(order() * (i + 1));
    [pending[i], pending[j]] = [pending[j] as (typeof pending)[number], pending[i] as (typeof pending)[number]];
  }
  for (const { c, progress } of pending) {
    const advisor = dept.allocation.pick();
    if (advisor) {
      enterArrivalDeadlines(dept.recorder.deadlines, c);
      dept.assign(c, advisor, 0, progress);
    } else {
      // Waiting from day 0: its phase starts afresh when an advisor is free, its deadlines run from today.
      const waiting = { ...c, arrival: 0 };
      enterArrivalDeadlines(dept.recorder.deadlines, waiting);
      dept.wait(waiting);
    }
  }
}
