/**
 * When the explorer's charts redraw, at what size, and what from. Cards follow every streamed
 * replication; a chart redraw costs far more (Plot builds each SVG anew), so the charts wait for
 * the first estimate, then refine at a pace the machine can afford, hold still while a slider
 * is dragged, and draw once more with the final numbers. Printing draws them at print size.
 */
import type { ChartInput } from './charts.ts';
import type { ChartPanel } from './chart-panel.ts';
import { againstLabel } from './comparison.ts';
import type { Lang } from './i18n.ts';
import { controlsKey, type Controls } from './link.ts';
import { loadPlot } from './plot.ts';
import { FIRST_BATCH, type SessionView } from './session.ts';

/** How often charts refine while results stream in: each redraw takes the main thread from the workers. */
export const CHART_INTERVAL_MS = 900;
/**
 * And no more often than this many times the last redraw took: the charts then take at most a
 * sixth of the main thread while results stream in. On a fast machine the interval above rules;
 * on a slow phone, where six charts take over a second, they refine a few times instead of
 * drawing back to back, each chart a long task that blocks input.
 */
export const CHART_DUTY = 6;
/** Input this recent means a slider is being dragged: the charts wait, the cards keep up. */
const DRAGGING_MS = 300;

/** The time to leave between two redraws while results stream in, after one that took `lastDrawMs`. */
export function chartInterval(lastDrawMs: number): number {
  return Math.max(CHART_INTERVAL_MS, CHART_DUTY * lastDrawMs);
}

/**
 * The printed report's charts, three to a row across A4's 186 mm of text (about 206 px of plot
 * each): drawn at that size when printing starts, so nothing is scaled down and their text, at
 * 11 px, prints at 8.25 pt; redrawn for the screen afterwards.
 */
const PRINT_CHART = { width: 206, height: 96, fontSize: 11 } as const;

export interface ChartScheduleOptions {
  /** What the page shows now. */
  view: () => SessionView | null;
  /** The panels, each with the element that holds it (dimmed while its charts are stale). */
  panels: readonly { panel: ChartPanel; element: HTMLElement }[];
  /** Whose width the charts take. */
  sizer: HTMLElement;
  lang: () => Lang;
  /** The controls the page is on now (the view may still be for earlier ones). */
  controls: () => Controls;
  /** When the user last changed a control (performance.now()). */
  lastInput: () => number;
  /** Asks for the page to render again (coalesced to a frame). */
  rerender: () => void;
  /** The charts' text size in pixels. */
  fontSize: () => number;
}

export class ChartSchedule {
  /** Week 0 of every chart: today's date (midnight UTC, so dates do not shift with the clock). */
  private readonly start = (() => {
    const d = new Date();
    return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  })();
  /**
   * The charts' width, kept by a ResizeObserver: reading `clientWidth` in every render forced a
   * layout each time results streamed in (a tenth of the page's main-thread time).
   */
  private width = 600;
  private drawnKey = '';
  private drawnAt = 0;
  /** The controls the drawn charts are for. */
  private drawnFor = '';
  private printing = false;

  constructor(private readonly o: ChartScheduleOptions) {
    new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0 && width !== this.width) {
        this.width = width;
        o.rerender();
      }
    }).observe(o.sizer);
    addEventListener('beforeprint', () => this.print());
    addEventListener('afterprint', () => {
      this.printing = false;
      this.drawnKey = '';
      o.rerender();
    });
  }

  /** Whether a redraw is under way. */
  get busy(): boolean {
    return this.o.panels.some(({ panel }) => panel.busy);
  }

  /**
   * Redraws the charts when their numbers changed: once the first estimate is in, then at most
   * every {@link chartInterval}, and with the final numbers. Until a new scenario's first
   * estimate, the previous charts stay, dimmed. True while a redraw is due.
   */
  update(v: SessionView): boolean {
    // While printing, the charts stay at their printed size (afterprint redraws them).
    if (this.printing) return false;
    const o = this.o;
    const forControls = controlsKey(v.controls ?? o.controls());
    const key = `${o.lang()}|${v.results.length}|${v.comparisonResults.length}|${v.sweep?.length ?? -1}|${v.status}|${this.width}|${o.fontSize()}|${forControls}`;
    for (const { element } of o.panels) element.classList.toggle('stale', this.drawnFor !== forControls);
    if (key === this.drawnKey) return false;
    const now = performance.now();
    const firstEstimate = Math.min(FIRST_BATCH, v.scenario?.simulation.replications ?? 0);
    const waiting = v.status === 'running' && (v.results.length < firstEstimate || v.comparisonResults.length < firstEstimate);
    // While a slider is being dragged, cards keep up and charts wait: a Plot redraw is the one
    // thing here that could make the slider stutter.
    const dragging = now - o.lastInput() < DRAGGING_MS;
    const interval = chartInterval(o.panels.reduce((sum, { panel }) => sum + panel.drawMs, 0));
    const throttled = v.status === 'running' && this.drawnFor === forControls && now - this.drawnAt < interval;
    if (waiting) {
      // Plot is fetched once the first numbers are in (in a task after the one that shows them: it
      // would compete with them), so it is there for the first charts.
      if (v.results.length > 0) setTimeout(() => void loadPlot(), 0);
      return true;
    }
    if (dragging || throttled) {
      setTimeout(o.rerender, dragging ? DRAGGING_MS + 20 : interval + 20 - (now - this.drawnAt));
      return true;
    }
    this.drawnKey = key;
    this.drawnAt = now;
    this.drawnFor = forControls;
    for (const { element } of o.panels) element.classList.remove('stale');
    if (!v.scenario || v.status === 'error') {
      for (const { panel } of o.panels) panel.draw(null);
      return false;
    }
    const input = this.input(v, v.scenario, { width: Math.max(260, this.width), fontSize: o.fontSize() });
    // One panel after the other, then the page once more (its status waits for the charts): each
    // panel draws one chart a frame, each in a task of its own, so the page stays responsive.
    // While results stream in, a panel redraws only the charts near the viewport.
    const streaming = v.status === 'running';
    o.panels.reduceRight<() => void>((next, { panel }) => () => panel.draw(input, next, streaming), o.rerender)();
    return false;
  }

  /** Draws every chart at once at print size (on `beforeprint`: the page is laid out right after). */
  private print(): void {
    this.printing = true;
    const v = this.o.view();
    if (!v?.scenario || v.status === 'error') return;
    const input = this.input(v, v.scenario, PRINT_CHART);
    for (const { panel } of this.o.panels) panel.drawNow(input);
  }

  /** What every chart draws from, at a size. */
  private input(v: SessionView, scenario: NonNullable<SessionView['scenario']>, size: { width: number; fontSize: number; height?: number }): ChartInput {
    const lang = this.o.lang();
    return {
      lang,
      ...size,
      start: this.start,
      scenario,
      results: v.results,
      comparisonResults: v.comparisonResults === v.results ? [] : v.comparisonResults,
      showComparison: v.comparisonResults !== v.results,
      sweep: v.sweep,
      comparisonLabel: againstLabel(lang, v.controls ?? this.o.controls()),
    };
  }
}
