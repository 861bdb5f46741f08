import { describe, expect, it } from 'vitest';
import type { SensitivityBar, SensitivityResult } from '../../src/experiment/sensitivity.ts';
import type { MetricSummary } from '../../src/experiment/types.ts';
import { END_COLORS, shareRows, tornadoDomain, tornadoRows, tornadoSegments } from '../../src/app/tornado-chart.ts';

const share = (mean: number): MetricSummary => ({ mean, p10: mean, p50: mean, p90: mean, unit: 'share' });

function bar(id: string, path: string, low: number, high: number, atLow: number, atHigh: number, value = (low + high) / 2): SensitivityBar {
  return { id, path, value, low, high, source: '*assumption*: made up', atLow: share(atLow), atHigh: share(atHigh), swing: Math.abs(atHigh - atLow), swingSe: 0.01 };
}

/** Bars deliberately out of order, one with an undefined swing. */
function result(bars: SensitivityBar[], together: SensitivityResult['together'] = null): SensitivityResult {
  return { kind: 'sensitivity', modelVersion: 'test', seed: 1, replications: 12, metric: 'childrenLetDownShare', base: share(0.7), bars, together };
}

const BARS = [
  bar('errorCurve', 'documentation.errorCurveParameter', 1, 2.5, 0.703, 0.687, 1.5),
  bar('productiveShare', 'advisors.productiveShare', 0.6, 0.8, 0.88, 0.41, 0.7),
  { ...bar('placementResponse', 'outcomes.placementResponseParameter', 0, 0.3, Number.NaN, 0.7, 0.15), swing: Number.NaN },
  bar('taskHours', 'advisors.taskHoursScale', 0.8, 1.25, 0.45, 0.85, 1),
];

describe('tornadoRows(lang, result)', () => {
  it('puts the largest swing on top and an undefined swing last', () => {
    expect(tornadoRows('da', result(BARS)).map((r) => r.id)).toEqual(['productiveShare', 'taskHours', 'errorCurve', 'placementResponse']);
  });

  it('names each assumption with its range, shares and scales as percentages', () => {
    const [first, second, third] = tornadoRows('da', result(BARS));
    expect(first?.label).toBe('Andel af tiden til sagerne 60–80\u00a0%');
    expect(second?.label).toBe('Tid pr. opgave 80–125\u00a0%');
    expect(third?.label).toBe('Fejlkurvens stejlhed 1–2,5');
    expect(third?.valueText).toBe('1,5');
    expect(tornadoRows('en', result(BARS))[2]?.label).toBe('Steepness of the error curve 1–2.5');
  });

  it("names a scenario file's own assumption by its parameter, and strips the source's markdown", () => {
    const own = bar('mine', 'advisors.hoursPerWeek', 30, 37, 0.8, 0.6, 35);
    const [row] = tornadoRows('da', result([own]));
    expect(row?.label).toBe('Arbejdstid pr. årsværk 30–37');
    expect(row?.source).toBe('assumption: made up');
  });
});

describe('tornadoSegments(lang, metric, rows, base)', () => {
  const rows = tornadoRows('da', result(BARS));

  it('draws each end from the base to the metric there, and leaves out an end without a value', () => {
    const segments = tornadoSegments('da', 'childrenLetDownShare', rows, 0.7);
    const productive = segments.filter((s) => s.id === 'productiveShare');
    // The high end reaches farther (0.29 against 0.18): it comes first.
    expect(productive.map((s) => [s.end, s.x1, s.x2, s.text])).toEqual([
      ['high', 0.7, 0.41, '41\u00a0%'],
      ['low', 0.7, 0.88, '88\u00a0%'],
    ]);
    expect(segments.filter((s) => s.id === 'placementResponse').map((s) => s.end)).toEqual(['high']);
    expect(productive.every((s) => s.color === END_COLORS[s.end])).toBe(true);
  });

  it('draws the longer end first, so the shorter stays visible where both lie on one side', () => {
    const oneSide = tornadoRows('da', result([bar('taskHours', 'advisors.taskHoursScale', 0.8, 1.25, 0.75, 0.9)]));
    const [far, near] = tornadoSegments('da', 'childrenLetDownShare', oneSide, 0.7, { withEnds: true });
    expect([far?.end, near?.end]).toEqual(['high', 'low']);
    // One label, at the farther end, naming both; none at the nearer.
    expect(far?.text).toBe('lav 75\u00a0% · høj 90\u00a0%');
    expect(near?.text).toBe('');
    // Where room is short, the two values alone.
    expect(tornadoSegments('da', 'childrenLetDownShare', oneSide, 0.7)[0]?.text).toBe('75\u00a0% / 90\u00a0%');
  });

  it('says "at both ends" when the two ends round to one value', () => {
    const flat = tornadoRows('en', result([bar('errorCurve', 'documentation.errorCurveParameter', 1, 2.5, 0.7021, 0.7012)]));
    expect(tornadoSegments('en', 'childrenLetDownShare', flat, 0.7, { withEnds: true }).map((s) => s.text)).toEqual(['70% at both ends', '']);
    expect(tornadoSegments('en', 'childrenLetDownShare', flat, 0.7).map((s) => s.text)).toEqual(['70%', '']);
  });

  it("names the assumption's value at each end where there is room", () => {
    const segments = tornadoSegments('da', 'childrenLetDownShare', rows, 0.7, { withEnds: true });
    expect(segments.find((s) => s.id === 'productiveShare' && s.end === 'low')?.text).toBe('88\u00a0% ved 60\u00a0%');
  });
});

describe('tornadoDomain(values, share, pixels, room)', () => {
  it('holds every value with room for the labels beyond the outermost ends, within 0–100 % for shares', () => {
    const [lo, hi] = tornadoDomain([0.41, 0.7, 0.88], true, 600, 60);
    expect(lo).toBeLessThan(0.41);
    expect(hi).toBeGreaterThan(0.88);
    // 60 px of 600 on each side: a sixth of the data's span, each side.
    expect(hi - 0.88).toBeCloseTo((0.47 * 60) / 480, 9);
    expect(tornadoDomain([0.05, 0.99], true, 300, 80)).toEqual([0, 1]);
  });

  it('starts counts at zero', () => {
    expect(tornadoDomain([12, 30, 45], false, 600, 50)[0]).toBe(0);
  });
});

describe('shareRows(lang, result)', () => {
  it('lists what each assumption explains, largest first and clamped to 0–1, then chance', () => {
    const together = {
      replications: 40,
      spread: share(0.7),
      shares: [
        { id: 'errorCurve', share: -0.01 },
        { id: 'productiveShare', share: 0.47 },
        { id: 'taskHours', share: 0.32 },
        { id: 'placementResponse', share: Number.NaN },
      ],
      unexplained: 0.2,
    };
    const rows = shareRows('da', result(BARS, together));
    expect(rows.map((r) => r.id)).toEqual(['productiveShare', 'taskHours', 'errorCurve', 'placementResponse', 'chance']);
    expect(rows.map((r) => r.share)).toEqual([0.47, 0.32, 0, Number.NaN, 0.2]);
    expect(rows.at(-1)?.name).toBe('Tilfældighed');
  });

  it('is empty without the together run', () => {
    expect(shareRows('da', result(BARS))).toEqual([]);
  });
});
