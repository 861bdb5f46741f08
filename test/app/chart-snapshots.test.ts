// @vitest-environment jsdom
/**
 * Each Plot chart's SVG for fixed made-up results, held in files under __snapshots__/charts/
 * (as Observable Plot keeps its own marks): a change to a chart shows up in review as a diff of
 * its SVG, and the files double as a gallery. Regenerate on purpose with `vitest -u`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlot } from '../../src/app/plot.ts';
import { drawChart, type ChartId, type ChartInput } from '../../src/app/charts.ts';
import { tornadoChart } from '../../src/app/tornado-chart.ts';
import type { SensitivityBar, SensitivityResult } from '../../src/experiment/sensitivity.ts';
import type { MetricSummary } from '../../src/experiment/types.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { fakeResult } from './fake-results.ts';

// The page loads Plot after its first numbers (plot.ts); these draw charts straight away.
beforeAll(() => loadPlot());

const scenario = parseScenarioOrThrow({});
const weeks = scenario.simulation.horizonWeeks;

/** A smooth, replication-dependent series: `base + slope·week`, a wave, and a shift per replication. */
const series = (replication: number, base: number, slope: number) =>
  Array.from({ length: weeks + 1 }, (_, w) => Math.max(0, base + slope * w + 3 * Math.sin(w / 6) + 2 * (replication - 1)));

const run = (replication: number, level: number) =>
  fakeResult(
    replication,
    { caseload: 40 + level + replication, decisionErrorShare: 0.3 + level / 100 + replication / 100 },
    { waitingList: series(replication, level, 0.4), caseload: series(replication, 40 + level, 0.02), deadlineBreaches: series(replication, 10 + level, 0.1) },
    weeks,
  );

const input = (lang: 'da' | 'en'): ChartInput => ({
  lang,
  width: 640,
  fontSize: 16,
  start: new Date(Date.UTC(2027, 0, 1)),
  scenario,
  results: [0, 1, 2].map((r) => run(r, 10)),
  comparisonResults: [0, 1, 2].map((r) => run(r, 0)),
  sweep: [20, 30, 40, 50, 60].map((caseload, i) => ({
    caseload,
    results: [0, 1].map((r) => fakeResult(r, { caseload: caseload + r, decisionErrorShare: 0.1 + 0.15 * i + r / 100 })),
  })),
  comparisonLabel: lang === 'da' ? 'I dag' : 'Today',
  showComparison: true,
});

const share = (mean: number): MetricSummary => ({ mean, p10: mean, p50: mean, p90: mean, unit: 'share' });
const bar = (id: string, path: string, low: number, high: number, atLow: number, atHigh: number): SensitivityBar => ({
  id,
  path,
  value: (low + high) / 2,
  low,
  high,
  source: '*assumption*: made up',
  atLow: share(atLow),
  atHigh: share(atHigh),
  swing: Math.abs(atHigh - atLow),
  swingSe: 0.01,
});
/** Four assumptions around a base of 66 %, one end near 100 % (its value has no room beyond the bar on a phone). */
const sensitivity: SensitivityResult = {
  kind: 'sensitivity',
  modelVersion: 'test',
  seed: 1,
  replications: 4,
  metric: 'childrenLetDownShare',
  base: share(0.66),
  together: null,
  bars: [
    bar('productiveShare', 'advisors.productiveShare', 0.6, 0.8, 0.97, 0.37),
    bar('taskHours', 'advisors.taskHoursScale', 0.8, 1.25, 0.4, 0.83),
    bar('errorCurve', 'documentation.errorCurveParameter', 1, 2.5, 0.67, 0.65),
    bar('placementResponse', 'outcomes.placementResponseParameter', 0, 0.3, 0.67, 0.66),
  ],
};

const IDS: ChartId[] = ['waiting-list', 'caseload', 'errors', 'breaches', 'spending', 'hiring'];

describe('drawChart(id, input) snapshots', () => {
  for (const id of IDS) {
    it(`draws ${id} as before (da)`, async () => {
      const { chart } = drawChart(id, input('da'));
      await expect(chart.outerHTML.replace(/></g, '>\n<')).toMatchFileSnapshot(`__snapshots__/charts/${id}.da.svg`);
    });
  }
  it('draws the waiting list in English as before', async () => {
    const { chart } = drawChart('waiting-list', input('en'));
    await expect(chart.outerHTML.replace(/></g, '>\n<')).toMatchFileSnapshot('__snapshots__/charts/waiting-list.en.svg');
  });
  it('labels the two markers of the error chart where there is room, and leaves them to the legend in the small printed chart', () => {
    const labels = (size: Partial<ChartInput>) => {
      const { chart } = drawChart('errors', { ...input('da'), ...size });
      return [...chart.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    };
    expect(labels({})).toEqual(expect.arrayContaining(['I dag', 'Dette scenarie']));
    // The print size the chart schedule draws at (PRINT_CHART): about three lines of plot.
    expect(labels({ width: 206, height: 96, fontSize: 11 })).not.toContain('I dag');
    expect(labels({ width: 206, height: 96, fontSize: 11 })).not.toContain('Dette scenarie');
  });
  it('heads the spending table with the unit as written in a sentence, in both languages', () => {
    // Lower-cased from the axis label, the English unit read "dkk m".
    const heads = (lang: 'da' | 'en') => [...drawChart('spending', input(lang)).table.querySelectorAll('thead th')].map((c) => c.textContent);
    expect(heads('da')).toContain('Løn (mio. kr.)');
    expect(heads('en')).toContain('Pay (DKK m)');
  });
  for (const width of [328, 760]) {
    it(`draws the tornado at ${width} px as before`, async () => {
      const chart = tornadoChart({ lang: 'da', metric: 'childrenLetDownShare', result: sensitivity, width, fontSize: 16 });
      await expect(chart.outerHTML.replace(/></g, '>\n<')).toMatchFileSnapshot(`__snapshots__/charts/tornado-${width}.da.svg`);
    });
  }
});
