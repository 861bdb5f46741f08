/**
 * The parameter editor: every parameter `sagstal parameters` lists, grouped as a budget officer
 * looks for them (new cases; advisors and staffing; case types and tasks; documentation and
 * errors; costs and outcomes; computation and uncertainty), each editable, with a reset per
 * field and one for all. A value is applied only once the scenario parser accepts it; until
 * then the field says what is wrong and the figures keep running on the last good scenario.
 */
import { leafFields, type LeafSpec } from '../scenario/schema.ts';
import type { Scenario } from '../scenario/types.ts';
import { countText, valueAt } from './changes.ts';
import { createHiringRow, createRow, el, type FieldHost, type Row } from './editor-fields.ts';
import { shownMessage } from './editor-messages.ts';
import { isChanged, problemFor, tryValue, withoutAll, withoutValue } from './editor-state.ts';
import { et, type EditorKey } from './editor-text.ts';
import type { Lang } from './i18n.ts';
import { baseControls, type Controls } from './link.ts';
import { caseTypeName, paramLabel, specAt, taskName } from './param-labels.ts';
import { parseScenario } from '../scenario/parse.ts';
import { scenarioInput } from './scenario-of.ts';

export const GROUPS = ['intake', 'advisors', 'caseTypes', 'documentation', 'costs', 'simulation'] as const;
export type Group = (typeof GROUPS)[number];

/** Fields no one edits: the format's version, the words (shown elsewhere), and list ids (structure). */
const NOT_EDITED = /^(schemaVersion|title|notes)$|\.id$|^uncertainty\.assumptions\.<id>\.(path|source)$/;

/** The group a parameter (by schema path) belongs to. */
export function groupOf(path: string): Group {
  if (path.startsWith('intake.')) return 'intake';
  if (path.startsWith('caseTypes.')) return 'caseTypes';
  if (/^(costs|outcomes)\.|^advisors\.(fullCostPerFteDkk|staffing\.recruitmentCostDkk)$/.test(path)) return 'costs';
  if (/^(documentation|audit)\./.test(path)) return 'documentation';
  if (/^(advisors|allocation|practice)\.|^simulation\.warmup(Fte|CaseCap)$/.test(path)) return 'advisors';
  return 'simulation';
}

/** The parameters the editor shows, by schema path, with their specs. */
export const EDITED = leafFields().filter((f) => !NOT_EDITED.test(f.path));

export interface Editor {
  render(lang: Lang, scenario: Scenario, controls: Controls): void;
}

export interface EditorOptions {
  /** The controls as they stand now (a change applied a moment ago included, not yet on screen). */
  current(): Controls;
  /** Applies controls the editor has checked. */
  apply(controls: Controls): void;
}

