/**
 * A slider that shows exactly the value its number box holds. The sliders cover the usual
 * range on a coarse grid (intake in steps of 5 %); a link or the box may hold any value the
 * model accepts (`intake=47`, 200 posts). Setting such a value on a plain range input
 * silently rounds or clamps it (the slider showed 45 while the box and the model used 47), so
 * the slider widens its ends to reach the value and drops its grid while the value is off it.
 */

/** The slider's own min, max and step, as the page wrote them, kept on first use. */
function ownBounds(range: HTMLInputElement): { min: number; max: number; step: string } {
  range.dataset['ownMin'] ??= range.min;
  range.dataset['ownMax'] ??= range.max;
  range.dataset['ownStep'] ??= range.step;
  return { min: Number(range.dataset['ownMin']), max: Number(range.dataset['ownMax']), step: range.dataset['ownStep'] };
}

/** Sets `range` to `x` exactly: its own ends and grid where `x` fits them, wider ends or no grid where not. */
export function showOnSlider(range: HTMLInputElement, x: number): void {
  const own = ownBounds(range);
  const step = Number(own.step);
  range.min = String(Math.min(own.min, x));
  range.max = String(Math.max(own.max, x));
  // On the grid counted from the slider's own minimum (a tolerance for decimal steps such as 0.5).
  const onGrid = Number.isFinite(step) && step > 0 && Math.abs((x - own.min) / step - Math.round((x - own.min) / step)) < 1e-9;
  range.step = onGrid ? own.step : 'any';
  range.value = String(x);
}
