// @vitest-environment jsdom
/**
 * The decision panels' and the editor's charts, snapshotted as chart-snapshots.test.ts does the
 * results': the policy map, the goal seek's tries and the formula preview, each for fixed
 * made-up inputs, in files under __snapshots__/charts/ that are reviewed when they change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlot } from '../../src/app/plot.ts';
import { formulaChart, curvePoints } from '../../src/app/formula-preview.ts';
import { goalChart } from '../../src/app/goal-chart.ts';
import { heatmapChart } from '../../src/app/heatmap-chart.ts';
import type { Candidate } from '../../src/experiment/goal-seek.ts';
import type { SweepCell, SweepResult } from '../../src/experiment/sweep.ts';

// The page loads Plot after its first numbers (plot.ts); these draw charts straight away.
beforeAll(() => loadPlot());

const svg = (chart: Element) => chart.outerHTML.replace(/></g, '>\n<');

/** Advisors 20–50 × intake change 0–20 %: the share let down falls with advisors and rises with intake; 35 or more meet the targets. */
function sweep(): SweepResult {
  const xs = [20, 30, 40, 50];
  const ys = [0, 10, 20];
  const cells: SweepCell[] = xs.flatMap((fte) =>
    ys.map((intake) => {
      const mean = Math.min(0.95, 1.2 - fte / 50 + intake / 100);
      const met = fte - intake / 2 >= 35 ? 6 : fte >= 30 ? 2 : 0;
      return {
        values: [fte, intake],
        metrics: { childrenLetDownShare: { mean, p10: mean, p50: mean, p90: mean, unit: 'share' as const } },
        targets: { probability: met / 6, interval: [0, 1] as [number, number], met, replications: 6 },
      };
    }),
  );
  return {
    kind: 'sweep',
    modelVersion: 'test',
    seed: 1,
    replications: 6,
    axes: [
      { path: 'advisors.fte', values: xs },
      { path: 'intake.growth.percent', values: ys },
    ],
    metrics: ['childrenLetDownShare'],
    targets: ['caseloadEnd<=30'],
    probability: 0.8,
    cells,
    frontier: [
      { value: 0, first: 40 },
      { value: 10, first: 40 },
      { value: 20, first: 50 },
    ],
  };
}

/** Tries from 30 to 40 posts: screened with 10 runs, the ones near the answer run again with 40. */
function candidates(): Candidate[] {
  const tried = (postsFte: number, probability: number, replications: number): Candidate => ({
    postsFte,
    addedFte: postsFte - 34,
    probability,
    interval: [Math.max(0, probability - 0.15), Math.min(1, probability + 0.15)],
    met: Math.round(probability * replications),
    replications,
    set: [],
    metrics: {},
    addedStaffCostPerYear: (postsFte - 34) * 600_000,
    addedTotalCostPerYear: (postsFte - 34) * 500_000,
  });
  return [tried(30, 0.1, 10), tried(40, 1, 10), tried(35, 0.6, 10), tried(37, 0.9, 10), tried(36, 0.7, 40), tried(37, 0.85, 40)];
}

describe('heatmapChart(input) snapshots', () => {
  for (const [lang, width] of [['da', 328], ['da', 760], ['en', 760]] as const) {
    it(`draws the policy map at ${width} px as before (${lang})`, async () => {
      const chart = heatmapChart({ lang, metric: 'childrenLetDownShare', horizonWeeks: 156, result: sweep(), today: { fte: 34, intake: 0 }, here: { fte: 40, intake: 10 }, width, fontSize: 16 });
      await expect(svg(chart)).toMatchFileSnapshot(`__snapshots__/charts/map-${width}.${lang}.svg`);
    });
  }
});

describe('goalChart(input) snapshots', () => {
  for (const width of [328, 760]) {
    it(`draws the goal seek's tries at ${width} px as before`, async () => {
      const chart = goalChart({ lang: 'da', width, fontSize: 16, candidates: candidates(), required: 0.8, answerPosts: 37 });
      await expect(svg(chart)).toMatchFileSnapshot(`__snapshots__/charts/goal-${width}.da.svg`);
    });
  }
});

describe('formulaChart(input) snapshots', () => {
  const before = curvePoints('s ^ a', 's', 1.5);
  it('draws a typed error curve over the starting one as before', async () => {
    const chart = formulaChart({ lang: 'da', variable: 's', formula: 's ^ 2', typed: curvePoints('s ^ 2', 's', 1.5), before, width: 520 });
    await expect(svg(chart)).toMatchFileSnapshot('__snapshots__/charts/formula-preview.da.svg');
  });
  it('draws only the starting curve while the typed one fails its check', async () => {
    const typed = curvePoints('s ^', 's', 1.5);
    expect(typed.ok).toBe(false);
    const chart = formulaChart({ lang: 'en', variable: 's', formula: 's ^', typed, before, width: 320 });
    await expect(svg(chart)).toMatchFileSnapshot('__snapshots__/charts/formula-preview-error.en.svg');
  });
});
