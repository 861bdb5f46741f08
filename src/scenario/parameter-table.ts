/**
 * Every parameter as Markdown tables: path, unit, default, allowed range, meaning and source.
 * Generated from the schema and the defaults, so docs/model.md cannot drift from what parsing
 * enforces (a test compares them); `sagstal parameters` prints it.
 */
import { DEFAULT_SCENARIO } from './defaults.ts';
import { CASE_TYPE_SPEC, leafFields, TASK_SPEC, type FieldSpec } from './schema.ts';
import { CASE_TYPE_SOURCES, SOURCES } from './sources.ts';
import { MULTIPLIER_INPUTS } from '../formula/multiplier-curve.ts';

export function parameterTables(): string {
  return [scenarioTable(), caseTypeTable(), taskTable(), assumptionTable()].join('\n\n');
}

/** The default uncertain assumptions: the value each run uses, the range drawn or moved over, and why. */
function assumptionTable(): string {
  const rows = DEFAULT_SCENARIO.uncertainty.assumptions.map((a) => [
    code(`uncertainty.assumptions.${a.id}`),
    code(a.path),
    show(valueAt(DEFAULT_SCENARIO, a.path)),
    `${a.low}–${a.high}`,
    a.source,
  ]);
  const intro =
    'Uncertain assumptions (`uncertainty.assumptions.<id>`: `path`, `low`, `high`, `source`; a file may add its own for any numeric parameter). ' +
    'With `uncertainty.draw` each replication draws each one from a triangular distribution over its range, peaked at the scenario\'s value; sensitivity moves each to its ends.';
  return `${intro}\n\n${table(['assumption', 'parameter', 'value', 'range', 'source'], rows)}`;
}

function scenarioTable(): string {
  const rows = leafFields()
    .filter((f) => !f.path.startsWith('caseTypes') && !f.path.startsWith('uncertainty.assumptions') && !['schemaVersion', 'title', 'notes'].includes(f.path))
    .map(({ path, spec }) => [code(path), unitOf(spec), show(valueAt(DEFAULT_SCENARIO, path)), rangeOf(spec), spec.doc, SOURCES[path] ?? '']);
  return table(['parameter', 'unit', 'default', 'range', 'meaning', 'source'], rows);
}

/** Case-type fields (tasks aside) with the default of each default type side by side. */
function caseTypeTable(): string {
  const types = DEFAULT_SCENARIO.caseTypes;
  const rows = leafFields(CASE_TYPE_SPEC, 'caseTypes.<id>')
    .filter((f) => !f.path.includes('tasks') && !f.path.endsWith('.id'))
    .map(({ path, spec }) => {
      const field = path.replace('caseTypes.<id>.', '');
      return [code(path), unitOf(spec), ...types.map((t) => show(valueAt(t, field))), rangeOf(spec), `${spec.doc}${CASE_TYPE_SOURCES[field] ? `. Source: ${CASE_TYPE_SOURCES[field]}` : ''}`];
    });
  return table(['case type field', 'unit', ...types.map((t) => code(t.id)), 'range', 'meaning and source'], rows);
}

/** The default tasks, one row each; ranges of task fields beneath. */
function taskTable(): string {
  const rows = DEFAULT_SCENARIO.caseTypes.flatMap((t) =>
    t.tasks.map((task) => [
      code(`caseTypes.${t.id}.tasks.${task.id}`),
      task.label,
      task.kind,
      task.trigger,
      `${task.dueDays} from ${task.dueFrom}`,
      task.repeatEveryDays === null ? '–' : String(task.repeatEveryDays),
      String(task.hours),
      String(task.documentationShare),
      task.decision ? 'yes' : 'no',
    ]),
  );
  const defaults = table(['task', 'label', 'kind', 'trigger', 'due (days)', 'repeat (days)', 'hours', 'doc. share', 'decision'], rows);
  const ranges = table(
    ['task field', 'unit', 'range', 'meaning'],
    leafFields(TASK_SPEC, 'caseTypes.<id>.tasks.<id>')
      .filter((f) => !f.path.endsWith('.id'))
      .map(({ path, spec }) => [code(path), unitOf(spec), rangeOf(spec), spec.doc]),
  );
  return `${defaults}\n\nTask hours and deadlines: ${CASE_TYPE_SOURCES['dueDays']}; hours are an ${CASE_TYPE_SOURCES['hours']}.\n\n${ranges}`;
}

function unitOf(spec: FieldSpec): string {
  if (spec.kind === 'number') return spec.unit;
  if (spec.kind === 'nullable') return spec.of.unit;
  if (spec.kind === 'shares') return 'share 0–1';
  if (spec.kind === 'hiring') return 'weeks, FTE';
  return '';
}

function rangeOf(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'number':
      return `${spec.min}–${spec.max}${spec.integer ? ', whole' : ''}`;
    case 'nullable':
      return `null or ${spec.of.min}–${spec.of.max}`;
    case 'enum':
      return spec.values.map((v) => `\`${v}\``).join(', ');
    case 'boolean':
      return 'true, false';
    case 'formula':
      return spec.variable === 's' ? 'g(0) = 0, 0 ≤ g ≤ 1, non-decreasing' : `≥ 0, finite, non-decreasing for ${spec.variable} in 0–${MULTIPLIER_INPUTS[spec.variable].max}`;
    case 'stringList':
      return `${spec.minItems}–${spec.maxItems} names`;
    case 'hiring':
      return 'steps: week 0–520, fte ±5000, not 0';
    case 'shares':
      return 'sum ≤ 1, must close eventually';
    default:
      return '';
  }
}

function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `\`${value}\``;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? entries.map(([k, v]) => `${k} ${String(v)}`).join(', ') : '–';
  }
  return String(value);
}

const code = (text: string) => `\`${text}\``;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
