/**
 * The "advanced" disclosure: the assumptions in force in plain words first, then every
 * parameter with its value, unit and source, so no assumption is hidden.
 */
import { leafFields } from '../scenario/schema.ts';
import { loadPreset, PRESET_NAMES } from '../scenario/presets.ts';
import { SOURCES } from '../scenario/sources.ts';
import type { Scenario } from '../scenario/types.ts';
import { months } from './advisors-help.ts';
import { measuresNote } from './cost-text.ts';
import { formatKroner, formatNumber, formatPercent, t, type Lang, type MessageKey } from './i18n.ts';
import { APP_PRESETS } from './link.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') =>
  Object.assign(document.createElement(tag), { textContent: text, ...(className ? { className } : {}) });

/** A case type's name in the page's language: the shipped ones are translated, others keep their label. */
function caseTypeName(lang: Lang, id: string, label: string): string {
  const key = `caseType.${id}` as MessageKey;
  const name = t(lang, key);
  return name === key ? label : name;
}

/** The assumptions that shape the numbers most, one plain sentence each. */
export function keyAssumptions(lang: Lang, s: Scenario): string[] {
  const n = (x: number, d = 1) => formatNumber(lang, x, d);
  const intake = s.caseTypes.map((c) => `${caseTypeName(lang, c.id, c.label)} ${n(c.arrivalsPerWeek)}`).join(', ');
  const growth = s.intake.growth;
  return [
    t(lang, 'assume.time', { hours: n(s.advisors.hoursPerWeek), productive: formatPercent(lang, s.advisors.productiveShare) }),
    t(lang, 'assume.intake', { list: intake }),
    growth.kind === 'none' || growth.percent === 0
      ? t(lang, 'assume.growthNone')
      : t(lang, growth.kind === 'ramp' ? 'assume.growthRamp' : 'assume.growthStep', {
          percent: n(growth.percent),
          weeks: n(growth.rampWeeks, 0),
          start: n(growth.startWeek, 0),
        }),
    t(lang, s.allocation.policy === 'waitlist' ? 'assume.waitlist' : 'assume.overfill', {
      cap: n(s.advisors.caseCap, 0),
      max: n(s.allocation.hardMaxCases, 0),
    }),
    t(lang, 'assume.errors', {
      elements: s.documentation.legalElements.join(', '),
      base: formatPercent(lang, s.documentation.baseMissingProbability),
      // The curve as it runs: its parameter written in (s ^ a with a = 1.5 reads "s ^ 1.5").
      curve: s.documentation.errorCurve.replace(/\ba\b/g, String(s.documentation.errorCurveParameter)),
      caseloadEffect: s.documentation.caseloadEffect,
    }),
    t(lang, 'assume.deadlines'),
    t(lang, 'assume.audit', { weeks: n(s.audit.windowWeeks, 0) }),
    t(lang, 'assume.cost', { cost: formatKroner(lang, s.advisors.fullCostPerFteDkk) }),
    t(lang, 'assume.turnover', {
      attrition: formatPercent(lang, s.advisors.staffing.attritionPerYear),
      delay: months(lang, s.advisors.staffing.recruitmentDelayDays),
      share: formatPercent(lang, s.advisors.staffing.onboardingCapacityShare),
      onboarding: months(lang, s.advisors.staffing.onboardingDays),
      recruitment: formatKroner(lang, s.advisors.staffing.recruitmentCostDkk),
    }),
    measuresNote(lang, s),
    t(lang, 'assume.runs', { n: s.simulation.replications, seed: s.simulation.seed }),
  ];
}

/** A table with a header row of the given message keys; the caller fills its body. */
function tableWithHead(lang: Lang, keys: readonly MessageKey[]): { table: HTMLTableElement; body: HTMLTableSectionElement } {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const key of keys) head.append(Object.assign(el('th', t(lang, key)), { scope: 'col' }));
  return { table, body: table.createTBody() };
}

