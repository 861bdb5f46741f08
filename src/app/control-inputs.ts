/**
 * The big controls' own inputs: the three sliders with their number boxes, the horizon, how the
 * headcount arrives, the uncertainty switch and the preset buttons. Each input turns what the
 * user did into a change of the controls; `show` sets them all from the controls (after a link,
 * a file, Back or a preset).
 */
import { horizonLabel, type Lang } from './i18n.ts';
import { presetControls, type AppPreset, type Controls } from './link.ts';
import { showOnSlider } from './slider-value.ts';
import { uncertaintyOn, withUncertainty } from './uncertainty-switch.ts';
import { $ } from './dom.ts';

export interface ControlInputsOptions {
  /** The controls the page is on. */
  controls: () => Controls;
  /** Changes some controls; a `settled` change (a released slider, a click) becomes a history entry. */
  change: (update: Partial<Controls>, settled?: boolean) => void;
  /** Replaces the controls outright (a preset replaces every control it sets, and drops a scenario file). */
  apply: (controls: Controls) => void;
}

export interface ControlInputs {
  /** Sets every input from `c`. */
  show(c: Controls, lang: Lang): void;
  /** Marks the preset button whose numbers `c` has (aria-pressed). */
  markPreset(c: Controls): void;
}

interface NumericInput {
  key: 'intakePercent' | 'fte' | 'caseCap';
  range: HTMLInputElement;
  number: HTMLInputElement;
}

export function wireControlInputs({ controls, change, apply }: ControlInputsOptions): ControlInputs {
  const numeric: NumericInput[] = [
    { key: 'intakePercent', range: $('#intake'), number: $('#intake-number') },
    { key: 'fte', range: $('#fte'), number: $('#fte-number') },
    { key: 'caseCap', range: $('#cap'), number: $('#cap-number') },
  ];
  const horizon = $<HTMLSelectElement>('#horizon');
  const inPost = $<HTMLInputElement>('#in-post');
  const uncertainty = $<HTMLInputElement>('#uncertainty');
  const presets = [...document.querySelectorAll<HTMLButtonElement>('[data-preset]')];

  for (const control of numeric) {
    control.range.addEventListener('input', () => {
      control.number.value = control.range.value;
      control.number.removeAttribute('aria-invalid');
      change({ [control.key]: Number(control.range.value) });
    });
    // Releasing the slider settles the change: one history entry, so Back steps through it.
    control.range.addEventListener('change', () => change({}, true));
    control.number.addEventListener('change', () => change({}, true));
    control.number.addEventListener('input', () => {
      const x = control.number.valueAsNumber;
      const valid = Number.isFinite(x) && x >= Number(control.number.min) && x <= Number(control.number.max);
      control.number.setAttribute('aria-invalid', String(!valid));
      if (!valid) return; // keep the last good value running; the outline and the help say why
      showOnSlider(control.range, x);
      change({ [control.key]: control.key === 'caseCap' ? Math.round(x) : x });
    });
  }
  horizon.addEventListener('change', () => change({ horizonWeeks: Number(horizon.value) }, true));
  inPost.addEventListener('change', () => change({ inPost: inPost.checked }, true));
  uncertainty.addEventListener('change', () => change({ edits: withUncertainty(controls().edits, uncertainty.checked) }, true));
  for (const button of presets) {
    button.addEventListener('click', () => {
      // What to compare with, how the headcount arrives and the uncertainty switch are the user's choices, not the preset's.
      const now = controls();
      const preset = presetControls(button.dataset['preset'] as AppPreset);
      apply({ ...preset, compare: now.compare, against: now.against, inPost: now.inPost, edits: withUncertainty(preset.edits, uncertainty.checked) });
    });
  }

  const markPreset = (c: Controls) => {
    for (const button of presets) {
      const p = presetControls(button.dataset['preset'] as AppPreset);
      const same = !c.base && p.preset === c.preset && p.intakePercent === c.intakePercent && p.fte === c.fte && p.caseCap === c.caseCap;
      button.setAttribute('aria-pressed', String(same));
    }
  };
  return {
    markPreset,
    show(c, lang) {
      const values = { intakePercent: c.intakePercent, fte: c.fte, caseCap: c.caseCap };
      for (const control of numeric) {
        showOnSlider(control.range, values[control.key]);
        control.number.value = String(values[control.key]);
        control.number.removeAttribute('aria-invalid');
      }
      if (![...horizon.options].some((o) => Number(o.value) === c.horizonWeeks)) {
        horizon.add(new Option(horizonLabel(lang, c.horizonWeeks), String(c.horizonWeeks)));
      }
      horizon.value = String(c.horizonWeeks);
      inPost.checked = c.inPost;
      uncertainty.checked = uncertaintyOn(c.edits);
      markPreset(c);
    },
  };
}
