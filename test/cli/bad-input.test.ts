/**
 * No silent wrong input: generated bad assignments (typos in ids, forbidden segments, values out
 * of range or of the wrong type, malformed paths) through the CLI's `--set` and through a
 * link. Each must give exactly one one-line message that names the offending path; the CLI
 * exits 2 and prints no result, the link reports the part and does not apply it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/app/link.ts';
import { problemLines } from '../../src/app/problems.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { leafFields, type FieldSpec } from '../../src/scenario/schema.ts';
import { sagstalInProcess } from '../support/cli.ts';

interface Bad {
  /** `path=value`, as `--set` takes it and a link carries it. */
  assignment: string;
  /** What the message must name: the path, or the part of it that is wrong. */
  names: string;
}

const today = parseScenarioOrThrow(loadPreset('status-quo'));
const typeIds = today.caseTypes.map((t) => t.id);
const withTasks = today.caseTypes.filter((t) => t.tasks.length > 0);

/** `id` with one letter dropped, doubled or swapped with the next: a typo, never another id. */
const typoOf = (ids: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...ids), fc.nat(), fc.constantFrom('drop', 'double', 'swap'))
    .map(([id, n, kind]) => {
      const i = n % (id.length - 1);
      if (kind === 'drop') return { id, typo: id.slice(0, i) + id.slice(i + 1) };
      if (kind === 'double') return { id, typo: id.slice(0, i + 1) + id.slice(i) };
      return { id, typo: id.slice(0, i) + id.charAt(i + 1) + id.charAt(i) + id.slice(i + 2) };
    })
    .filter(({ id, typo }) => typo !== id && !ids.includes(typo));

const unknownCaseType: fc.Arbitrary<Bad> = fc
  .tuple(typoOf(typeIds), fc.constantFrom('arrivalsPerWeek=5', 'duration.meanDays=80', 'urgentShare=0.1', 'next.placement=0.1'))
  .map(([{ typo }, tail]) => ({ assignment: `caseTypes.${typo}.${tail}`, names: `caseTypes.${typo}` }));

const unknownTask: fc.Arbitrary<Bad> = fc
  .constantFrom(...withTasks)
  .chain((type) => typoOf(type.tasks.map((t) => t.id)).map(({ typo }) => ({ type: type.id, typo })))
  .map(({ type, typo }) => ({ assignment: `caseTypes.${type}.tasks.${typo}.hours=3`, names: `caseTypes.${type}.tasks.${typo}` }));

const forbidden: fc.Arbitrary<Bad> = fc
  .tuple(
    fc.constantFrom('', 'advisors.', 'intake.seasonality.', 'caseTypes.investigation.', 'caseTypes.investigation.tasks.bfu.', 'caseTypes.investigation.next.', 'caseTypes.'),
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.constantFrom('', '.polluted', '.kind', '.toString', '.prototype.x'),
    fc.constantFrom('1', 'list', '{"polluted":1}'),
  )
  .map(([prefix, segment, suffix, value]) => ({ assignment: `${prefix}${segment}${suffix}=${value}`, names: `${prefix}${segment}${suffix}` }));

/** Every leaf path of today's scenario, case types, tasks and uncertain assumptions by id, ids themselves aside. */
const leaves: { path: string; spec: FieldSpec }[] = leafFields()
  .filter(({ path }) => !path.endsWith('.id'))
  .flatMap(({ path, spec }) =>
    path.startsWith('caseTypes.<id>.tasks.<id>.')
      ? today.caseTypes.flatMap((t) => t.tasks.map((task) => ({ path: path.replace('<id>', t.id).replace('<id>', task.id), spec })))
      : path.startsWith('caseTypes.<id>.')
        ? today.caseTypes.map((t) => ({ path: path.replace('<id>', t.id), spec }))
        : path.startsWith('uncertainty.assumptions.<id>.')
          ? today.uncertainty.assumptions.map((a) => ({ path: path.replace('<id>', a.id), spec }))
          : [{ path, spec }],
  );
const numbers = leaves.flatMap(({ path, spec }) => (spec.kind === 'number' ? [{ path, spec }] : spec.kind === 'nullable' ? [{ path, spec: spec.of }] : []));
const nextKeys = today.caseTypes.flatMap((t) => Object.keys(t.next).map((target) => `caseTypes.${t.id}.next.${target}`));

