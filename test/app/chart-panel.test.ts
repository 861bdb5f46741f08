// @vitest-environment jsdom
/**
 * The rhythm of a chart panel's redraw (src/app/chart-panel.ts): one chart a frame, each drawn
 * in a task of its own just after its frame, never in the frame itself nor in the render that
 * asked. A chart drawn inside the frame made one long task of its JavaScript and the frame's
 * layout and paint on a phone. Frames and tasks are stand-ins here, counted.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createChartPanel } from '../../src/app/chart-panel.ts';
import type { ChartInput } from '../../src/app/charts.ts';
import { loadPlot } from '../../src/app/plot.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { fakeResult } from './fake-results.ts';

beforeAll(() => loadPlot());

/** Frames asked for and not yet run, run one at a time by the test. */
let frames: (() => void)[] = [];

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function stubBrowser(): void {
  frames = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(() => callback(0));
    return frames.length;
  });
  // Every figure counts as near the viewport: nothing waits (jsdom has no IntersectionObserver).
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe(): void {}
    },
  );
}

/** Runs the frame asked for first, as the browser would at its next vsync. */
function frame(): void {
  const run = frames.shift();
  if (!run) throw new Error('no frame was asked for');
  run();
}

const scenario = parseScenarioOrThrow({});
const weeks = scenario.simulation.horizonWeeks;
const input: ChartInput = {
  lang: 'da',
  width: 640,
  fontSize: 16,
  start: new Date(Date.UTC(2027, 0, 1)),
  scenario,
  results: [0, 1, 2].map((r) => fakeResult(r, { caseload: 40 + r }, { waitingList: Array.from({ length: weeks + 1 }, (_, w) => w + r) }, weeks)),
  comparisonResults: [],
  sweep: null,
  comparisonLabel: 'I dag',
  showComparison: false,
};

describe('createChartPanel(...).draw', () => {
  it('draws one chart a frame, each in a task after its frame, none in the frame or in the caller\'s task', () => {
    stubBrowser();
    const container = document.createElement('div');
    const panel = createChartPanel(container, () => 'x', ['waiting-list', 'caseload']);
    const drawn = () => container.querySelectorAll('.plot > *').length;
    let done = false;
    panel.draw(input, () => (done = true));
    expect(drawn()).toBe(0); // not in the caller's task
    expect(panel.busy).toBe(true);
    frame();
    expect(drawn()).toBe(0); // not in the frame
    vi.advanceTimersByTime(0);
    expect(drawn()).toBe(1); // in the task after it
    vi.advanceTimersByTime(10);
    expect(drawn()).toBe(1); // and the next waits for the next frame
    frame();
    expect(drawn()).toBe(1); // not in that frame either
    vi.advanceTimersByTime(0);
    expect(drawn()).toBe(2);
    expect(done).toBe(false);
    frame();
    expect(done).toBe(false); // the end, too, comes in the task after the frame
    vi.advanceTimersByTime(0);
    expect(done).toBe(true);
    expect(panel.busy).toBe(false);
  });
});
