/**
 * The "advanced" disclosure: the assumptions in force in plain words, the scenario's own notes
 * (in the page's language where the scenario is a shipped one) and the scenarios shipped; every
 * parameter, editable, follows in the editor (editor.ts), so no assumption is hidden.
 */
import { PRESET_NAMES } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/types.ts';
import { months } from './advisors-help.ts';
import { measuresNote } from './cost-text.ts';
import { formatKroner, formatNumber, formatPercent, t, type Lang } from './i18n.ts';
import { APP_PRESETS } from './link.ts';
import { caseTypeName } from './param-labels.ts';
import { presetTitle, scenarioText } from './scenario-texts.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') =>
  Object.assign(document.createElement(tag), { textContent: text, ...(className ? { className } : {}) });

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

/** Every scenario shipped in scenarios/, the ones the app cannot carry marked with how to run them. */
function presetList(lang: Lang): HTMLElement[] {
  const list = document.createElement('ul');
  for (const name of PRESET_NAMES) {
    const note = (APP_PRESETS as readonly string[]).includes(name) ? '' : ` (${t(lang, 'advanced.cliOnly', { name })})`;
    list.append(el('li', `${name}: ${presetTitle(lang, name)}${note}`));
  }
  return [el('h3', t(lang, 'advanced.presets')), list];
}

export function renderAssumptions(container: HTMLElement, lang: Lang, scenario: Scenario): void {
  const key = document.createElement('ul');
  key.className = 'key-assumptions';
  key.append(...keyAssumptions(lang, scenario).map((text) => el('li', text)));
  const text = scenarioText(lang, scenario);
  const notes = el('div', '', 'notes');
  // A user's own notes may be in either language: marked as unknown rather than misread as the page's.
  if (text.lang !== lang) notes.lang = text.lang ?? '';
  notes.append(el('p', text.title, 'notes-title'), ...text.notes.map((paragraph) => el('p', paragraph)));
  container.replaceChildren(el('p', t(lang, 'advanced.intro')), key, el('h3', t(lang, 'advanced.notes')), notes, ...presetList(lang));
}
