/**
 * The edge: anything a file, a link or `--set` provides becomes a {@link Scenario} here, or a
 * list of problems that each name the exact path, what is allowed and what was found. Inside
 * the model nothing is checked again. Parsing never throws and never stops at the first
 * problem, so a user fixing a file sees everything that is wrong at once.
 */
import { checkCurve } from './curve-check.ts';
import { DEFAULT_SCENARIO } from './defaults.ts';
import { CASE_TYPE_TEMPLATE, TASK_TEMPLATE } from './templates.ts';
import { nearest } from './nearest.ts';
import { isForbiddenKey, refusedKey } from './safe-keys.ts';
import { CASE_TYPE_SPEC, ID_PATTERN, SCENARIO_SPEC, TASK_SPEC, type FieldSpec, type ListSpec, type ObjectSpec } from './schema.ts';
import { numberAt, numberSpecAt, withNumberAt } from './resolved-path.ts';
import { SCHEMA_VERSION, type Scenario } from './types.ts';

export interface ScenarioProblem {
  /** Dotted path of the offending field (`advisors.fte`, `caseTypes.investigation.tasks.bfu.hours`). */
  path: string;
  /** One sentence that starts with the path. */
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** Thrown by {@link parseScenarioOrThrow}; its message lists every problem, one per line. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  constructor(readonly problems: ScenarioProblem[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}

type Json = Record<string, unknown>;

/** Fills defaults into `input` and validates every field; never throws. */
export function parseScenario(input: unknown): ParseResult {
  const problems: ScenarioProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message: `${path} ${message}` });
  if (!isObject(input)) {
    problems.push({ path: '', message: `a scenario must be a JSON object, got ${describe(input)}` });
    return { ok: false, problems };
  }
  const resolved = objectOf(SCENARIO_SPEC, input, DEFAULT_SCENARIO as unknown as Json, '', report) as unknown as Scenario;
  if (problems.length === 0) crossCheck(resolved, report);
  return problems.length === 0 ? { ok: true, scenario: resolved } : { ok: false, problems };
}

/** {@link parseScenario} for callers that treat a bad scenario as exceptional (tests, benchmarks). */
export function parseScenarioOrThrow(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new ScenarioError(result.problems);
  return result.scenario;
}

type Report = (path: string, message: string) => void;

function objectOf(spec: ObjectSpec, input: Json, base: Json, path: string, report: Report): Json {
  const out: Json = {};
  const join = (key: string) => (path ? `${path}.${key}` : key);
  for (const key of Object.keys(input)) {
    // A JSON object may hold an own "__proto__" key (JSON.parse makes one): refuse it, never merge it.
    if (isForbiddenKey(key)) {
      report(join(key), refusedKey(key));
      continue;
    }
    // Own keys only: `in` would let toString or constructor through as known fields.
    if (Object.hasOwn(spec.fields, key)) continue;
    const guess = nearest(key, Object.keys(spec.fields));
    report(join(key), `is not a known field${guess ? `; did you mean ${join(guess)}?` : ` (known: ${Object.keys(spec.fields).join(', ')})`}`);
  }
  for (const [key, field] of Object.entries(spec.fields)) {
    const given = Object.hasOwn(input, key) ? input[key] : undefined;
    const fallback = Object.hasOwn(base, key) ? base[key] : undefined;
    if (given === undefined) {
      if (fallback === undefined) report(join(key), 'is required');
      // Recurse into a defaulted object so that a template's required leaves are reported.
      out[key] = field.kind === 'object' && isObject(fallback) ? objectOf(field, {}, fallback, join(key), report) : structuredClone(fallback);
    } else {
      out[key] = valueOf(field, given, fallback, join(key), report);
    }
  }
  // A formula with a parameter is checked with it: the two are one curve.
  for (const [key, field] of Object.entries(spec.fields)) {
    if (field.kind !== 'formula' || field.parameter === undefined) continue;
    const formula = out[key];
    const a = out[field.parameter];
    if (typeof formula !== 'string' || typeof a !== 'number' || !Number.isFinite(a)) continue;
    const curve = checkCurve(formula, field.variable, a);
    if (!curve.ok) report(join(key), `${curve.message}${usesParameter(formula) ? ` (with a = ${a}, ${join(field.parameter)})` : ''}`);
  }
  return out;
}

