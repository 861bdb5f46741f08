/**
 * Changing one field of a scenario by its dotted path: what `--set advisors.fte=34`, the app's
 * controls and links do. Case types and tasks are addressed by id
 * (`caseTypes.investigation.tasks.bfu.hours`), the same paths parse errors name, so an error
 * message can be pasted back as a fix. The result is an input, validated by parseScenario.
 *
 * A path changes exactly one value and nothing else, or is refused with a one-line reason:
 * - one key of a map (`caseTypes.investigation.next.preventive`) merges into the map the
 *   scenario resolves to (the input's, else the default case type's, else the template's);
 *   replacing the map would silently drop its other keys;
 * - an id must name a case type or task the scenario has (the input's list, else the
 *   defaults'), with the nearest id suggested: a typo would otherwise add a new, incomplete
 *   case type and surface as a misleading "is required". New ones are added in files;
 * - `__proto__`, `constructor` and `prototype` are never followed (see safe-keys.ts).
 */
import { DEFAULT_SCENARIO } from './defaults.ts';
import { nearest } from './nearest.ts';
import { describe } from './parse.ts';
import { isForbiddenKey, refusedKey } from './safe-keys.ts';
import { ASSUMPTION_SPEC, CASE_TYPE_SPEC, SCENARIO_SPEC, TASK_SPEC, type FieldSpec, type ListSpec } from './schema.ts';
import { CASE_TYPE_TEMPLATE, TASK_TEMPLATE } from './templates.ts';
import type { ScenarioInput } from './types.ts';

type Json = Record<string, unknown>;

export class SetPathError extends Error {
  override name = 'SetPathError';
}

/** A copy of `input` with `value` at `path`; lists of case types and tasks are expanded from the defaults as needed. */
export function setPath(input: ScenarioInput, path: string, value: unknown): ScenarioInput {
  const segments = path.split('.');
  if (segments.some((s) => s === '')) throw new SetPathError(`"${path}" is not a field path (use dots, e.g. advisors.fte)`);
  const forbidden = segments.find(isForbiddenKey);
  if (forbidden !== undefined) throw new SetPathError(`${path} ${refusedKey(forbidden)}`);
  const root = structuredClone(input) as Json;
  let node: Json = root;
  let spec: FieldSpec | undefined = SCENARIO_SPEC;
  let defaults: unknown = DEFAULT_SCENARIO;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i] as string;
    const here = segments.slice(0, i + 1).join('.');
    const field: FieldSpec | undefined = spec?.kind === 'object' && Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
    const fieldDefaults = own(defaults, key);
    if (i === segments.length - 1) {
      node[key] = value;
      break;
    }
    if (field?.kind === 'list') {
      // The next segment is an item id; the one after it a field of that item.
      const id = segments[++i] as string;
      const defaultItems = Array.isArray(fieldDefaults) ? (fieldDefaults as Json[]) : [];
      const item = itemOf(node, key, field, id, defaultItems, here, path);
      if (i === segments.length - 1) throw new SetPathError(`${path} names a whole ${noun(field)}; name one of its fields (e.g. ${path}.label)`);
      node = item;
      spec = field.of;
      defaults = defaultItems.find((x) => x['id'] === id) ?? templateOf(field);
      continue;
    }
    if (field?.kind === 'shares') {
      // A map by case type id: one key changes, the others keep what the scenario resolves to.
      if (i + 2 !== segments.length) throw new SetPathError(`${path} goes past ${here}.${segments[i + 1]}, which is a probability, not a group of fields`);
      const given = own(node, key);
      if (given !== undefined && !isObject(given)) throw new SetPathError(`${here} must be an object to set ${path}, got ${describe(given)}`);
      const map: Json = isObject(given) ? given : isObject(fieldDefaults) ? structuredClone(fieldDefaults) : {};
      map[segments[i + 1] as string] = value;
      node[key] = map;
      break;
    }
    if (field !== undefined && field.kind !== 'object') throw new SetPathError(`${path} goes past ${here}, which holds a value, not fields`);
    const child = own(node, key);
    if (child === undefined) node[key] = {};
    else if (!isObject(child)) throw new SetPathError(`${here} must be an object to set ${path}, got ${describe(child)}`);
    node = node[key] as Json;
    spec = field;
    defaults = fieldDefaults;
  }
  return root as ScenarioInput;
}

/** The item `id` of the list at `node[key]`, expanding the list from the defaults when the input has none. */
function itemOf(node: Json, key: string, field: ListSpec, id: string, defaultItems: Json[], here: string, path: string): Json {
  let list = own(node, key);
  if (list === undefined) {
    list = defaultItems.map((item) => ({ id: item['id'] }));
    node[key] = list;
  }
  if (!Array.isArray(list)) throw new SetPathError(`${here} must be a list to set ${path}, got ${describe(list)}`);
  const item = list.find((x) => isObject(x) && x['id'] === id);
  if (isObject(item)) return item;
  const ids = list.flatMap((x) => (isObject(x) && typeof x['id'] === 'string' ? [x['id']] : []));
  const guess = nearest(id, ids);
  const known = ids.length ? `${noun(field)}s: ${ids.join(', ')}` : `there are none`;
  const where = `new ${noun(field)}s are added in a scenario file, not by --set or a link`;
  throw new SetPathError(`${here}.${id} names no ${noun(field)}${ownerOf(here)}${guess ? `; did you mean ${guess}? (${where})` : ` (${known}; ${where})`}`);
}

function noun(field: ListSpec): string {
  return field.of === CASE_TYPE_SPEC ? 'case type' : field.of === TASK_SPEC ? 'task' : field.of === ASSUMPTION_SPEC ? 'assumption' : 'item';
}

/** " of placement" for the tasks of caseTypes.placement. */
function ownerOf(listPath: string): string {
  const parts = listPath.split('.');
  return parts.length >= 2 ? ` of ${parts[parts.length - 2]}` : '';
}

/** What a case type or task the defaults do not know starts from, as parsing merges it. */
function templateOf(field: ListSpec): unknown {
  return field.of === CASE_TYPE_SPEC ? CASE_TYPE_TEMPLATE : field.of === TASK_SPEC ? TASK_TEMPLATE : {};
}

/** `value[key]` when it is the object's own, never an inherited one. */
function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * Splits `path=value`. The value is read as JSON when it is JSON (`34`, `true`, `null`,
 * `["a","b"]`) and as text otherwise (`waitlist`, `s^2`), so shells need no extra quoting.
 */
export function parseAssignment(text: string): { path: string; value: unknown } {
  const at = text.indexOf('=');
  if (at <= 0) throw new SetPathError(`--set expects path=value (e.g. advisors.fte=34), got "${text}"`);
  return { path: text.slice(0, at).trim(), value: parseValue(text.slice(at + 1)) };
}

/** A value as `--set` and links read it: JSON when it is JSON, the (trimmed) text otherwise. */
export function parseValue(raw: string): unknown {
  const text = raw.trim();
  try {
    return JSON.parse(text);
  } catch {
    return text; // Not JSON: keep the text.
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
