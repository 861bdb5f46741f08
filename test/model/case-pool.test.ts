import { describe, expect, it } from 'vitest';
import { CasePool, newCase, type Case, type PathStep } from '../../src/model/case.ts';
import type { PhaseType } from '../../src/model/plan.ts';

const phase = { index: 0 } as unknown as PhaseType;
const steps: PathStep[] = [{ phase, duration: 30, residential: false }];

describe('CasePool', () => {
  it('fills a closed case in again exactly as newCase makes a new one, whatever the closed case held', () => {
    const pool = new CasePool();
    const closed = newCase(1, phase, 0, 1, 5, true, steps) as unknown as Record<string, unknown>;
    // Every field changed (a field newCase sets but take forgets keeps its old value and fails here).
    for (const key of Object.keys(closed)) closed[key] = key === 'tasks' ? [{}] : `stale ${key}`;
    pool.give(closed as unknown as Case);
    const again = pool.take(7, phase, 2, 3, 40.5, false, steps);
    expect(again).toBe(closed);
    expect({ ...again }).toEqual({ ...newCase(7, phase, 2, 3, 40.5, false, steps) });
    expect(Object.keys(again)).toEqual(Object.keys(newCase(7, phase, 2, 3, 40.5, false, steps)));
  });

  it('makes a new case when none has closed', () => {
    const pool = new CasePool();
    expect(pool.take(0, phase, 0, 0, 0, false, steps)).toEqual(newCase(0, phase, 0, 0, 0, false, steps));
  });
});