function usesParameter(formula: string): boolean {
  return /(^|[^A-Za-z0-9_])a([^A-Za-z0-9_(]|$)/.test(formula);
}

function valueOf(field: FieldSpec, given: unknown, base: unknown, path: string, report: Report): unknown {
  switch (field.kind) {
    case 'number':
      return numberOf(field, given, path, report);
    case 'nullable':
      return given === null ? null : numberOf(field.of, given, path, report);
    case 'string':
      if (typeof given !== 'string') return wrong(path, 'a string', given, report);
      if (given.length > field.maxLength) report(path, `must be at most ${field.maxLength} characters, got ${given.length}`);
      return given;
    case 'text':
      if (typeof given === 'string') return given;
      if (Array.isArray(given) && given.every((p) => typeof p === 'string')) return given.join('\n\n');
      return wrong(path, 'a string or a list of strings', given, report);
    case 'enum':
      if (typeof given !== 'string' || !field.values.includes(given)) {
        const guess = typeof given === 'string' ? nearest(given, field.values) : null;
        report(path, `must be one of ${field.values.map((v) => `"${v}"`).join(', ')}, got ${describe(given)}${guess ? `; did you mean "${guess}"?` : ''}`);
      }
      return given;
    case 'boolean':
      return typeof given === 'boolean' ? given : wrong(path, 'true or false', given, report);
    case 'formula': {
      // A constant formula typed bare (`--set outcomes.placementResponse=1` reads as the number 1) is that formula.
      if (typeof given === 'number' && Number.isFinite(given)) given = String(given);
      if (typeof given !== 'string') return wrong(path, `a formula in ${field.variable} (a string)`, given, report);
      if (field.parameter !== undefined) return given; // checked with its parameter, in objectOf
      const curve = checkCurve(given, field.variable, null);
      if (!curve.ok) report(path, curve.message);
      return given;
    }
    case 'stringList':
      if (!Array.isArray(given) || !given.every((v) => typeof v === 'string' && v.trim() !== '')) {
        return wrong(path, 'a list of non-empty strings', given, report);
      }
      if (given.length < field.minItems || given.length > field.maxItems) {
        report(path, `must have between ${field.minItems} and ${field.maxItems} items, got ${given.length}`);
      }
      return [...given];
    case 'shares':
      return sharesOf(given, path, report);
    case 'hiring':
      return hiringOf(given, field.maxItems, path, report);
    case 'object':
      if (!isObject(given)) return wrong(path, 'an object', given, report);
      return objectOf(field, given, isObject(base) ? base : {}, path, report);
    case 'list':
      return listOf(field, given, Array.isArray(base) ? base : [], path, report);
  }
}

function numberOf(spec: Extract<FieldSpec, { kind: 'number' }>, given: unknown, path: string, report: Report): unknown {
  if (typeof given !== 'number' || !Number.isFinite(given)) return wrong(path, 'a number', given, report);
  if (given < spec.min || given > spec.max) {
    report(path, spec.min === spec.max ? `must be ${spec.min}, got ${given}` : `must be between ${spec.min} and ${spec.max}, got ${given}`);
  } else if (spec.integer && !Number.isInteger(given)) {
    report(path, `must be a whole number, got ${given}`);
  }
  return given;
}

function sharesOf(given: unknown, path: string, report: Report): unknown {
  if (!isObject(given)) return wrong(path, 'an object of case type id → probability', given, report);
  const out: Json = {};
  for (const [id, value] of Object.entries(given)) {
    if (isForbiddenKey(id)) {
      report(`${path}.${id}`, refusedKey(id));
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      report(`${path}.${id}`, `must be a probability between 0 and 1, got ${describe(value)}`);
    }
    out[id] = value;
  }
  return out;
}

/** A hiring plan: `{ week, fte }` steps, week a whole number within the schema's horizon, fte a non-zero change. */
function hiringOf(given: unknown, maxItems: number, path: string, report: Report): unknown {
  if (!Array.isArray(given)) return wrong(path, 'a list of { "week": …, "fte": … }', given, report);
  if (given.length > maxItems) report(path, `must have at most ${maxItems} steps, got ${given.length}`);
  return given.map((step, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(step)) return wrong(at, 'an object { "week": …, "fte": … }', step, report);
    for (const key of Object.keys(step)) {
      if (isForbiddenKey(key)) report(`${at}.${key}`, refusedKey(key));
      else if (key !== 'week' && key !== 'fte') report(`${at}.${key}`, 'is not a known field (a step has week and fte)');
    }
    const week = Object.hasOwn(step, 'week') ? step['week'] : undefined;
    const fte = Object.hasOwn(step, 'fte') ? step['fte'] : undefined;
    if (typeof week !== 'number' || !Number.isInteger(week) || week < 0 || week > HIRING_MAX_WEEK) {
      report(`${at}.week`, `must be a whole number of weeks between 0 and ${HIRING_MAX_WEEK}, got ${describe(week)}`);
    }
    if (typeof fte !== 'number' || !Number.isFinite(fte) || fte === 0 || Math.abs(fte) > 5000) {
      report(`${at}.fte`, `must be a change in posts between -5000 and 5000, not 0, got ${describe(fte)}`);
    }
    return { week, fte };
  });
}

