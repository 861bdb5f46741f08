// @vitest-environment jsdom
/**
 * When the explorer's charts redraw (chart-schedule.ts): not before the first estimate, then
 * at a pace set by what the last redraw cost, at once with the final numbers, never while a
 * slider is dragged, and at print size while printing. The panels here are stand-ins that
 * record what they were asked to draw; the clock is `performance.now`, stepped by the test.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHART_DUTY, CHART_INTERVAL_MS, ChartSchedule, chartInterval } from '../../src/app/chart-schedule.ts';
import type { ChartPanel } from '../../src/app/chart-panel.ts';
import type { ChartInput } from '../../src/app/charts.ts';
import { presetControls } from '../../src/app/link.ts';
import type { SessionView } from '../../src/app/session.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { fakeResult } from './fake-results.ts';

describe('chartInterval', () => {
  it('is the fixed interval when the charts draw fast, and before any has drawn', () => {
    expect(chartInterval(0)).toBe(CHART_INTERVAL_MS);
    expect(chartInterval(CHART_INTERVAL_MS / CHART_DUTY)).toBe(CHART_INTERVAL_MS);
  });

  it('keeps the charts to a sixth of the main thread when they draw slowly', () => {
    for (const drawMs of [200, 400, 1200, 5000]) {
      const interval = chartInterval(drawMs);
      expect(interval).toBeGreaterThanOrEqual(CHART_INTERVAL_MS);
      expect(drawMs / interval).toBeLessThanOrEqual(1 / CHART_DUTY + 1e-12);
    }
    expect(chartInterval(1200)).toBe(7200);
  });
});

/** A panel that records each draw (its input's width, or null to clear; and whether streaming) and finishes at once. */
function stubPanel(name: string, log: string[], drawMs: number, streamed: boolean[] = []): ChartPanel & { drawMs: number } {
  return {
    busy: false,
    drawMs,
    draw(input: ChartInput | null, done?: () => void, streaming = false) {
      log.push(`${name}:${input ? input.width : 'clear'}`);
      streamed.push(streaming);
      done?.();
    },
    drawNow(input: ChartInput) {
      log.push(`${name}:now:${input.width}`);
    },
  };
}

describe('ChartSchedule', () => {
  const controls = presetControls('status-quo');
  const scenario = parseScenarioOrThrow({});
  const view = (results: number, status: SessionView['status'] = 'running'): SessionView => {
    const rs = Array.from({ length: results }, (_, r) => fakeResult(r));
    return { controls, status, error: null, scenario, comparison: scenario, results: rs, comparisonResults: rs, done: results, total: 40, sweep: null };
  };
  let now = 0;
  let log: string[];
  /** This test's schedule's re-renders (every schedule made so far still hears the window's print events). */
  let rerenders: { n: number };
  let lastInput: number;
  let panels: ReturnType<typeof stubPanel>[];
  /** Whether each draw asked was while streaming (the panels then skip charts far from the viewport). */
  let streamed: boolean[];
  let shown: SessionView | null;
  let schedule: ChartSchedule;

  beforeEach(() => {
    now = 10_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    // jsdom has no ResizeObserver: the charts keep their default width here.
    vi.stubGlobal('ResizeObserver', class { observe() {} });
    log = [];
    const mine = (rerenders = { n: 0 });
    lastInput = -1e9;
    shown = null;
    streamed = [];
    panels = [stubPanel('money', log, 0, streamed), stubPanel('charts', log, 0, streamed)];
    schedule = new ChartSchedule({
      panels: panels.map((panel) => ({ panel, element: document.createElement('section') })),
      sizer: document.createElement('div'),
      view: () => shown,
      lang: () => 'da',
      controls: () => controls,
      lastInput: () => lastInput,
      rerender: () => mine.n++,
      fontSize: () => 13,
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('waits for the first estimate, then draws every panel in order and renders the page again', () => {
    expect(schedule.update(view(0))).toBe(true);
    expect(log).toEqual([]);
    expect(schedule.update(view(8))).toBe(false);
    expect(log).toEqual(['money:600', 'charts:600']);
    expect(rerenders.n).toBe(1);
  });

  it('refines while results stream in no sooner than the interval the last redraw earns', () => {
    schedule.update(view(8));
    log.length = 0;
    now += CHART_INTERVAL_MS - 100;
    expect(schedule.update(view(12))).toBe(true); // too soon: due later
    expect(log).toEqual([]);
    now += 200;
    expect(schedule.update(view(13))).toBe(false);
    expect(log).toEqual(['money:600', 'charts:600']);

    // A slow machine: the last redraw took 1.2 s, so the next waits 7.2 s, not 0.9.
    for (const p of panels) p.drawMs = 600;
    log.length = 0;
    now += 2 * CHART_INTERVAL_MS;
    expect(schedule.update(view(20))).toBe(true);
    now += chartInterval(1200);
    expect(schedule.update(view(30))).toBe(false);
    expect(log).toHaveLength(2);
  });

  it('draws the final numbers at once, and nothing while a slider is dragged', () => {
    schedule.update(view(8));
    log.length = 0;
    now += 10;
    expect(schedule.update(view(40, 'done'))).toBe(false);
    expect(log).toEqual(['money:600', 'charts:600']);
    // The estimates only near the viewport; the final numbers everywhere.
    expect(streamed).toEqual([true, true, false, false]);
    log.length = 0;
    lastInput = now;
    expect(schedule.update({ ...view(40, 'done'), sweep: [] })).toBe(true);
    expect(log).toEqual([]);
  });

  it('draws at print size when printing starts, holds still while printing, and redraws after', () => {
    shown = view(40, 'done');
    schedule.update(shown);
    log.length = 0;
    dispatchEvent(new Event('beforeprint'));
    expect(log).toEqual(['money:now:206', 'charts:now:206']);
    now += 10_000;
    expect(schedule.update({ ...shown, sweep: [] })).toBe(false);
    expect(log).toHaveLength(2);
    const before = rerenders.n;
    dispatchEvent(new Event('afterprint'));
    expect(rerenders.n).toBe(before + 1);
    schedule.update(shown);
    expect(log.slice(2)).toEqual(['money:600', 'charts:600']);
  });
});
