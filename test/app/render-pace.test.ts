/**
 * The page's render pace (src/app/render-pace.ts): a refinement waits until the last render's
 * cost has been repaid RENDER_DUTY times over; anything else is drawn in the next frame, and
 * takes a waiting refinement with it. Fake timers stand in for the frame and the clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDER_DUTY, RenderPace } from '../../src/app/render-pace.ts';

const FRAME_MS = 16;

describe('RenderPace', () => {
  /** Time the renders "took": performance.now() runs ahead of the fake clock by it. */
  let spent = 0;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.stubGlobal('requestAnimationFrame', (draw: FrameRequestCallback) => setTimeout(() => draw(performance.now()), FRAME_MS));
    spent = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => Date.now() + spent);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** A pace whose render costs `costMs`, with the refinement answer set by the test. */
  function paced(costMs: number) {
    const renders: number[] = [];
    const state = { refinement: false };
    const pace = new RenderPace(
      () => {
        renders.push(performance.now());
        spent += costMs;
      },
      () => state.refinement,
    );
    return { pace, renders, state };
  }

  it('draws a first render in the next frame, and coalesces requests to one per frame', () => {
    const { pace, renders } = paced(5);
    pace.request();
    pace.request();
    expect(renders).toHaveLength(0);
    vi.advanceTimersByTime(FRAME_MS);
    expect(renders).toHaveLength(1);
  });

  it('makes a refinement wait RENDER_DUTY times the last render\'s cost', () => {
    const cost = 80;
    const { pace, renders, state } = paced(cost);
    pace.request();
    vi.advanceTimersByTime(FRAME_MS + 1); // the render, and the task after it that measures its cost
    state.refinement = true;
    pace.request();
    while (renders.length < 2) vi.advanceTimersByTime(1);
    const [first = 0, second = 0] = renders;
    const gap = second - first;
    expect(gap).toBeGreaterThanOrEqual(RENDER_DUTY * cost);
    expect(gap).toBeLessThanOrEqual(RENDER_DUTY * cost + 2 * FRAME_MS);
  });

  it('draws a refinement that waited in its own task, not in a frame after it, and counts the frame in its cost', () => {
    const cost = 80;
    const { pace, renders, state } = paced(cost);
    pace.request();
    vi.advanceTimersByTime(FRAME_MS + 1);
    state.refinement = true;
    pace.request();
    while (renders.length < 2) vi.advanceTimersByTime(1);
    // The wait is the first render's cost (a frame's task measured it) repaid: not a frame more.
    const [first = 0, second = 0] = renders;
    expect(second - first).toBeLessThan(RENDER_DUTY * cost + FRAME_MS / 2);
    // The second render was drawn outside a frame: its cost is measured after the next frame.
    vi.advanceTimersByTime(FRAME_MS + 1);
    pace.request();
    while (renders.length < 3) vi.advanceTimersByTime(1);
    const third = renders[2] as number;
    expect(third - second).toBeGreaterThanOrEqual(RENDER_DUTY * (cost + FRAME_MS));
  });

  it('draws a change in the next frame, with the refinement that was waiting', () => {
    const cost = 80;
    const { pace, renders, state } = paced(cost);
    pace.request();
    vi.advanceTimersByTime(FRAME_MS + cost + 1);
    state.refinement = true;
    pace.request();
    vi.advanceTimersByTime(FRAME_MS);
    expect(renders).toHaveLength(1);
    state.refinement = false; // the user moved a control: new numbers, not more of the same
    pace.request();
    vi.advanceTimersByTime(FRAME_MS);
    expect(renders).toHaveLength(2);
    // The refinement's timer went with it: nothing more is drawn until asked.
    vi.advanceTimersByTime(10 * RENDER_DUTY * cost);
    expect(renders).toHaveLength(2);
  });

  it('does not pace a cheap render beyond the next frame', () => {
    const { pace, renders, state } = paced(0);
    pace.request();
    vi.advanceTimersByTime(FRAME_MS + 1);
    state.refinement = true;
    pace.request();
    // The measurement itself takes a timer's millisecond, so a few milliseconds more than a frame.
    vi.advanceTimersByTime(FRAME_MS + 4);
    expect(renders).toHaveLength(2);
  });
});