/** Latest week a hiring step may name: the longest horizon. */
const HIRING_MAX_WEEK = 520;

/**
 * Lists of case types and tasks: when given, the list is complete. Each item is merged onto
 * the default item with the same id (so a file can change one field of a known type), or
 * onto a template for a new id, whose essential fields are then required.
 */
function listOf(spec: ListSpec, given: unknown, base: unknown[], path: string, report: Report): unknown {
  if (!Array.isArray(given)) return wrong(path, 'a list', given, report);
  if (given.length < spec.minItems || given.length > spec.maxItems) {
    report(path, `must have between ${spec.minItems} and ${spec.maxItems} items, got ${given.length}`);
  }
  const template = spec.of === CASE_TYPE_SPEC ? CASE_TYPE_TEMPLATE : spec.of === TASK_SPEC ? TASK_TEMPLATE : {};
  const seen = new Set<string>();
  return given.map((item, index) => {
    const id = isObject(item) ? item['id'] : undefined;
    const itemPath = typeof id === 'string' && ID_PATTERN.test(id) ? `${path}.${id}` : `${path}[${index}]`;
    if (!isObject(item)) return wrong(itemPath, 'an object with an id', item, report);
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      report(`${itemPath}.id`, `must be a letter followed by up to 39 letters, digits, _ or -, got ${describe(id)}`);
      return item;
    }
    if (isForbiddenKey(id)) {
      report(itemPath, refusedKey(id));
      return item;
    }
    if (seen.has(id)) report(itemPath, 'appears twice; ids must be unique');
    seen.add(id);
    const known = base.find((b) => isObject(b) && b['id'] === id);
    const merged = isObject(known) ? known : { ...(template as Json), label: id };
    return objectOf(spec.of, item, merged, itemPath, report);
  });
}

/** Checks that span fields; runs only on an otherwise valid scenario, so types can be trusted. */
function crossCheck(s: Scenario, report: Report): void {
  if (s.schemaVersion !== SCHEMA_VERSION) report('schemaVersion', `must be ${SCHEMA_VERSION}, got ${s.schemaVersion}`);
  const ids = s.caseTypes.map((t) => t.id);
  for (const type of s.caseTypes) {
    const path = `caseTypes.${type.id}`;
    let total = 0;
    for (const [target, p] of Object.entries(type.next)) {
      total += p;
      if (!ids.includes(target)) {
        const guess = nearest(target, ids);
        report(
          `${path}.next.${target}`,
          `names no case type${guess ? `; did you mean ${guess}?` : ` (case types: ${ids.join(', ')}); list it in caseTypes or set ${path}.next`}`,
        );
      }
    }
    if (total > 1 + 1e-9) report(`${path}.next`, `probabilities must sum to at most 1, got ${round(total)}`);
    const taskIds = new Set<string>();
    for (const task of type.tasks) {
      if (taskIds.has(task.id)) report(`${path}.tasks.${task.id}`, 'appears twice; task ids must be unique within a case type');
      taskIds.add(task.id);
      if (task.trigger === 'end' && task.repeatEveryDays !== null) {
        report(`${path}.tasks.${task.id}.repeatEveryDays`, 'must be null for an end task (it happens once, when the phase ends)');
      }
    }
  }
  const trapped = neverClosing(s);
  if (trapped) report(`caseTypes.${trapped}.next`, 'leads into a cycle of case types that never closes; some probability must be left to close the case');
  let posts = s.advisors.fte;
  for (const step of [...s.advisors.hiring].sort((a, b) => a.week - b.week)) {
    posts += step.fte;
    if (posts < -1e-9) report('advisors.hiring', `removes more posts than there are: ${round(posts)} FTE after week ${step.week}`);
  }
  if (s.allocation.policy === 'overfill' && s.allocation.hardMaxCases < s.advisors.caseCap) {
    report('allocation.hardMaxCases', `must be at least advisors.caseCap (${s.advisors.caseCap}) under overfill, got ${s.allocation.hardMaxCases}`);
  }
  if (s.caseTypes.every((t) => t.arrivalsPerWeek === 0 && t.initialOpen === 0)) {
    report('caseTypes', 'must have some intake or some open cases; with neither there is nothing to simulate');
  }
  const { growth } = s.intake;
  if (growth.kind === 'none' && growth.percent !== 0) {
    report('intake.growth.percent', `is ${growth.percent} but intake.growth.kind is "none", so intake would not change; set intake.growth.kind to "ramp" or "step", or the percent to 0`);
  }
  checkAssumptions(s, report);
}

