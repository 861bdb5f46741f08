/**
 * Deadlines are counted when they fall due, for children with an advisor and children
 * without one alike (model honesty: a long waiting list cannot hide harm).
 */
import { describe, expect, it } from 'vitest';
import { DeadlineKind, DeadlineLedger } from '../../src/model/deadlines.ts';
import type { TaskPlan } from '../../src/model/plan.ts';
import { runReplication } from '../../src/model/run-replication.ts';
import { DEFAULT_CASE_TYPES } from '../../src/scenario/defaults.ts';
import type { CaseType } from '../../src/scenario/types.ts';
import { mean, replicate, scenarioWith } from '../support/scenarios.ts';

const plan = (kind: 'investigation' | 'followUp' | 'other'): TaskPlan =>
  ({ isInvestigation: kind === 'investigation', isFollowUp: kind === 'followUp' }) as TaskPlan;

describe('DeadlineLedger', () => {
  it('tallies deadlines by the day they fall due, met or missed, by kind', () => {
    const ledger = new DeadlineLedger(30);
    ledger.enter(3.5, plan('investigation'), 1);
    ledger.enter(4, plan('followUp'), 1);
    ledger.enter(10, plan('other'), 1);
    ledger.meet(4, plan('followUp'));
    expect(ledger.tally(DeadlineKind.Any, 0, 7)).toEqual({ due: 2, missed: 1 });
    expect(ledger.tally(DeadlineKind.Investigation, 0, 7)).toEqual({ due: 1, missed: 1 });
    expect(ledger.tally(DeadlineKind.FollowUp, 0, 7)).toEqual({ due: 1, missed: 0 });
    expect(ledger.tally(DeadlineKind.Any, 7, 14)).toEqual({ due: 1, missed: 1 });
  });

  it('withdraws a deadline that lapsed before it fell due, and ignores days outside the run', () => {
    const ledger = new DeadlineLedger(30);
    ledger.enter(12, plan('other'), 1);
    ledger.enter(12, plan('other'), -1);
    ledger.enter(-5, plan('other'), 1);
    ledger.enter(31, plan('other'), 1);
    expect(ledger.tally(DeadlineKind.Any, -10, 40)).toEqual({ due: 0, missed: 0 });
  });
});

describe('harm while waiting', () => {
  // Half an FTE with a cap of one case holds no case at all: every child waits.
  const nobody = (change: (s: ReturnType<typeof scenarioWith>) => void = () => {}) =>
    scenarioWith((s) => {
      s.advisors.fte = 0.5;
      s.advisors.caseCap = 1;
      s.simulation.horizonWeeks = 52;
      // From an empty desk: the waiting list starts at day 0, not after a warm-up.
      s.simulation.warmupWeeks = 0;
      change(s);
    });

  it('counts every investigation due while nobody holds it as late, week by week', () => {
    const r = runReplication(nobody(), 5, 0);
    expect(r.metrics.investigationsLateShare).toBe(1);
    expect(r.metrics.decisionsPerYear).toBe(0);
    // Breaches arrive as deadlines pass, though no task is ever finished.
    const weekly = Array.from(r.series.deadlineBreaches).slice(1);
    expect(weekly.filter((x) => x > 0).length).toBeGreaterThan(40);
    expect(r.metrics.deadlineBreachesPerYear).toBeGreaterThan(500);
  });

  it('counts children waiting past a deadline, and counts them as let down', () => {
    const r = runReplication(nobody(), 5, 0);
    const past = r.series.waitingPastDeadline;
    expect(past[0]).toBe(0);
    // Placements are due a decision 14 days after notification, plans and investigations later.
    expect(past[4] as number).toBeGreaterThan(0);
    expect(past[52] as number).toBeGreaterThan(past[13] as number);
    expect(r.metrics.waitingPastDeadlineEnd).toBeLessThanOrEqual(r.metrics.waitingListEnd);
    expect(r.metrics.childrenLetDownShare).toBeGreaterThan(0.8);
    expect(r.metrics.auditedFileErrorShare).toBeGreaterThan(0.8);
  });

  it('owes a waiting child every follow-up that falls due while it waits, not only the first (model 1.4)', () => {
    // Preventive measures only, nobody to take them: each child's plan falls due 3 months after
    // notification and a follow-up every 6 months after that, all missed. Breaches per week
    // therefore grow as children pile up (one more occurrence per waiting child each half year);
    // counting only the first would keep them flat at the intake rate.
    const preventive = structuredClone(DEFAULT_CASE_TYPES.find((t) => t.id === 'preventive') as CaseType);
    const seed = Math.floor(Math.random() * 2 ** 31);
    const r = runReplication(
      nobody((s) => {
        s.caseTypes = [{ ...preventive, initialOpen: 0 }];
        s.simulation.horizonWeeks = 104;
      }),
      seed,
      0,
    );
    const weekly = Array.from(r.series.deadlineBreaches);
    const early = mean(weekly.slice(20, 38)); // plan and first follow-up of each child: 2 × 7.5 a week
    const late = mean(weekly.slice(80, 104)); // first plans and one or two follow-ups per child
    expect(r.metrics.followUpsLateShare, `seed ${seed}`).toBe(1);
    expect(late, `seed ${seed}`).toBeGreaterThan(1.6 * early); // about 2.2 (15 a week, then 30–37.5); 1 before model 1.4
  });

  it('runs a waiting child\'s deadlines from notification, so the advisor who finally takes it starts late', () => {
    // Placements only, served after a queue: the placement decision is due 14 days after
    // notification, so a child who waited longer than that has it late however fast the advisor is.
    const placement = structuredClone(DEFAULT_CASE_TYPES.find((t) => t.id === 'placement') as CaseType);
    const queued = scenarioWith((s) => {
      s.caseTypes = [{ ...placement, arrivalsPerWeek: 3, initialOpen: 0, urgentShare: 0 }];
      s.advisors.fte = 2;
      s.advisors.caseCap = 20;
      s.advisors.productiveShare = 1;
      s.simulation.horizonWeeks = 104;
    });
    const runs = replicate(queued, 3, 11);
    for (const r of runs) {
      expect(r.metrics.waitDays).toBeGreaterThan(14);
      expect(r.metrics.waitingPastDeadline).toBeGreaterThan(1);
    }
    // With room for everyone nobody waits and the same decisions are on time.
    const roomy = replicate({ ...queued, advisors: { ...queued.advisors, fte: 20 } }, 3, 11);
    expect(mean(roomy.map((r) => r.metrics.deadlineBreachesPerYear))).toBeLessThan(mean(runs.map((r) => r.metrics.deadlineBreachesPerYear)) / 4);
  });
});
