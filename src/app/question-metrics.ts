/**
 * The metrics the decision panels (which assumptions decide it, the map) offer: the headline
 * cards', named as the cards name them and written as the cards write them, so a tornado or a
 * map reads like the numbers above it.
 */
import { METRICS } from '../experiment/catalogue.ts';
import { CARD_METRICS, type CardMetric } from './cards.ts';
import { formatNumber, horizonLabel, numberFormat, t, type Lang, type MessageKey } from './i18n.ts';

/** What a panel may show: the headline metrics (more advisors never make them worse). */
export const PANEL_METRICS: readonly CardMetric[] = CARD_METRICS;
export type PanelMetric = CardMetric;
/** What both panels show first: the children let down, the figure a council asks about. */
export const DEFAULT_PANEL_METRIC: PanelMetric = 'childrenLetDownShare';

export function isPanelMetric(x: string): x is PanelMetric {
  return (PANEL_METRICS as readonly string[]).includes(x);
}

/** The metric's name, as its card's title ("Venteliste om 2 år"). */
export function metricName(lang: Lang, id: PanelMetric, horizonWeeks: number): string {
  return t(lang, `card.${id}` as MessageKey, { horizon: horizonLabel(lang, horizonWeeks) });
}

export const isShare = (id: PanelMetric) => METRICS[id].unit === 'share';

/**
 * A value of metric `id`: shares as percentages, counts and days as numbers; `digits` more
 * decimals where a table needs them (the tornado's small swings).
 */
export function formatMetric(lang: Lang, id: PanelMetric, x: number, digits = 0): string {
  if (!Number.isFinite(x)) return '–';
  if (isShare(id)) {
    return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
  }
  return formatNumber(lang, x, digits + (id === 'caseload' ? 1 : 0));
}