export function createEditor(container: HTMLElement, options: EditorOptions): Editor {
  const { apply } = options;
  let rows: Row[] = [];
  let groupCounts = new Map<Group, HTMLElement>();
  let count: HTMLElement | null = null;
  let resetAll: HTMLButtonElement | null = null;
  let structure = '';
  let shown = '';
  let lang: Lang = 'da';
  let scenario: Scenario | null = null;

  const host: FieldHost = {
    get lang() {
      return lang;
    },
    commit(path, value, row) {
      // On the controls as they stand, so a second change made before the first is drawn keeps the first.
      const { candidate, problems } = tryValue(options.current(), path, value);
      const problem = problemFor(problems, path);
      row.showProblem(problem ? shownMessage(lang, problem, path) : null);
      if (!problem) apply(candidate);
    },
    reset(path) {
      for (const row of rows) if (row.path === path) row.showProblem(null);
      apply(withoutValue(options.current(), path));
    },
    current: (path) => (scenario ? valueAt(scenario, path) : undefined),
  };

  function build(s: Scenario): void {
    rows = [];
    groupCounts = new Map();
    const groups = new Map<Group, HTMLElement>();
    const sections = GROUPS.map((group) => {
      const details = el('details', { className: 'param-group' });
      details.dataset['group'] = group;
      const summary = el('summary');
      const badge = el('span', { className: 'group-count' });
      summary.append(el('h3', { textContent: et(lang, `group.${group}` as EditorKey) }), badge);
      details.append(summary);
      groups.set(group, details);
      groupCounts.set(group, badge);
      return details;
    });
    for (const { path, spec } of EDITED) {
      if (path.includes('<id>')) continue; // list items: by case type, task and assumption below
      const row = path === 'advisors.hiring' ? createHiringRow(host, spec) : createRow(host, path, spec);
      groups.get(groupOf(path))?.append(row.element);
      rows.push(row);
    }
    groups.get('caseTypes')?.append(el('p', { className: 'help', textContent: et(lang, 'caseTypes.note') }), ...caseTypeBlocks(s));
    groups.get('simulation')?.append(...assumptionRows(s));
    count = el('p', { className: 'editor-count' });
    count.setAttribute('aria-live', 'polite');
    resetAll = el('button', { type: 'button', textContent: et(lang, 'resetAll') });
    resetAll.addEventListener('click', () => {
      for (const row of rows) row.showProblem(null);
      apply(withoutAll(options.current()));
    });
    const bar = el('div', { className: 'editor-bar' });
    bar.append(count, resetAll);
    container.replaceChildren(el('h3', { className: 'editor-heading', textContent: et(lang, 'heading') }), el('p', { textContent: et(lang, 'intro') }), bar, ...sections);
  }

  /** Per case type its fields and where its cases go next; per task its fields. */
  function caseTypeBlocks(s: Scenario): HTMLElement[] {
    const fields = EDITED.filter((f) => f.path.startsWith('caseTypes.<id>.') && !f.path.includes('.tasks.'));
    const taskFields = EDITED.filter((f) => f.path.startsWith('caseTypes.<id>.tasks.<id>.'));
    return s.caseTypes.map((type) => {
      const block = el('details', { className: 'case-type' });
      const name = caseTypeName(lang, type.id, type.label);
      block.append(el('summary', { textContent: name.charAt(0).toUpperCase() + name.slice(1) }));
      for (const { path, spec } of fields) {
        const concrete = path.replace('<id>', type.id);
        if (spec.kind === 'shares') {
          const next = el('fieldset', { className: 'next' });
          next.append(el('legend', { textContent: paramLabel(lang, concrete) }));
          for (const target of s.caseTypes) {
            next.append(add(createRow(host, `${concrete}.${target.id}`, spec, caseTypeName(lang, target.id, target.label))));
          }
          block.append(next);
        } else {
          block.append(add(createRow(host, concrete, spec)));
        }
      }
      if (type.tasks.length > 0) block.append(el('h4', { textContent: et(lang, 'tasks') }));
      for (const task of type.tasks) {
        const taskBlock = el('details', { className: 'task' });
        taskBlock.append(el('summary', { textContent: taskName(lang, task.id, task.label) }));
        for (const { path, spec } of taskFields) taskBlock.append(add(createRow(host, path.replace('<id>', type.id).replace('<id>', task.id), spec)));
        block.append(taskBlock);
      }
      return block;
    });
  }

  /** Each uncertain assumption's range, named by the parameter it varies. */
  function assumptionRows(s: Scenario): HTMLElement[] {
    const fields = EDITED.filter((f) => f.path.startsWith('uncertainty.assumptions.<id>.'));
    return s.uncertainty.assumptions.flatMap((a) =>
      fields.map(({ path, spec }) => {
        const concrete = path.replace('<id>', a.id);
        // Shown with the unit and range of the parameter it varies: the range must lie inside that one.
        const varied = specAt(a.path);
        const shownSpec = varied && varied.kind === 'number' ? varied : (spec as LeafSpec);
        return add(createRow(host, concrete, shownSpec, `${paramLabel(lang, a.path)}: ${paramLabel(lang, concrete).toLowerCase()}`));
      }),
    );
  }

  function add(row: Row): HTMLElement {
    rows.push(row);
    return row.element;
  }

  /** The value a field shows: a big control's own value, the plan beyond the week-0 decision, else the scenario's. */
  function shownValue(c: Controls, s: Scenario, path: string): unknown {
    const owned: Record<string, unknown> = {
      'intake.growth.percent': c.intakePercent,
      'advisors.fte': c.fte,
      'advisors.caseCap': c.caseCap,
      'simulation.horizonWeeks': c.horizonWeeks,
      'simulation.seed': c.seed,
    };
    if (Object.hasOwn(owned, path)) return owned[path];
    if (path === 'advisors.hiring') {
      const edit = c.edits.find((e) => e.path === path);
      return edit ? edit.value : s.advisors.hiring.filter((step) => step.week !== 0);
    }
    return valueAt(s, path);
  }

  return {
    render(nextLang, s, c) {
      const key = `${nextLang}|${s.caseTypes.map((t) => `${t.id}:${t.label}:${t.tasks.map((task) => `${task.id}:${task.label}`).join(',')}`).join(';')}|${s.uncertainty.assumptions.map((a) => a.id).join(',')}`;
      lang = nextLang;
      scenario = s;
      if (key !== structure) {
        structure = key;
        shown = '';
        build(s);
      }
      const state = `${JSON.stringify(s)}|${JSON.stringify(c)}`;
      if (state === shown) return;
      shown = state;
      // Where each field started: the same controls without the editor's edits.
      const startControls = withoutAll(c);
      const parsed = parseScenario(scenarioInput(startControls));
      const start = parsed.ok ? parsed.scenario : s;
      const base = baseControls(c);
      const perGroup = new Map<Group, number>();
      for (const row of rows) {
        const changed = isChanged(c, row.path);
        const startValue = shownValue({ ...startControls, ...pick(base), edits: startControls.edits }, start, row.path);
        row.update({ value: shownValue(c, s, row.path), start: startValue, changed });
        if (changed) perGroup.set(groupOf(row.path), (perGroup.get(groupOf(row.path)) ?? 0) + 1);
      }
      for (const [group, badge] of groupCounts) {
        const n = perGroup.get(group) ?? 0;
        badge.textContent = n > 0 ? ` · ${n} ${et(lang, 'changed')}` : '';
      }
      const assumptions = c.edits.filter((e) => e.path !== 'uncertainty.draw');
      if (count) count.textContent = countText(lang, assumptions.length);
      if (resetAll) resetAll.hidden = assumptions.length === 0;
    },
  };
}

/** The big controls of a starting point. */
function pick(c: Controls) {
  return { intakePercent: c.intakePercent, fte: c.fte, caseCap: c.caseCap, horizonWeeks: c.horizonWeeks, seed: c.seed };
}
