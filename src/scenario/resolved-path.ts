/**
 * Reading and replacing one number of a *resolved* scenario by its dotted path (case types and
 * tasks by id, as everywhere): what an uncertain assumption, a sweep axis or a sensitivity arm
 * varies. Unlike `setPath` (which edits an input before parsing), the result is not parsed
 * again, so only paths to numeric fields are accepted, and callers keep values in the field's
 * range (parsing checks the ranges that assumptions may take).
 */
import { isForbiddenKey } from './safe-keys.ts';
import { SCENARIO_SPEC, type FieldSpec, type NumberSpec } from './schema.ts';
import type { Scenario } from './types.ts';

type Json = Record<string, unknown>;

/** The number field `path` names, or a reason it names none. */
export function numberSpecAt(path: string): { ok: true; spec: NumberSpec } | { ok: false; message: string } {
  const segments = path.split('.');
  let spec: FieldSpec = SCENARIO_SPEC;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i] as string;
    if (isForbiddenKey(key)) return { ok: false, message: `names no parameter ("${key}" is refused)` };
    if (spec.kind === 'list') {
      spec = spec.of; // `key` is an item id; the next segment is one of its fields
      continue;
    }
    if (spec.kind !== 'object' || !Object.hasOwn(spec.fields, key)) return { ok: false, message: `names no parameter ("${segments.slice(0, i + 1).join('.')}" is unknown)` };
    spec = spec.fields[key] as FieldSpec;
  }
  if (spec.kind === 'nullable') spec = spec.of;
  if (spec.kind !== 'number') return { ok: false, message: 'must name a numeric parameter' };
  return { ok: true, spec };
}

/** The number at `path`, or undefined when the scenario has no such field (an unknown case type id). */
export function numberAt(scenario: Scenario, path: string): number | undefined {
  let node: unknown = scenario;
  for (const key of path.split('.')) node = child(node, key);
  return typeof node === 'number' ? node : undefined;
}

/** A copy of `scenario` with `value` at `path`, sharing everything off the path. */
export function withNumberAt(scenario: Scenario, path: string, value: number): Scenario {
  return replace(scenario, path.split('.'), value) as Scenario;
}

function replace(node: unknown, segments: readonly string[], value: number): unknown {
  if (segments.length === 0) return value;
  const [key, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(node)) return node.map((item: unknown) => (isItem(item, key) ? replace(item, rest, value) : item));
  const object = node as Json;
  if (!Object.hasOwn(object, key)) throw new Error(`no field ${key} on the path to ${segments.join('.')}`);
  return { ...object, [key]: replace(object[key], rest, value) };
}

function child(node: unknown, key: string): unknown {
  if (Array.isArray(node)) return node.find((item: unknown) => isItem(item, key));
  if (typeof node === 'object' && node !== null && Object.hasOwn(node, key)) return (node as Json)[key];
  return undefined;
}

function isItem(item: unknown, id: string): boolean {
  return typeof item === 'object' && item !== null && (item as Json)['id'] === id;
}
