/**
 * setPath(input, path, value-it-already-resolves-to) changes nothing, for every parameter path
 * `sagstal parameters` documents (leafFields, `<id>` expanded to the scenario's case types and
 * tasks, and every key of every map such as `next`). The domain is finite, so it is checked
 * exhaustively rather than sampled: a path that replaces more than it names (as `next.<id>`
 * once replaced the whole map) fails here by name.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset, PRESET_NAMES } from '../../src/scenario/presets.ts';
import { leafFields } from '../../src/scenario/schema.ts';
import { setPath } from '../../src/scenario/set-path.ts';
import type { Scenario, ScenarioInput } from '../../src/scenario/types.ts';

/** `segments` with each `<id>` replaced by every id of the list at that point of `s`. */
function expand(segments: readonly string[], node: unknown, done: readonly string[] = []): string[] {
  const [head, ...rest] = segments;
  if (head === undefined) return [done.join('.')];
  if (head === '<id>') return ((node ?? []) as { id: string }[]).flatMap((item) => expand(rest, item, [...done, item.id]));
  return expand(rest, (node as Record<string, unknown> | undefined)?.[head], [...done, head]);
}

/** The value at a dotted path, lists addressed by id. */
function valueAt(s: Scenario, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (Array.isArray(node) ? (node as { id: string }[]).find((item) => item.id === key) : (node as Record<string, unknown> | undefined)?.[key]), s);
}

/** Every documented path of `s`, with every key of its maps. */
function documentedPaths(s: Scenario): string[] {
  return leafFields().flatMap(({ path, spec }) => {
    const paths = expand(path.split('.'), s);
    if (spec.kind !== 'shares') return paths;
    return paths.flatMap((p) => [p, ...Object.keys(valueAt(s, p) as Record<string, number>).map((key) => `${p}.${key}`)]);
  });
}

const inputs: [string, () => ScenarioInput][] = [['an empty input', () => ({})], ...PRESET_NAMES.map((name): [string, () => ScenarioInput] => [name, () => loadPreset(name)])];

describe('setPath(input, path, the value it resolves to)', () => {
  it('covers the maps: every next.<target> of the defaults is among the paths', () => {
    const paths = documentedPaths(parseScenarioOrThrow({}));
    expect(paths).toContain('caseTypes.investigation.next.placement');
    expect(paths).toContain('caseTypes.placement.tasks.plan.hours');
    expect(paths).toContain('advisors.fte');
  });

  it.each(inputs)('leaves the parsed scenario unchanged, on %s, for every documented path', (_, input) => {
    const unchanged = parseScenarioOrThrow(input());
    const changed: string[] = [];
    for (const path of documentedPaths(unchanged)) {
      const result = parseScenario(setPath(input(), path, structuredClone(valueAt(unchanged, path))));
      try {
        expect(result.ok && result.scenario).toEqual(unchanged);
      } catch {
        changed.push(path);
      }
    }
    expect(changed).toEqual([]);
  });
});