/**
 * Each uncertain assumption names a number the scenario has, with a range inside that field's
 * own and, when drawn, around the scenario's value (its peak); the curves must stay proper curves
 * at both ends of their parameter's range.
 */
function checkAssumptions(s: Scenario, report: Report): void {
  const seen = new Set<string>();
  for (const assumption of s.uncertainty.assumptions) {
    const at = `uncertainty.assumptions.${assumption.id}`;
    const { path, low, high } = assumption;
    if (seen.has(path)) report(`${at}.path`, `varies ${path} a second time; one range per parameter`);
    seen.add(path);
    const field = numberSpecAt(path);
    if (!field.ok) {
      report(`${at}.path`, `"${path}" ${field.message}`);
      continue;
    }
    const value = numberAt(s, path);
    if (value === undefined) {
      report(`${at}.path`, `"${path}" names no parameter of this scenario (check the case type or task id)`);
      continue;
    }
    const { min, max } = field.spec;
    if (low > high) report(at, `low (${low}) must not exceed high (${high})`);
    else if (low < min || high > max) report(at, `range ${low}–${high} must lie within ${path}'s own, ${min}–${max}`);
    else if (s.uncertainty.draw && (value < low || value > high)) {
      report(at, `range ${low}–${high} must contain ${path}'s value ${value} to be drawn around it; widen the range or change the value`);
    } else {
      for (const end of [low, high]) {
        const problem = curveProblem(withNumberAt(s, path, end));
        if (problem) report(at, `at ${path} = ${end}: ${problem}`);
      }
    }
  }
}

/** The first formula of the scenario that is not a proper curve with its parameter, as a message. */
function curveProblem(s: Scenario): string | null {
  const error = checkCurve(s.documentation.errorCurve, 's', s.documentation.errorCurveParameter);
  if (!error.ok) return `documentation.errorCurve ${error.message}`;
  const response = checkCurve(s.outcomes.placementResponse, 'c', s.outcomes.placementResponseParameter);
  if (!response.ok) return `outcomes.placementResponse ${response.message}`;
  return null;
}

/** A case type from which closing is unreachable, or null: such a cycle would never end. */
function neverClosing(s: Scenario): string | null {
  const byId = new Map(s.caseTypes.map((t) => [t.id, t]));
  const closes = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const t of s.caseTypes) {
      if (closes.has(t.id)) continue;
      const shares = Object.entries(t.next).filter(([id]) => byId.has(id));
      const stay = shares.reduce((sum, [, p]) => sum + p, 0);
      if (stay < 1 - 1e-9 || shares.some(([id, p]) => p > 0 && closes.has(id))) {
        closes.add(t.id);
        changed = true;
      }
    }
  }
  return s.caseTypes.find((t) => !closes.has(t.id))?.id ?? null;
}

function wrong(path: string, expected: string, given: unknown, report: Report): unknown {
  report(path, `must be ${expected}, got ${describe(given)}`);
  return given;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of what was found. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