function parameterTable(lang: Lang, s: Scenario): HTMLTableElement {
  const { table, body } = tableWithHead(lang, ['advanced.parameter', 'advanced.value', 'advanced.unit', 'advanced.source']);
  const skip = new Set(['schemaVersion', 'title', 'notes']);
  for (const { path, spec } of leafFields()) {
    // Lists by id (case types, uncertain assumptions) have their own rows.
    if (skip.has(path) || path.includes('<id>')) continue;
    const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], s);
    const unit = spec.kind === 'number' ? spec.unit : '';
    const row = body.insertRow();
    row.append(el('td', path, 'path'), el('td', shownValue(lang, value)), el('td', unit), el('td', SOURCES[path] ?? ''));
  }
  for (const a of s.uncertainty.assumptions) {
    const range = `${a.path}: ${formatNumber(lang, a.low, 3)}–${formatNumber(lang, a.high, 3)}`;
    body.insertRow().append(el('td', `uncertainty.assumptions.${a.id}`, 'path'), el('td', range), el('td', ''), el('td', a.source));
  }
  return table;
}

/** A parameter's value as a reader reads it: numbers in the locale, a hiring plan as steps, null as the scenario's own. */
function shownValue(lang: Lang, value: unknown): string {
  if (typeof value === 'number') return formatNumber(lang, value, 3);
  if (value === null) return t(lang, 'advanced.own');
  if (!Array.isArray(value)) return String(value);
  if (value.length === 0) return t(lang, 'advanced.none');
  return value
    .map((item: unknown) => {
      if (typeof item !== 'object' || item === null) return String(item);
      const step = item as { week: number; fte: number };
      return t(lang, 'advanced.step', { week: step.week, fte: `${step.fte > 0 ? '+' : '−'}${formatNumber(lang, Math.abs(step.fte), 1)}` });
    })
    .join(', ');
}

function caseTypeTable(lang: Lang, s: Scenario): HTMLTableElement {
  const { table, body } = tableWithHead(lang, ['advanced.caseTypes', 'advanced.arrivals', 'advanced.duration', 'advanced.contact']);
  for (const type of s.caseTypes) {
    const cells = [caseTypeName(lang, type.id, type.label), formatNumber(lang, type.arrivalsPerWeek, 2), formatNumber(lang, type.duration.meanDays), formatNumber(lang, type.contactHoursPerWeek, 2)];
    body.insertRow().append(...cells.map((text) => el('td', text)));
  }
  return table;
}

/** Every scenario shipped in scenarios/, the ones the app cannot carry marked with how to run them. */
function presetList(lang: Lang): HTMLElement[] {
  const list = document.createElement('ul');
  for (const name of PRESET_NAMES) {
    const title = loadPreset(name).title ?? name;
    const note = (APP_PRESETS as readonly string[]).includes(name) ? '' : ` (${t(lang, 'advanced.cliOnly', { name })})`;
    list.append(el('li', `${name}: ${title}${note}`));
  }
  return [el('h3', t(lang, 'advanced.presets')), list];
}

export function renderAssumptions(container: HTMLElement, lang: Lang, scenario: Scenario): void {
  const key = document.createElement('ul');
  key.className = 'key-assumptions';
  key.append(...keyAssumptions(lang, scenario).map((text) => el('li', text)));
  const notes = el('div', '', 'notes');
  for (const paragraph of scenario.notes.split('\n\n')) notes.append(el('p', paragraph));
  const wrap = (table: HTMLTableElement) => {
    const div = el('div', '', 'table-wrap');
    div.append(table);
    return div;
  };
  container.replaceChildren(
    el('p', t(lang, 'advanced.intro')),
    key,
    el('h3', t(lang, 'advanced.caseTypesHeading')),
    wrap(caseTypeTable(lang, scenario)),
    el('h3', t(lang, 'advanced.allHeading')),
    wrap(parameterTable(lang, scenario)),
    el('h3', t(lang, 'advanced.notes')),
    notes,
    ...presetList(lang),
  );
}
