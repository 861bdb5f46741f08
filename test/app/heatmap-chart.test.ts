import { describe, expect, it } from 'vitest';
import { cellEdges, formatChange, frontierLine, heatCells, nearestCell } from '../../src/app/heatmap-chart.ts';
import type { SweepCell, SweepResult } from '../../src/experiment/sweep.ts';

/** A 3 × 2 sweep (advisors 20, 30, 40 × intake 0, 10 %), row-major with the last axis fastest. */
function sweep(frontier: SweepResult['frontier'], xs = [20, 30, 40], ys = [0, 10]): SweepResult {
  const cells: SweepCell[] = xs.flatMap((fte) =>
    ys.map((intake) => {
      const mean = 1 - fte / 100 + intake / 1000;
      return {
        values: [fte, intake],
        metrics: { childrenLetDownShare: { mean, p10: mean, p50: mean, p90: mean, unit: 'share' as const } },
        targets: { probability: fte >= 30 ? 1 : 0, interval: [0, 1] as [number, number], met: fte >= 30 ? 6 : 0, replications: 6 },
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
    frontier,
  };
}

describe('cellEdges(values)', () => {
  it('gives each value the interval halfway to its neighbours, half a step beyond the outer ones', () => {
    expect(cellEdges([20, 30, 40])).toEqual([
      [15, 25],
      [25, 35],
      [35, 45],
    ]);
    expect(cellEdges([0, 10, 30])).toEqual([
      [-5, 5],
      [5, 20],
      [20, 40],
    ]);
    expect(cellEdges([7])).toEqual([[6.5, 7.5]]);
  });
});

describe('heatCells(lang, metric, result)', () => {
  it('places every cell at its axis values with its edges, mean, label and runs meeting the targets', () => {
    const cells = heatCells('da', 'childrenLetDownShare', sweep(null));
    expect(cells).toHaveLength(6);
    expect(cells[3]).toEqual({ fte: 30, intake: 10, x1: 25, x2: 35, y1: 5, y2: 15, value: 0.71, text: '71\u00a0%', met: 6, replications: 6 });
  });

  it('shapes a sweep still under way (its first cells) the same way', () => {
    const partial = { ...sweep(null), cells: sweep(null).cells.slice(0, 3) };
    expect(heatCells('en', 'childrenLetDownShare', partial).map((c) => [c.fte, c.intake])).toEqual([
      [20, 0],
      [20, 10],
      [30, 0],
    ]);
  });
});

describe('frontierLine(result)', () => {
  it('is a staircase on the left edges of the first cells meeting the targets, row by row', () => {
    const line = frontierLine(sweep([
      { value: 0, first: 30 },
      { value: 10, first: 40 },
    ]));
    expect(line).toEqual([
      { x: 25, y: -5 },
      { x: 25, y: 5 },
      { x: 35, y: 5 },
      { x: 35, y: 15 },
    ]);
  });

  it('breaks where no cell of a row meets the targets, and picks up after', () => {
    const line = frontierLine(sweep([
      { value: 0, first: 20 },
      { value: 10, first: null },
      { value: 20, first: 40 },
    ], [20, 30, 40], [0, 10, 20]));
    expect(line.map((p) => p.x)).toEqual([15, 15, Number.NaN, 35, 35]);
    expect(line.at(-1)).toEqual({ x: 35, y: 25 });
  });

  it('is empty without a frontier, and without any row meeting the targets draws nothing', () => {
    expect(frontierLine(sweep(null))).toEqual([]);
    expect(frontierLine(sweep([
      { value: 0, first: null },
      { value: 10, first: null },
    ]))).toEqual([]);
  });
});

describe('nearestCell(result, fte, intake)', () => {
  it('finds the cell nearest to a point off the grid, the lower on a tie', () => {
    expect(nearestCell(sweep(null), 34, 10)).toEqual({ fte: 30, intake: 10 });
    expect(nearestCell(sweep(null), 25, 5)).toEqual({ fte: 20, intake: 0 });
    expect(nearestCell(sweep(null), 90, -20)).toEqual({ fte: 40, intake: 0 });
  });
});

describe('formatChange(lang, percent)', () => {
  it('writes a change in cases with its sign', () => {
    expect(formatChange('da', 20)).toBe('+20\u00a0%');
    expect(formatChange('da', 0)).toBe('0\u00a0%');
    expect(formatChange('en', -10)).toBe('−10%');
  });
});
