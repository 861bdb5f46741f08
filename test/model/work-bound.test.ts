/**
 * The work bound (issue 13, target 3): time (events over all replications) and memory (cases
 * one replication holds at once). A national department fits; an overloaded one whose waiting
 * list would grow past the memory limit is refused with its estimate, whatever the replications.
 */
import { describe, expect, it } from 'vitest';
import { checkWorkBound, estimateBytesPerReplication, estimateCasesHeld, MAX_BYTES_PER_REPLICATION } from '../../src/model/work-bound.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const statusQuo = parseScenarioOrThrow(loadPreset('status-quo'));
const scaled = (s: Scenario, posts: number, intake: number): Scenario => ({
  ...s,
  advisors: { ...s.advisors, fte: s.advisors.fte * posts },
  caseTypes: s.caseTypes.map((t) => ({ ...t, arrivalsPerWeek: t.arrivalsPerWeek * intake })),
});

describe('checkWorkBound', () => {
  it('lets a national department (60 times status-quo) run', () => {
    expect(checkWorkBound(scaled(statusQuo, 60, 60), 10)).toBeNull();
  });

  it('counts the waiting list an overloaded department builds', () => {
    const staffed = scaled(statusQuo, 60, 60);
    const understaffed = scaled(statusQuo, 10, 60);
    expect(estimateCasesHeld(understaffed)).toBeGreaterThan(2 * estimateCasesHeld(staffed));
  });

  it('refuses one replication that would not fit in memory, naming its size', () => {
    const flooded = scaled(statusQuo, 5, 200);
    expect(estimateBytesPerReplication(flooded)).toBeGreaterThan(MAX_BYTES_PER_REPLICATION);
    for (const replications of [1, 40]) {
      expect(checkWorkBound(flooded, replications)).toMatch(/one replication would hold about [\d.]+ GB .* over the limit of 1\.0 GB per replication/);
    }
  });

  it('refuses too many replications with the most that fit', () => {
    const national = scaled(statusQuo, 60, 60);
    expect(checkWorkBound(national, 100_000)).toMatch(/at most \d+ replications fit/);
  });
});
