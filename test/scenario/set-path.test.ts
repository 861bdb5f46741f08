import { describe, expect, it } from 'vitest';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { parseAssignment, setPath, SetPathError } from '../../src/scenario/set-path.ts';

describe('setPath', () => {
  it('sets a plain field without touching the input', () => {
    const input = { advisors: { caseCap: 25 } };
    const changed = setPath(input, 'advisors.fte', 34);
    expect(changed).toEqual({ advisors: { caseCap: 25, fte: 34 } });
    expect(input).toEqual({ advisors: { caseCap: 25 } });
  });

  it('expands the default case types so that one field of one type can change', () => {
    const scenario = parseScenarioOrThrow(setPath({}, 'caseTypes.preventive.tasks.plan.hours', 5));
    expect(scenario.caseTypes.map((t) => t.id)).toEqual(['investigation', 'preventive', 'placement']);
    const preventive = scenario.caseTypes[1];
    expect(preventive?.tasks.map((t) => t.id)).toEqual(['plan', 'followUp', 'close']);
    expect(preventive?.tasks[0]?.hours).toBe(5);
    expect(preventive?.tasks[1]?.hours).toBe(4.5);
  });

  it('changes an existing list in place by id, and adds an item for a new id', () => {
    const input = { caseTypes: [{ id: 'case', arrivalsPerWeek: 1, duration: { meanDays: 10 } }] };
    expect(setPath(input, 'caseTypes.case.duration.meanDays', 20)).toEqual({
      caseTypes: [{ id: 'case', arrivalsPerWeek: 1, duration: { meanDays: 20 } }],
    });
    expect(setPath(input, 'caseTypes.other.arrivalsPerWeek', 2).caseTypes).toHaveLength(2);
  });

  it('refuses malformed paths', () => {
    expect(() => setPath({}, 'advisors..fte', 1)).toThrow(SetPathError);
    expect(() => setPath({}, 'caseTypes.investigation', 1)).toThrow(/name one of its fields/);
  });
});

describe('parseAssignment', () => {
  it('reads JSON values and keeps other text as text', () => {
    expect(parseAssignment('advisors.fte=34')).toEqual({ path: 'advisors.fte', value: 34 });
    expect(parseAssignment('allocation.policy=overfill')).toEqual({ path: 'allocation.policy', value: 'overfill' });
    expect(parseAssignment('documentation.errorCurve=s^2')).toEqual({ path: 'documentation.errorCurve', value: 's^2' });
    expect(parseAssignment('caseTypes.investigation.initialOpen=null').value).toBeNull();
  });

  it('explains a missing =', () => {
    expect(() => parseAssignment('advisors.fte')).toThrow('--set expects path=value (e.g. advisors.fte=34), got "advisors.fte"');
  });
});