const outOfRange: fc.Arbitrary<Bad> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...numbers), fc.boolean(), fc.integer({ min: 1, max: 10_000 }))
    .map(([{ path, spec }, above, beyond]) => ({ assignment: `${path}=${above ? spec.max + beyond : spec.min - beyond}`, names: path })),
  fc.tuple(fc.constantFrom(...nextKeys), fc.constantFrom('1.5', '-0.1', '7')).map(([path, value]) => ({ assignment: `${path}=${value}`, names: path })),
);

/** A value no field of this kind accepts. */
const wrongValue = (spec: FieldSpec): string[] => {
  switch (spec.kind) {
    case 'number':
    case 'nullable':
      return ['abc', 'true', '[1]', '{"a":1}'];
    case 'boolean':
      return ['maybe', '1', 'null'];
    case 'shares':
      return ['5', 'often', '[0.5]'];
    case 'formula':
      // Not '5': a constant is a valid multiplier curve (the placement response at 5 parses, as documented).
      return ['-1', 'true', '{"a":1}'];
    default:
      return ['5', 'true', '{"a":1}'];
  }
};
const wrongType: fc.Arbitrary<Bad> = fc
  .constantFrom(...leaves.filter(({ spec }) => spec.kind !== 'text' && spec.kind !== 'string'))
  .chain(({ path, spec }) => fc.constantFrom(...wrongValue(spec)).map((value) => ({ assignment: `${path}=${value}`, names: path })));

const malformed: fc.Arbitrary<Bad> = fc.constantFrom(
  { assignment: 'a..b=1', names: 'a..b' },
  { assignment: 'advisors..fte=3', names: 'advisors..fte' },
  { assignment: '.x=1', names: '.x' },
  { assignment: 'advisors.=3', names: 'advisors.' },
  { assignment: '=5', names: '=5' },
  { assignment: 'advisors.fte.x=3', names: 'advisors.fte.x' },
  { assignment: 'caseTypes.investigation=1', names: 'caseTypes.investigation' },
  { assignment: 'caseTypes.investigation.next.preventive.x=0.1', names: 'caseTypes.investigation.next.preventive.x' },
  { assignment: 'advisors.ftee=30', names: 'advisors.ftee' },
);

const bad = fc.oneof(unknownCaseType, unknownTask, forbidden, outOfRange, wrongType, malformed);

describe('bad input', () => {
  it('gets one line from the CLI that names the path, exit status 2 and no result', async () => {
    await fc.assert(
      fc.asyncProperty(bad, async ({ assignment, names }) => {
        // A short run, so that input wrongly accepted fails fast instead of simulating for long
        // (as --set, not --replications, which would override a bad simulation.replications).
        const short = ['--set', 'simulation.replications=1', '--set', 'simulation.horizonWeeks=1'];
        const { status, stdout, stderr } = await sagstalInProcess('run', 'status-quo', ...short, '--set', assignment);
        expect(stdout).toBe('');
        expect(status).toBe(2);
        expect(stderr.endsWith('\n')).toBe(true);
        expect(stderr.slice(0, -1)).not.toContain('\n');
        expect(stderr).toMatch(/^sagstal: /);
        expect(stderr).toContain(names);
      }),
      { numRuns: 50 },
    );
  });

  it('gets one line from the link decoder that names the path, and is not applied', () => {
    fc.assert(
      fc.property(bad, ({ assignment, names }) => {
        const at = assignment.indexOf('=');
        const name = assignment.slice(0, at);
        const { state, problems } = decodeLink(`?${encodeURIComponent(name)}=${encodeURIComponent(assignment.slice(at + 1))}`);
        expect(problems).toHaveLength(1);
        const [problem] = problems;
        expect(problem?.name).toBe(name);
        if (problem?.reason.kind === 'scenario') expect(problem.reason.message).toContain(names === '=5' ? name : names);
        const lines = problemLines('en', problems, null, []);
        expect(lines).toHaveLength(1);
        expect(lines[0]?.text).not.toContain('\n');
        expect(lines[0]?.text).toContain(name);
        expect(state.controls.edits).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
