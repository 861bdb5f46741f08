/**
 * The printed report's header: the scenario in words (the headcount and how it arrives),
 * method, assumptions (time, money), sources and the link. The cards, the payback line and
 * the charts print below it.
 */
import { MODEL_VERSION } from '../experiment/catalogue.ts';
import type { Scenario } from '../scenario/types.ts';
import { againstName } from './comparison.ts';
import { formatKroner, formatNumber, formatPercent, horizonLabel, t, type Lang } from './i18n.ts';
import { months } from './advisors-help.ts';
import { reportCostNote } from './cost-text.ts';
import type { Controls } from './link.ts';
import { changesSentence, listChanges } from './changes.ts';
import { decidedFte, todayOf } from './scenario-of.ts';
import { scenarioName } from './scenario-name.ts';

/** The sources the report names, short enough for one A4 page, in the page's language (the editor shows them whole). */
const SOURCED = ['caseCap', 'productiveShare', 'fullCostPerFteDkk', 'growth', 'errorCurve'] as const;

/** What the report compares against: its name, and for a pinned state what that state is. */
function comparedWith(lang: Lang, c: Controls): string {
  const a = c.against;
  const name = againstName(lang, c);
  return a?.kind === 'state' && a.name === undefined ? `${name} (${scenarioName(lang, a.controls)})` : name;
}

export function renderReport(container: HTMLElement, lang: Lang, s: Scenario, c: Controls, href: string): void {
  const n = (x: number, d = 0) => formatNumber(lang, x, d);
  const intake =
    c.intakePercent === 0
      ? t(lang, 'report.intakeSame')
      : t(lang, 'report.intakeChange', { sign: c.intakePercent > 0 ? '+' : '−', n: n(Math.abs(c.intakePercent)) });
  const paragraphs = [
    t(lang, 'report.scenario', {
      // A scenario of the user's own by its own title, never as the preset it is not.
      preset: c.base ? s.title : scenarioName(lang, c, { controls: false }),
      fte: n(decidedFte(s), 1),
      staffing: staffingPhrase(lang, s, c),
      cap: n(s.advisors.caseCap),
      intake,
      horizon: horizonLabel(lang, s.simulation.horizonWeeks),
      against: comparedWith(lang, c),
    }),
    t(lang, 'report.method', { n: s.simulation.replications, seed: s.simulation.seed, version: MODEL_VERSION }),
    t(lang, 'report.assumptions', {
      hours: n(s.advisors.hoursPerWeek),
      productive: formatPercent(lang, s.advisors.productiveShare),
      // Whole kroner: a price per FTE has more precision than 0.1 m DKK ("625.000 kr.", not "0,6 mio. kr.").
      cost: formatKroner(lang, s.advisors.fullCostPerFteDkk),
    }),
    reportCostNote(lang, s),
    changesSentence(lang, listChanges(lang, c)),
  ].filter((text) => text !== '');
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string) => Object.assign(document.createElement(tag), { textContent: text });
  const link = Object.assign(document.createElement('p'), { className: 'report-link' });
  link.append(`${t(lang, 'report.link')} `, el('span', href));
  const sources = Object.assign(el('p', t(lang, 'report.sources', { sources: SOURCED.map((key) => t(lang, `report.source.${key}`)).join('; ') })), { className: 'report-sources' });
  container.replaceChildren(el('h2', t(lang, 'report.title')), ...paragraphs.map((text) => el('p', text)), sources, link);
}

/** " (29 af dem nye stillinger fra start, besat efter ca. 3 måneder)", or nothing when the headcount is today's. */
function staffingPhrase(lang: Lang, s: Scenario, c: Controls): string {
  const diff = Math.round((decidedFte(s) - todayOf(s).fte) * 10) / 10;
  if (diff === 0) return '';
  const n = formatNumber(lang, Math.abs(diff), 1);
  if (c.inPost) return ` (${t(lang, 'report.inPost')})`;
  if (diff < 0) return ` (${t(lang, 'report.removed', { n })})`;
  return ` (${t(lang, 'report.hired', { n, delay: months(lang, s.advisors.staffing.recruitmentDelayDays) })})`;
}
