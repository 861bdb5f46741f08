/** The printed report's header: the scenario in words, method, assumptions, sources and the link. */
import { MODEL_VERSION } from '../model/version.ts';
import { SOURCES } from '../scenario/sources.ts';
import type { Scenario } from '../scenario/types.ts';
import { formatMillions, formatNumber, formatPercent, horizonLabel, t, type Lang, type MessageKey } from './i18n.ts';
import type { Controls } from './link.ts';

const SOURCED = ['advisors.caseCap', 'advisors.productiveShare', 'advisors.fullCostPerFteDkk', 'intake.growth.percent', 'documentation.errorCurve'];

export function renderReport(container: HTMLElement, lang: Lang, s: Scenario, c: Controls, href: string): void {
  const n = (x: number, d = 0) => formatNumber(lang, x, d);
  const intake =
    c.intakePercent === 0
      ? t(lang, 'report.intakeSame')
      : t(lang, 'report.intakeChange', { sign: c.intakePercent > 0 ? '+' : '−', n: n(Math.abs(c.intakePercent)) });
  const paragraphs = [
    t(lang, 'report.scenario', {
      preset: t(lang, `preset.${c.preset}` as MessageKey),
      fte: n(s.advisors.fte, 1),
      cap: n(s.advisors.caseCap),
      intake,
      horizon: horizonLabel(lang, s.simulation.horizonWeeks),
      against: t(lang, `compare.${c.compare}` as MessageKey),
    }),
    t(lang, 'report.method', { n: s.simulation.replications, seed: s.simulation.seed, version: MODEL_VERSION }),
    t(lang, 'report.assumptions', {
      hours: n(s.advisors.hoursPerWeek),
      productive: formatPercent(lang, s.advisors.productiveShare),
      cost: formatMillions(lang, s.advisors.fullCostPerFteDkk),
    }),
    t(lang, 'report.sources', { sources: SOURCED.map((path) => `${path}: ${SOURCES[path] ?? ''}`).join('; ') }),
  ];
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string) => Object.assign(document.createElement(tag), { textContent: text });
  const link = Object.assign(document.createElement('p'), { className: 'report-link' });
  link.append(`${t(lang, 'report.link')} `, el('span', href));
  container.replaceChildren(el('h2', t(lang, 'report.title')), ...paragraphs.map((text) => el('p', text)), link);
}
