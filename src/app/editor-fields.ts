/**
 * One parameter in the editor: its label, an input that fits its kind (a number, a choice, a
 * switch, a list, a formula with its live preview, a hiring plan as a table of steps), its
 * unit, range, starting value, source or *antagelse*, a reset, and its path. Each input carries
 * `data-path` (the contract automation uses). The row reads what was typed; the editor checks
 * and applies it, and the row shows the parser's message when it is refused.
 */
import type { FormulaVariable, LeafSpec } from '../scenario/schema.ts';
import { formatValue } from './changes.ts';
import type { ShownMessage } from './editor-messages.ts';
import { et } from './editor-text.ts';
import { createFormulaPreview } from './formula-preview.ts';
import { formatNumber, type Lang } from './i18n.ts';
import { choiceLabel, nullMeaning, paramLabel, unitLabel } from './param-labels.ts';
import { paramSource } from './param-sources.ts';

export interface FieldHost {
  lang: Lang;
  /** Checks `value` at `path` and applies it, or has `row` show why not. */
  commit(path: string, value: unknown, row: Row): void;
  reset(path: string): void;
  /** The applied scenario's value at a path (a curve's parameter a). */
  current(path: string): unknown;
}

export interface RowState {
  value: unknown;
  start: unknown;
  changed: boolean;
}

export interface Row {
  element: HTMLElement;
  path: string;
  /** Shows the applied value, the starting value and whether it changed; leaves a field being typed in alone. */
  update(state: RowState): void;
  showProblem(message: ShownMessage | null): void;
}

