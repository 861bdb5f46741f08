/**
 * Changing one field of a scenario by its dotted path: what `--set advisors.fte=34`, the app's
 * controls and links do. Case types and tasks are addressed by id
 * (`caseTypes.investigation.tasks.bfu.hours`), the same paths parse errors name, so an error
 * message can be pasted back as a fix. The result is an input, validated by parseScenario.
 */
import { DEFAULT_SCENARIO } from './defaults.ts';
import { SCENARIO_SPEC, type FieldSpec } from './schema.ts';
import type { ScenarioInput } from './types.ts';

type Json = Record<string, unknown>;

/** A copy of `input` with `value` at `path`; lists of case types and tasks are expanded from the defaults as needed. */
export function setPath(input: ScenarioInput, path: string, value: unknown): ScenarioInput {
  const segments = path.split('.');
  if (segments.some((s) => s === '')) throw new SetPathError(`"${path}" is not a field path (use dots, e.g. advisors.fte)`);
  const root = structuredClone(input) as Json;
  let node: Json = root;
  let spec: FieldSpec | undefined = { kind: 'object', fields: SCENARIO_SPEC.fields };
  let defaults: unknown = DEFAULT_SCENARIO;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i] as string;
    const last = i === segments.length - 1;
    const field: FieldSpec | undefined = spec?.kind === 'object' ? spec.fields[key] : undefined;
    const fieldDefaults = isObject(defaults) ? defaults[key] : undefined;
    if (last) {
      node[key] = value;
      break;
    }
    if (field?.kind === 'list') {
      // The next segment is an item id; the one after it a field of that item.
      const id = segments[++i] as string;
      const defaultItems = Array.isArray(fieldDefaults) ? (fieldDefaults as Json[]) : [];
      let list = node[key];
      if (!Array.isArray(list)) {
        list = defaultItems.map((item) => ({ id: item['id'] }));
        node[key] = list;
      }
      const items = list as unknown[];
      let item = items.find((x) => isObject(x) && x['id'] === id) as Json | undefined;
      if (!item) {
        item = { id };
        items.push(item);
      }
      if (i === segments.length - 1) throw new SetPathError(`"${path}" names a whole ${key} item; name one of its fields`);
      node = item;
      spec = field.of;
      defaults = defaultItems.find((x) => x['id'] === id) ?? {};
      continue;
    }
    const child = node[key];
    if (!isObject(child)) node[key] = {};
    node = node[key] as Json;
    spec = field;
    defaults = fieldDefaults;
  }
  return root as ScenarioInput;
}

export class SetPathError extends Error {
  override name = 'SetPathError';
}

/**
 * Splits `path=value`. The value is read as JSON when it is JSON (`34`, `true`, `null`,
 * `["a","b"]`) and as text otherwise (`waitlist`, `s^2`), so shells need no extra quoting.
 */
export function parseAssignment(text: string): { path: string; value: unknown } {
  const at = text.indexOf('=');
  if (at <= 0) throw new SetPathError(`--set expects path=value (e.g. advisors.fte=34), got "${text}"`);
  const path = text.slice(0, at).trim();
  const raw = text.slice(at + 1).trim();
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: keep the text.
  }
  return { path, value };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
