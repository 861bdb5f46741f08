/**
 * The goal panel's question as form controls: one row per target (metric, at most or at least,
 * limit, remove), a button to add one, the required probability in percent and the week the
 * new posts are created. A typed value out of range is outlined and the last good one kept, as
 * the big controls do. Rows are rebuilt only when targets are added or removed or the language
 * changes, so typing never loses focus.
 */
import { t, type Lang } from './i18n.ts';
import {
  GOAL_METRICS,
  isGoalMetric,
  MAX_TARGETS,
  metricLabelKey,
  newTarget,
  PROBABILITY_LIMITS,
  shownValue,
  unitKey,
  valueFromField,
  valueLimits,
  type GoalState,
} from './goal-targets.ts';
import { el } from './dom.ts';

export interface GoalEditor {
  readonly element: HTMLElement;
  /** The goal as edited (the panel reads it when it computes). */
  readonly goal: GoalState;
  /** Replaces the goal (a link opened with Back or Forward) and redraws. */
  set(goal: GoalState): void;
  /** Texts in `lang`; the latest week new posts may be created. */
  refresh(lang: Lang, lastWeek: number): void;
}

/** A number field (spelled out: `el('input', …)` makes TypeScript's inference give up). */
function numberInput(min: number, max: number, step: number | 'any'): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'number';
  input.min = String(min);
  input.max = String(max);
  input.step = String(step);
  return input;
}

function select(className: string): HTMLSelectElement {
  const element = document.createElement('select');
  element.className = className;
  return element;
}

/** A number typed into `input` within its min and max (and whole when its step is), or null, with the field marked. */
function typed(input: HTMLInputElement, integer = false): number | null {
  const x = input.valueAsNumber;
  const ok = Number.isFinite(x) && x >= Number(input.min) && x <= Number(input.max) && (!integer || Number.isInteger(x));
  input.setAttribute('aria-invalid', String(!ok));
  return ok ? x : null;
}

