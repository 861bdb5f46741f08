/**
 * Observable Plot, loaded after the page's first numbers (main.ts starts it then) or when a
 * chart first needs it, rather than with the page: it is a third of the page's code, and the
 * headline numbers, which come first, do not need it. Chart modules import `Plot` from here (a
 * live binding, set once the module has loaded) and are drawn only through
 * {@link whenPlotReady}; {@link loadPlot} starts the load, once.
 */
import type * as PlotModule from '@observablehq/plot';

export let Plot: typeof PlotModule;
let loading: Promise<void> | null = null;

export function loadPlot(): Promise<void> {
  return (loading ??= import('@observablehq/plot').then((module) => {
    Plot = module;
  }));
}

/**
 * Runs `draw` now if Plot has loaded, or once it has (and returns false: nothing was drawn
 * yet). Every chart's entry point goes through here.
 */
export function whenPlotReady(draw: () => void): boolean {
  if (Plot !== undefined) return true;
  void loadPlot().then(draw);
  return false;
}
