/**
 * Staffing dynamics: advisors leave at the attrition rate; their cases are handed to the
 * colleagues with the fewest cases (as two in three municipalities do), the post stays
 * vacant for the recruitment delay, and the new advisor works at reduced capacity and cap
 * while onboarding.
 */
import { exponential } from '../random/distributions.ts';
import type { Days } from '../scenario/units.ts';
import { DAYS_PER_YEAR } from '../scenario/units.ts';
import type { Advisor } from './advisor.ts';
import type { Department } from './department.ts';

/** Schedules departures for every post when the scenario has attrition. */
export function startStaffing(dept: Department): void {
  if (dept.scenario.advisors.staffing.attritionPerYear <= 0) return;
  for (const advisor of dept.advisors) scheduleDeparture(dept, advisor, 0, 0);
}

function scheduleDeparture(dept: Department, advisor: Advisor, now: Days, generation: number): void {
  const { attritionPerYear } = dept.scenario.advisors.staffing;
  const rng = dept.streams.stream(`staff/${advisor.index}/${generation}`);
  const at = now + exponential(rng, DAYS_PER_YEAR / attritionPerYear);
  if (at > dept.endDay) return;
  dept.kernel.at(at - now, () => depart(dept, advisor, generation), dept);
}

function depart(dept: Department, advisor: Advisor, generation: number): void {
  const now = dept.now();
  const { recruitmentDelayDays, onboardingDays, onboardingCapacityShare } = dept.scenario.advisors.staffing;
  const handOver = dept.advisors.some((a) => a !== advisor && a.active);
  if (handOver) {
    const tasks = advisor.takeQueue(now);
    const cases = [...advisor.cases];
    advisor.cases.clear();
    advisor.addContact(-advisor.contactPerWeek, now);
    advisor.setFactor(false, 0, now);
    for (const c of cases) {
      const colleague = dept.leastLoaded((a) => a !== advisor) as Advisor;
      c.advisor = colleague;
      colleague.cases.add(c);
      colleague.addContact(c.phase.contactPerWeek, now);
      for (const t of tasks) if (t.owner === c) colleague.enqueue(t, now);
    }
  } else {
    // Nobody to hand over to: the cases wait in the vacant post for the replacement.
    advisor.setFactor(false, 0, now);
  }
  dept.kernel.at(recruitmentDelayDays, () => {
    const start = dept.now();
    advisor.setFactor(true, onboardingCapacityShare, start);
    dept.serveWaiting(start);
    const next = generation + 1;
    dept.kernel.at(onboardingDays, () => {
      // Only if this advisor has not left again meanwhile.
      if (advisor.active && advisor.generation === next) advisor.setFactor(true, 1, dept.now());
    }, dept);
    advisor.generation = next;
    scheduleDeparture(dept, advisor, start, next);
  }, dept);
}
