/**
 * The advisors control's help line: how far the headcount decided on is from today's, and how
 * it arrives (hired through recruitment and onboarding, removed, or already in post). Pure:
 * tested in Node.
 */
import { parseScenario } from '../scenario/parse.ts';
import { formatNumber, formatPercent, t, type Lang } from './i18n.ts';
import type { Controls } from './link.ts';
import { scenarioInput, todayOfControls } from './scenario-of.ts';

const DAYS_PER_MONTH = 365.25 / 12;

/** "3 måneder": days as whole months (at least one). */
export const months = (lang: Lang, days: number) => t(lang, 'unit.months', { n: formatNumber(lang, Math.max(1, Math.round(days / DAYS_PER_MONTH))) });

/**
 * "+10 i forhold til i dag (35 årsværk). Nye stillinger besættes efter ca. 3 måneder; de nye
 * arbejder med 50 % kapacitet de første 6 måneder." Today is the department the scenario's
 * warm-up runs (its preset's, or as a link sets it).
 */
export function advisorsHelp(lang: Lang, c: Controls): string {
  const today = todayOfControls(c);
  const diff = Math.round((c.fte - today.fte) * 10) / 10;
  if (diff === 0) return t(lang, 'fte.sameAsToday');
  const head = t(lang, 'fte.vsToday', { sign: diff > 0 ? '+' : '−', n: formatNumber(lang, Math.abs(diff), 1), today: formatNumber(lang, today.fte, 1) });
  if (c.inPost) return `${head}. ${t(lang, 'fte.inPost')}`;
  if (diff < 0) return `${head}. ${t(lang, 'fte.removed')}`;
  const parsed = parseScenario(scenarioInput(c));
  if (!parsed.ok) return head;
  const staffing = parsed.scenario.advisors.staffing;
  return `${head}. ${t(lang, 'fte.hired', {
    delay: months(lang, staffing.recruitmentDelayDays),
    share: formatPercent(lang, staffing.onboardingCapacityShare),
    onboarding: months(lang, staffing.onboardingDays),
  })}`;
}
