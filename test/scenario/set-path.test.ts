import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { parseAssignment, parseValue, setPath, SetPathError } from '../../src/scenario/set-path.ts';
import { pollutionSince, prototypeSnapshot } from '../support/prototypes.ts';

const refusal = (path: string, value: unknown = 1, input = {}) => {
  try {
    setPath(input, path, value);
  } catch (error) {
    if (error instanceof SetPathError) return error.message;
    throw error;
  }
  throw new Error(`setPath accepted ${path}`);
};

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

  it('changes an existing list in place by id', () => {
    const input = { caseTypes: [{ id: 'case', arrivalsPerWeek: 1, duration: { meanDays: 10 } }] };
    expect(setPath(input, 'caseTypes.case.duration.meanDays', 20)).toEqual({
      caseTypes: [{ id: 'case', arrivalsPerWeek: 1, duration: { meanDays: 20 } }],
    });
  });

  it('merges one key of a map into the map the scenario has, keeping the other keys', () => {
    // Measured: `--set caseTypes.investigation.next.preventive=0.5` used to drop the 8 % placement share.
    const merged = parseScenarioOrThrow(setPath(loadPreset('status-quo'), 'caseTypes.investigation.next.preventive', 0.5));
    expect(merged.caseTypes.find((t) => t.id === 'investigation')?.next).toEqual({ preventive: 0.5, placement: 0.08 });
    expect(merged).toEqual(parseScenarioOrThrow(loadPreset('status-quo')));
    const changed = parseScenarioOrThrow(setPath({}, 'caseTypes.investigation.next.preventive', 0.4));
    expect(changed.caseTypes[0]?.next).toEqual({ preventive: 0.4, placement: 0.08 });
    // The input's own map wins over the defaults'; a new key is added to it.
    const own = { caseTypes: [{ id: 'investigation', next: { preventive: 0.3 } }] };
    expect(setPath(own, 'caseTypes.investigation.next.placement', 0.1).caseTypes?.[0]).toEqual({ id: 'investigation', next: { preventive: 0.3, placement: 0.1 } });
    // A type the defaults do not know starts from the template's empty map.
    const mmc = setPath(loadPreset('mmc-validation'), 'caseTypes.case.next.case', 0.2);
    expect(mmc.caseTypes?.[0]?.next).toEqual({ case: 0.2 });
    // Setting the whole map still replaces it.
    expect(parseScenarioOrThrow(setPath({}, 'caseTypes.investigation.next', { preventive: 0.5 })).caseTypes[0]?.next).toEqual({ preventive: 0.5 });
  });

  it('names the nearest case type for an unknown one, and says where new ones come from', () => {
    expect(refusal('caseTypes.investigaton.duration.meanDays', 80, loadPreset('status-quo'))).toBe(
      'caseTypes.investigaton names no case type; did you mean investigation? (new case types are added in a scenario file, not by --set or a link)',
    );
    expect(refusal('caseTypes.zzz.arrivalsPerWeek')).toBe(
      'caseTypes.zzz names no case type (case types: investigation, preventive, placement; new case types are added in a scenario file, not by --set or a link)',
    );
    // The ids are the input's when it has a list.
    expect(refusal('caseTypes.investigation.arrivalsPerWeek', 1, loadPreset('mmc-validation'))).toMatch(/^caseTypes\.investigation names no case type \(case types: case;/);
  });

  it('names the nearest task for an unknown one', () => {
    expect(refusal('caseTypes.placement.tasks.plann.hours', 3)).toBe(
      'caseTypes.placement.tasks.plann names no task of placement; did you mean plan? (new tasks are added in a scenario file, not by --set or a link)',
    );
    expect(refusal('caseTypes.case.tasks.bfu.hours', 3, loadPreset('mmc-validation'))).toMatch(/^caseTypes\.case\.tasks\.bfu names no task of case \(there are none;/);
  });

  it('refuses __proto__, constructor and prototype anywhere in a path, naming the path', () => {
    for (const path of ['__proto__.kind', 'constructor.prototype.polluted', 'caseTypes.investigation.__proto__.x', 'advisors.prototype', 'caseTypes.constructor.arrivalsPerWeek', 'caseTypes.investigation.next.__proto__']) {
      const before = prototypeSnapshot();
      expect(refusal(path, 'list')).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')} is refused: (__proto__|constructor|prototype) can never be a field or an id$`));
      expect(pollutionSince(before)).toEqual([]);
    }
  });

  it('follows only the input’s own keys, never inherited ones', () => {
    expect(setPath({}, 'toString.x', 1)).toEqual({ toString: { x: 1 } });
    const result = parseScenario(setPath({}, 'toString.x', 1));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['toString']);
  });

  it('refuses malformed paths and paths that go past a value', () => {
    expect(() => setPath({}, 'advisors..fte', 1)).toThrow(SetPathError);
    expect(refusal('caseTypes.investigation')).toBe('caseTypes.investigation names a whole case type; name one of its fields (e.g. caseTypes.investigation.label)');
    expect(refusal('advisors.fte.x')).toBe('advisors.fte.x goes past advisors.fte, which holds a value, not fields');
    expect(refusal('caseTypes.investigation.next.preventive.x')).toMatch(/^caseTypes\.investigation\.next\.preventive\.x goes past caseTypes\.investigation\.next\.preventive, which is a probability/);
    expect(refusal('advisors.staffing.x', 1, { advisors: { staffing: 3 } })).toBe('advisors.staffing must be an object to set advisors.staffing.x, got 3');
    expect(refusal('caseTypes.investigation.label', 'x', { caseTypes: 'all' })).toBe('caseTypes must be a list to set caseTypes.investigation.label, got "all"');
  });

  it('never changes a built-in prototype, whatever --set list it is given', () => {
    const segment = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.constantFrom('advisors', 'fte', 'caseTypes', 'investigation', 'tasks', 'bfu', 'next', 'preventive', 'polluted', 'kind', 'toString', 'valueOf', 'hasOwnProperty', 'length'),
      fc.string({ maxLength: 4 }),
    );
    const path = fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => s.join('.'));
    const value = fc.oneof(fc.constantFrom('1', 'list', 'null', '{"polluted":1}', '{"__proto__":{"polluted":1}}', '[1]', '{"kind":"list"}'), fc.json());
    const assignments = fc.array(fc.tuple(path, value).map(([p, v]) => `${p}=${v}`), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(assignments, fc.constantFrom('empty', 'status-quo', 'mmc-validation'), (texts, start) => {
        const before = prototypeSnapshot();
        let input = start === 'empty' ? {} : loadPreset(start);
        // As the CLI does: stop at the first refused assignment.
        for (const text of texts) {
          try {
            const { path: p, value: v } = parseAssignment(text);
            input = setPath(input, p, v);
          } catch (error) {
            if (!(error instanceof SetPathError)) throw error;
            expect(error.message).not.toContain('\n');
            break;
          }
        }
        parseScenario(input);
        expect(pollutionSince(before)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAssignment', () => {
  it('reads JSON values and keeps other text as text', () => {
    expect(parseAssignment('advisors.fte=34')).toEqual({ path: 'advisors.fte', value: 34 });
    expect(parseAssignment('allocation.policy=overfill')).toEqual({ path: 'allocation.policy', value: 'overfill' });
    expect(parseAssignment('documentation.errorCurve=s^2')).toEqual({ path: 'documentation.errorCurve', value: 's^2' });
    expect(parseAssignment('caseTypes.investigation.initialOpen=null').value).toBeNull();
    expect(parseValue(' a=b ')).toBe('a=b');
  });

  it('explains a missing =', () => {
    expect(() => parseAssignment('advisors.fte')).toThrow('--set expects path=value (e.g. advisors.fte=34), got "advisors.fte"');
  });
});
