/**
 * Plot's charts with ARIA that holds: Plot names each mark's `<g>` ("line", "bar", "tip") with
 * `aria-label`, but a `<g>` without a role may not carry a name (axe-core's
 * `aria-prohibited-attr`, WAI-ARIA 1.2). Giving those groups `role="group"` keeps the names
 * (screen readers and tests find the marks by them) and makes them allowed.
 */
import type * as PlotTypes from '@observablehq/plot';
import { Plot } from './plot.ts';

/** `Plot.plot(options)`, with every named mark group given the role its name needs. */
export function accessiblePlot(options: PlotTypes.PlotOptions): ReturnType<typeof Plot.plot> {
  const chart = Plot.plot(options);
  for (const group of chart.querySelectorAll('g[aria-label]')) if (!group.hasAttribute('role')) group.setAttribute('role', 'group');
  return chart;
}