/** A new element with properties set (never markup: text goes in textContent). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** An element id from a path (`advisors.hiring[0].week` → `p-advisors-hiring-0--week`). */
export const idOf = (path: string) => `p-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A number as typed (either decimal mark), or the text itself for the parser to name. */
export function readNumber(text: string): unknown {
  const trimmed = text.trim();
  return /^[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed;
}

/** A number as the field shows it: no grouping, the page's decimal mark. */
export function writeNumber(lang: Lang, x: unknown): string {
  if (typeof x !== 'number') return x === null || x === undefined ? '' : String(x);
  const text = String(Math.round(x * 1e9) / 1e9);
  return lang === 'da' ? text.replace('.', ',') : text;
}

/** The row of a leaf parameter (not a hiring plan: see createHiringRow). `label` overrides the table's. */
export function createRow(host: FieldHost, path: string, spec: LeafSpec, label = paramLabel(host.lang, path)): Row {
  const { lang } = host;
  const id = idOf(path);
  const shell = rowShell(host, path, spec, label);
  let input: HTMLInputElement | HTMLSelectElement;
  let read: () => unknown;
  let write: (value: unknown) => void;
  let preview: ReturnType<typeof createFormulaPreview> | null = null;
  let start: unknown;
  switch (spec.kind) {
    case 'enum': {
      const select = el('select');
      select.append(...spec.values.map((v) => new Option(choiceLabel(lang, v), v)));
      input = select;
      read = () => select.value;
      write = (v) => (select.value = String(v));
      break;
    }
    case 'boolean': {
      const box = el('input', { type: 'checkbox' });
      input = box;
      read = () => box.checked;
      write = (v) => (box.checked = v === true);
      break;
    }
    default: {
      const text = el('input', { type: 'text', autocomplete: 'off', spellcheck: false });
      input = text;
      if (spec.kind === 'number' || spec.kind === 'nullable' || spec.kind === 'shares') text.inputMode = 'decimal';
      read = () => {
        if (spec.kind === 'stringList') return text.value.split(',').map((s) => s.trim());
        if (spec.kind === 'nullable' && text.value.trim() === '') return null;
        if (spec.kind === 'number' || spec.kind === 'nullable' || spec.kind === 'shares') return readNumber(text.value);
        return text.value;
      };
      write = (v) => (text.value = Array.isArray(v) ? v.join(', ') : typeof v === 'number' ? writeNumber(lang, v) : v === null || v === undefined ? '' : String(v));
      if (spec.kind === 'nullable') text.placeholder = nullMeaning(lang, path);
      if (spec.kind === 'string' || spec.kind === 'stringList') text.classList.add('wide');
      if (spec.kind === 'formula') {
        text.classList.add('formula');
        const variable = spec.variable as FormulaVariable;
        const parameter = spec.parameter ? path.replace(/[^.]+$/, spec.parameter) : null;
        preview = createFormulaPreview({ lang, path, variable, a: () => (parameter ? (host.current(parameter) as number) : null), problem: (message) => row.showProblem(message) });
        text.addEventListener('input', () => preview?.show(text.value, String(start ?? ''), true));
      }
    }
  }
  input.id = id;
  input.dataset['path'] = path;
  input.setAttribute('aria-describedby', `${id}-error ${id}-meta`);
  const commit = () => host.commit(path, read(), row);
  input.addEventListener('change', commit);
  if (input instanceof HTMLInputElement && input.type === 'text') {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        commit();
      }
    });
  }
  shell.control.prepend(input);
  if (preview) shell.element.append(preview.element);
  const row: Row = {
    element: shell.element,
    path,
    update(state) {
      start = state.start;
      shell.mark(state.changed, formatValue(lang, path, state.start));
      const typing = document.activeElement === input || input.getAttribute('aria-invalid') === 'true';
      if (!typing) write(state.value);
      if (preview && !typing) preview.show(String(state.value ?? ''), String(state.start ?? ''));
    },
    showProblem(message) {
      shell.problem(message);
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
  return row;
}

/** A hiring plan: a table of steps (week, change in posts), each input addressed as the parser names it. */
export function createHiringRow(host: FieldHost, spec: LeafSpec): Row {
  const { lang } = host;
  const path = 'advisors.hiring';
  const shell = rowShell(host, path, spec, paramLabel(lang, path));
  const table = el('table', { className: 'hiring-steps' });
  table.dataset['path'] = path;
  table.createCaption().textContent = et(lang, 'hiring.caption');
  table.createTHead().insertRow().append(el('th', { textContent: et(lang, 'hiring.week'), scope: 'col' }), el('th', { textContent: et(lang, 'hiring.fte'), scope: 'col' }), el('td'));
  const body = table.createTBody();
  const add = el('button', { type: 'button', className: 'small', textContent: et(lang, 'hiring.add') });
  const help = el('p', { className: 'help', textContent: et(lang, 'hiring.help') });
  const none = el('p', { className: 'help', textContent: et(lang, 'hiring.none') });
  shell.control.replaceChildren(table, none, add, shell.reset);
  shell.element.insertBefore(help, shell.control);
  type Step = { week: unknown; fte: unknown };
  const steps = (): Step[] =>
    [...body.rows].map((r) => {
      const [week, fte] = [...r.querySelectorAll('input')];
      return { week: readNumber(week?.value ?? ''), fte: readNumber(fte?.value ?? '') };
    });
  const commit = () => host.commit(path, steps(), row);
  const fill = (plan: Step[]) => {
    body.replaceChildren(
      ...plan.map((step, i) => {
        const tr = el('tr');
        const cell = (key: 'week' | 'fte', heading: string) => {
          const input = el('input', { type: 'text', inputMode: 'decimal', autocomplete: 'off', value: writeNumber(lang, step[key]), id: idOf(`${path}[${i}].${key}`) });
          input.dataset['path'] = `${path}[${i}].${key}`;
          input.setAttribute('aria-label', `${heading}, ${i + 1}`);
          input.setAttribute('aria-describedby', `${idOf(path)}-error`);
          input.addEventListener('change', commit);
          const td = el('td');
          td.append(input);
          return td;
        };
        const remove = el('button', { type: 'button', className: 'small', textContent: '×' });
        remove.setAttribute('aria-label', et(lang, 'hiring.remove', { n: i + 1 }));
        remove.addEventListener('click', () => {
          tr.remove();
          commit();
        });
        const last = el('td');
        last.append(remove);
        tr.append(cell('week', et(lang, 'hiring.week')), cell('fte', et(lang, 'hiring.fte')), last);
        return tr;
      }),
    );
    none.hidden = plan.length > 0;
    table.hidden = plan.length === 0;
  };
  add.addEventListener('click', () => {
    const plan = steps();
    fill([...plan, { week: 52, fte: 1 }]);
    body.querySelector<HTMLInputElement>('tr:last-child input')?.focus();
    commit();
  });
  const row: Row = {
    element: shell.element,
    path,
    update(state) {
      shell.mark(state.changed, formatValue(lang, path, state.start));
      const typing = table.contains(document.activeElement) || table.querySelector('[aria-invalid="true"]') !== null;
      if (!typing) fill(Array.isArray(state.value) ? (state.value as Step[]) : []);
    },
    showProblem(message) {
      shell.problem(message);
      for (const input of table.querySelectorAll('input')) {
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    },
  };
  return row;
}

/** What every row has around its input: label, changed mark, unit, reset, the problem, and the meta line. */
function rowShell(host: FieldHost, path: string, spec: LeafSpec, label: string) {
  const { lang } = host;
  const id = idOf(path);
  const element = el('div', { className: 'param' });
  element.dataset['param'] = path;
  const head = el('div', { className: 'param-head' });
  const labelEl = el('label', { htmlFor: id, textContent: label });
  const badge = el('span', { className: 'param-mark', textContent: et(lang, 'changed'), hidden: true });
  head.append(labelEl, badge);
  const control = el('div', { className: 'param-input' });
  const unit = unitLabel(lang, spec);
  if (unit && spec.kind !== 'hiring') control.append(el('span', { className: 'unit', textContent: unit }));
  const reset = el('button', { type: 'button', className: 'small reset', textContent: et(lang, 'reset'), hidden: true });
  reset.addEventListener('click', () => host.reset(path));
  control.append(reset);
  const error = el('p', { className: 'param-error', id: `${id}-error`, hidden: true });
  const meta = el('p', { className: 'param-meta', id: `${id}-meta` });
  const startText = el('span');
  const source = paramSource(lang, path);
  const parts: (string | Node)[] = [];
  const range = rangeText(lang, spec);
  if (range) parts.push(`${et(lang, 'range', { range })}. `);
  parts.push(startText);
  if (/\b(antagelse|assumption)\b/i.test(source)) parts.push(el('span', { className: 'tag', textContent: et(lang, 'assumption') }), ' ');
  if (source) parts.push(`${et(lang, 'source', { source })}. `);
  parts.push(el('code', { className: 'path', textContent: path }));
  meta.append(...parts);
  element.append(head, control, error, meta);
  return {
    element,
    control,
    reset,
    mark(changed: boolean, start: string) {
      element.dataset['changed'] = String(changed);
      badge.hidden = !changed;
      reset.hidden = !changed;
      reset.setAttribute('aria-label', et(lang, 'resetLabel', { label, value: start }));
      const sentence = et(lang, 'preset', { value: start });
      startText.textContent = `${sentence}${sentence.endsWith('.') ? '' : '.'} `;
    },
    problem(message: ShownMessage | null) {
      error.hidden = message === null;
      error.textContent = message ? et(lang, 'invalid', { message: message.text }) : '';
      if (message && message.lang !== lang) error.lang = message.lang;
      else error.removeAttribute('lang');
    },
  };
}

/** The allowed values in words: a range, the choices, or what a formula must be. */
export function rangeText(lang: Lang, spec: LeafSpec): string {
  const n = (x: number) => formatNumber(lang, x, 6);
  const da = lang === 'da';
  switch (spec.kind) {
    case 'number':
      return `${n(spec.min)}–${n(spec.max)}${spec.integer ? (da ? ', hele tal' : ', whole') : ''}`;
    case 'nullable':
      return da ? `tomt eller ${n(spec.of.min)}–${n(spec.of.max)}` : `empty or ${n(spec.of.min)}–${n(spec.of.max)}`;
    case 'string':
      return da ? `højst ${spec.maxLength} tegn` : `at most ${spec.maxLength} characters`;
    case 'stringList':
      return da ? `${spec.minItems}–${spec.maxItems} navne, adskilt med komma` : `${spec.minItems}–${spec.maxItems} names, separated by commas`;
    case 'formula':
      return spec.variable === 's'
        ? da ? 'g(0) = 0, mellem 0 og 1, aldrig faldende' : 'g(0) = 0, between 0 and 1, never falling'
        : da ? `mindst 0, endelig, aldrig faldende i ${spec.variable}` : `at least 0, finite, never falling in ${spec.variable}`;
    case 'hiring':
      return da ? 'uge 0–520, højst ±5.000 årsværk pr. trin, ikke 0' : 'week 0–520, at most ±5,000 FTE a step, not 0';
    case 'shares':
      return da ? '0–1; tilsammen højst 1, resten lukker' : '0–1; at most 1 together, the rest closes';
    default:
      return '';
  }
}
