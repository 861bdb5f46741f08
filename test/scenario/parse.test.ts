import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/scenario/defaults.ts';
import { parseScenario, parseScenarioOrThrow, ScenarioError } from '../../src/scenario/parse.ts';
import { leafFields, type NumberSpec } from '../../src/scenario/schema.ts';
import { setPath } from '../../src/scenario/set-path.ts';

const problemsOf = (input: unknown) => {
  const result = parseScenario(input);
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('parseScenario', () => {
  it('fills every default into an empty scenario', () => {
    const result = parseScenario({});
    expect(result).toEqual({ ok: true, scenario: DEFAULT_SCENARIO });
  });

  it('names the path, the range and what it found', () => {
    expect(problemsOf({ advisors: { fte: -3 } })).toEqual(['advisors.fte must be between 0.5 and 5000, got -3']);
    expect(problemsOf({ simulation: { replications: 2.5 } })).toEqual(['simulation.replications must be a whole number, got 2.5']);
    expect(problemsOf({ advisors: { caseCap: 'many' } })).toEqual(['advisors.caseCap must be a number, got "many"']);
  });

  it('reports unknown keys with the nearest known key', () => {
    expect(problemsOf({ advisors: { ftee: 3 } })).toEqual(['advisors.ftee is not a known field; did you mean advisors.fte?']);
    expect(problemsOf({ simulaton: {} })).toEqual(['simulaton is not a known field; did you mean simulation?']);
    expect(problemsOf({ allocation: { policy: 'wait' } })).toEqual([
      'allocation.policy must be one of "waitlist", "overfill", got "wait"; did you mean "waitlist"?',
    ]);
  });

  it('refuses __proto__, constructor and prototype keys, never merging them', () => {
    // JSON.parse makes "__proto__" an own key; merging it would reach Object.prototype.
    expect(problemsOf(JSON.parse('{ "__proto__": { "kind": "list" }, "advisors": { "__proto__": { "polluted": 1 } } }'))).toEqual([
      '__proto__ is refused: __proto__ can never be a field or an id',
      'advisors.__proto__ is refused: __proto__ can never be a field or an id',
    ]);
    expect(problemsOf(JSON.parse('{ "caseTypes": [{ "id": "investigation", "next": { "__proto__": 0.1 } }, { "id": "preventive" }, { "id": "placement" }] }'))).toEqual([
      'caseTypes.investigation.next.__proto__ is refused: __proto__ can never be a field or an id',
    ]);
    expect(problemsOf({ caseTypes: [{ id: 'constructor', arrivalsPerWeek: 1, duration: { meanDays: 10 } }] })).toEqual([
      'caseTypes.constructor is refused: constructor can never be a field or an id',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('knows a field only by its own name: toString and constructor are unknown keys', () => {
    expect(problemsOf({ toString: 1 })).toEqual([expect.stringMatching(/^toString is not a known field/)]);
    expect(problemsOf({ advisors: { constructor: 1, hasOwnProperty: 2 } })).toEqual([
      'advisors.constructor is refused: constructor can never be a field or an id',
      expect.stringMatching(/^advisors\.hasOwnProperty is not a known field/),
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf({ advisors: { fte: 0, caseCap: 0 }, simulation: { horizonWeeks: 9999 } });
    expect(problems).toHaveLength(3);
  });

  it('addresses case types and tasks by id, merging onto the defaults of that id', () => {
    const scenario = parseScenarioOrThrow({
      caseTypes: [{ id: 'investigation', arrivalsPerWeek: 12, tasks: [{ id: 'bfu', hours: 20 }], next: {} }],
    });
    expect(scenario.caseTypes).toHaveLength(1);
    const [type] = scenario.caseTypes;
    expect(type?.arrivalsPerWeek).toBe(12);
    expect(type?.duration.meanDays).toBe(DEFAULT_SCENARIO.caseTypes[0]?.duration.meanDays);
    expect(type?.tasks[0]?.dueDays).toBe(122);
    expect(type?.tasks[0]?.hours).toBe(20);
    expect(problemsOf({ caseTypes: [{ id: 'investigation', tasks: [{ id: 'bfu', hours: -1 }], next: {} }] })).toEqual([
      'caseTypes.investigation.tasks.bfu.hours must be between 0 and 500, got -1',
    ]);
  });

  it('requires the essentials of a new case type or task', () => {
    expect(problemsOf({ caseTypes: [{ id: 'aftercare' }] })).toEqual([
      'caseTypes.aftercare.arrivalsPerWeek is required',
      'caseTypes.aftercare.duration.meanDays is required',
    ]);
    expect(problemsOf({ caseTypes: [{ id: 'a', arrivalsPerWeek: 1, duration: { meanDays: 30 }, tasks: [{ id: 't' }] }] })).toEqual([
      'caseTypes.a.tasks.t.dueDays is required',
      'caseTypes.a.tasks.t.hours is required',
    ]);
  });

  it('checks ids, next and cycles across case types', () => {
    expect(problemsOf({ caseTypes: [{ id: '1x', arrivalsPerWeek: 1 }] })[0]).toMatch(/^caseTypes\[0\]\.id must be a letter/);
    expect(problemsOf({ caseTypes: [{ id: 'investigation', next: { preventiv: 0.5 } }, { id: 'preventive' }, { id: 'placement' }] })).toEqual([
      'caseTypes.investigation.next.preventiv names no case type; did you mean preventive?',
    ]);
    const cycle = {
      caseTypes: [
        { id: 'a', arrivalsPerWeek: 1, duration: { meanDays: 10 }, next: { b: 1 } },
        { id: 'b', arrivalsPerWeek: 0, duration: { meanDays: 10 }, next: { a: 1 } },
      ],
    };
    expect(problemsOf(cycle)).toEqual([
      'caseTypes.a.next leads into a cycle of case types that never closes; some probability must be left to close the case',
    ]);
    expect(problemsOf({ caseTypes: [{ id: 'investigation', next: { preventive: 0.7, placement: 0.5 } }, { id: 'preventive' }, { id: 'placement' }] })).toEqual([
      'caseTypes.investigation.next probabilities must sum to at most 1, got 1.2',
    ]);
  });

  it('rejects an error curve that does not parse, escapes its scope or is not a curve', () => {
    expect(problemsOf({ documentation: { errorCurve: 's^' } })[0]).toMatch(/^documentation\.errorCurve does not parse/);
    expect(problemsOf({ documentation: { errorCurve: 'import("fs")' } })[0]).toMatch(/^documentation\.errorCurve calls "import", which is not allowed/);
    expect(problemsOf({ documentation: { errorCurve: '1 - s' } })[0]).toMatch(/must be 0 at s = 0/);
    expect(problemsOf({ documentation: { errorCurve: 'x * s' } })[0]).toMatch(/unknown name "x"/);
  });

  it('explains an inherited next that names a case type left out of the list', () => {
    expect(problemsOf({ caseTypes: [{ id: 'investigation' }] })[0]).toBe(
      'caseTypes.investigation.next.preventive names no case type (case types: investigation); list it in caseTypes or set caseTypes.investigation.next',
    );
  });

  it('checks overfill against the cap and the schema version', () => {
    expect(problemsOf({ allocation: { policy: 'overfill', hardMaxCases: 40 } })).toEqual([
      'allocation.hardMaxCases must be at least advisors.caseCap (50) under overfill, got 40',
    ]);
    expect(problemsOf({ schemaVersion: 2 })).toEqual(['schemaVersion must be 1, got 2']);
  });

  it('accepts notes as paragraphs', () => {
    expect(parseScenarioOrThrow({ notes: ['a', 'b'] }).notes).toBe('a\n\nb');
  });

  it('throws a ScenarioError listing every problem from parseScenarioOrThrow', () => {
    expect(() => parseScenarioOrThrow({ advisors: { fte: -3 } })).toThrow(ScenarioError);
    expect(() => parseScenarioOrThrow([])).toThrow('a scenario must be a JSON object, got a list');
  });
});

describe('parseScenario properties', () => {
  const numbers = leafFields().filter(
    (f): f is { path: string; spec: NumberSpec } => f.spec.kind === 'number' && !f.path.includes('<id>') && f.spec.min < f.spec.max,
  );

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseScenario(value);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on scenarios with garbage in one place', () => {
    const paths = leafFields().map((f) =>
      f.path.replace('assumptions.<id>', 'assumptions.productiveShare').replace('<id>', 'investigation').replace('tasks.<id>', 'tasks.bfu'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const result = parseScenario(setPath({}, path, value));
        if (!result.ok) expect(result.problems.every((p) => p.message.startsWith(p.path))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every value within a number field range and names the field for any outside it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...numbers), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), ({ path, spec }, u, beyond) => {
        const inside = spec.integer ? Math.round(spec.min + u * (spec.max - spec.min)) : spec.min + u * (spec.max - spec.min);
        const ok = parseScenario(setPath({ allocation: { policy: 'waitlist' } }, path, inside));
        // Some in-range values still fail a cross-field check (e.g. a cap above hardMaxCases is fine, but zero intake is not).
        if (!ok.ok) expect(ok.problems.every((p) => !p.message.includes('must be between'))).toBe(true);
        const outside = parseScenario(setPath({}, path, spec.max + beyond));
        expect(outside.ok).toBe(false);
        if (!outside.ok) expect(outside.problems[0]?.message).toBe(`${path} must be between ${spec.min} and ${spec.max}, got ${spec.max + beyond}`);
      }),
      { numRuns: 300 },
    );
  });
});