export function createGoalEditor(initial: GoalState, changed: (goal: GoalState) => void): GoalEditor {
  let goal: GoalState = { ...initial, targets: initial.targets.map((x) => ({ ...x })) };
  let lang: Lang = 'da';
  let labelled: Lang | null = null;
  const element = el('div', { className: 'goal-editor' });
  const fieldset = el('fieldset', { className: 'goal-targets' });
  const legend = el('legend');
  const list = el('ol', { className: 'goal-list' });
  const add = el('button', { type: 'button', className: 'goal-add', id: 'goal-add' });
  const sources = el('p', { className: 'help goal-sources' });
  fieldset.append(legend, list, add, sources);

  const settings = el('div', { className: 'goal-settings' });
  const field = (id: string, min: number, max: number, step: number, unit: string): { label: HTMLLabelElement; input: HTMLInputElement; help: HTMLParagraphElement } => {
    const wrap = el('div', { className: 'goal-field' });
    const label = el('label', { htmlFor: id });
    const input = numberInput(min, max, step);
    input.id = id;
    const help = el('p', { className: 'help', id: `${id}-help` });
    input.setAttribute('aria-describedby', help.id);
    const row = el('div', { className: 'inputs' });
    row.append(input, el('span', { className: 'unit', textContent: unit }));
    wrap.append(label, row, help);
    settings.append(wrap);
    return { label, input, help };
  };
  const probability = field('goal-probability', PROBABILITY_LIMITS.min * 100, PROBABILITY_LIMITS.max * 100, 5, '%');
  const fromWeek = field('goal-from-week', 0, 103, 1, '');
  element.append(fieldset, settings);

  const notify = () => changed({ ...goal, targets: goal.targets.map((x) => ({ ...x })) });
  probability.input.addEventListener('input', () => {
    const x = typed(probability.input);
    if (x === null) return;
    goal.probability = Math.round(x * 100) / 10_000;
    notify();
  });
  fromWeek.input.addEventListener('input', () => {
    const x = typed(fromWeek.input, true);
    if (x === null) return;
    goal.fromWeek = x;
    notify();
  });
  add.addEventListener('click', () => {
    if (goal.targets.length >= MAX_TARGETS) return;
    goal.targets.push(newTarget(goal.targets));
    rows();
    notify();
    list.querySelector<HTMLSelectElement>('li:last-child select')?.focus();
  });

  /** One row: the metric, at most / at least, the limit in the metric's unit (shares in percent), remove. */
  function row(index: number): HTMLLIElement {
    const target = goal.targets[index] as GoalState['targets'][number];
    const li = el('li', { className: 'goal-target' });
    li.dataset['metric'] = target.metric;
    const label = (part: string) => t(lang, 'goal.rowLabel', { n: index + 1, part });
    const metric = select('goal-metric');
    metric.setAttribute('aria-label', label(t(lang, 'goal.metric')));
    for (const id of GOAL_METRICS) metric.add(new Option(t(lang, metricLabelKey(id)), id));
    metric.value = target.metric;
    const op = select('goal-op');
    op.setAttribute('aria-label', label(t(lang, 'goal.op')));
    op.add(new Option(t(lang, 'goal.op.max'), '<='));
    op.add(new Option(t(lang, 'goal.op.min'), '>='));
    op.value = target.op;
    const value = numberInput(0, 0, 'any');
    value.className = 'goal-value';
    value.setAttribute('aria-label', label(t(lang, 'goal.value')));
    const unit = el('span', { className: 'unit' });
    const limits = () => {
      const { min, max } = valueLimits(target.metric);
      const scale = unitKey(target.metric) === 'goal.unit.percent' ? 100 : 1;
      value.min = String(min * scale);
      value.max = String(max * scale);
      const key = unitKey(target.metric);
      unit.textContent = key ? t(lang, key) : '';
    };
    limits();
    value.value = String(shownValue(target));
    const remove = el('button', { type: 'button', className: 'goal-remove', textContent: t(lang, 'goal.remove') });
    remove.setAttribute('aria-label', label(t(lang, 'goal.remove')));
    remove.disabled = goal.targets.length <= 1;
    metric.addEventListener('change', () => {
      if (!isGoalMetric(metric.value)) return;
      target.metric = metric.value;
      li.dataset['metric'] = target.metric;
      limits();
      // The number typed stays; it now reads in the new metric's unit.
      const x = typed(value);
      if (x !== null) target.value = valueFromField(target.metric, x);
      notify();
    });
    op.addEventListener('change', () => {
      target.op = op.value === '>=' ? '>=' : '<=';
      notify();
    });
    value.addEventListener('input', () => {
      const x = typed(value);
      if (x === null) return;
      target.value = valueFromField(target.metric, x);
      notify();
    });
    remove.addEventListener('click', () => {
      goal.targets.splice(index, 1);
      rows();
      notify();
      add.focus();
    });
    const inputs = el('div', { className: 'goal-limit' });
    inputs.append(op, value, unit, remove);
    li.append(metric, inputs);
    return li;
  }

  function rows(): void {
    list.replaceChildren(...goal.targets.map((_, i) => row(i)));
    add.disabled = goal.targets.length >= MAX_TARGETS;
  }

  const editor: GoalEditor = {
    element,
    get goal() {
      return goal;
    },
    set(next) {
      goal = { ...next, targets: next.targets.map((x) => ({ ...x })) };
      probability.input.value = String(Math.round(goal.probability * 1000) / 10);
      fromWeek.input.value = String(goal.fromWeek);
      for (const f of [probability.input, fromWeek.input]) f.removeAttribute('aria-invalid');
      rows();
    },
    refresh(next, lastWeek) {
      fromWeek.input.max = String(Math.max(0, lastWeek));
      if (next === labelled) return;
      lang = labelled = next;
      legend.textContent = t(lang, 'goal.targets');
      add.textContent = t(lang, 'goal.add');
      sources.textContent = t(lang, 'goal.sources');
      probability.label.textContent = t(lang, 'goal.probability');
      probability.help.textContent = t(lang, 'goal.probability.help');
      fromWeek.label.textContent = t(lang, 'goal.fromWeek');
      fromWeek.help.textContent = t(lang, 'goal.fromWeek.help');
      rows();
    },
  };
  editor.set(goal);
  return editor;
}
