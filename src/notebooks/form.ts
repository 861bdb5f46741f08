/**
 * A notebook's settings: number fields and a button, as one value for `view(…)`. The value
 * changes only when the button is pressed (each change reruns replications), and only to values
 * within every field's range: a value out of range or not a number is named in the form, and
 * the previous settings stay in force.
 */
import { formatNumber } from '../app/i18n.ts';
import { pageLang, tr } from './lang.ts';

export interface Field {
  name: string;
  label: { da: string; en: string };
  min: number;
  max: number;
  step: number;
  value: number;
}

export type Settings = Record<string, number>;

export interface SettingsForm extends HTMLFormElement {
  value: Settings;
}

/** Checks `raw` against the fields; a problem names the field and its range. */
export function readSettings(fields: readonly Field[], raw: Readonly<Record<string, string>>): { ok: true; value: Settings } | { ok: false; problems: string[] } {
  const lang = pageLang();
  const value: Settings = {};
  const problems: string[] = [];
  for (const f of fields) {
    const text = (raw[f.name] ?? '').trim().replace(',', '.');
    const x = Number(text);
    if (text === '' || !Number.isFinite(x) || x < f.min || x > f.max) {
      const range = `${formatNumber(lang, f.min, 3)}–${formatNumber(lang, f.max, 3)}`;
      problems.push(tr({ da: `${f.label.da}: "${text}" er ikke et tal mellem ${range}`, en: `${f.label.en}: "${text}" is not a number between ${range}` }, lang));
    } else value[f.name] = x;
  }
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

export function settingsForm(fields: readonly Field[], submit: { da: string; en: string } = { da: 'Beregn', en: 'Compute' }): SettingsForm {
  const lang = pageLang();
  const form = document.createElement('form') as SettingsForm;
  form.className = 'nb-form';
  form.noValidate = true;
  const inputs = new Map<string, HTMLInputElement>();
  for (const f of fields) {
    const label = form.appendChild(document.createElement('label'));
    label.append(tr(f.label, lang));
    const input = label.appendChild(document.createElement('input'));
    Object.assign(input, { type: 'number', name: f.name, min: String(f.min), max: String(f.max), step: String(f.step), value: String(f.value) });
    const range = label.appendChild(document.createElement('span'));
    range.className = 'nb-note';
    range.textContent = `${formatNumber(lang, f.min, 3)}–${formatNumber(lang, f.max, 3)}`;
    inputs.set(f.name, input);
  }
  const button = form.appendChild(document.createElement('button'));
  button.type = 'submit';
  button.textContent = tr(submit, lang);
  const errors = form.appendChild(document.createElement('p'));
  errors.className = 'nb-error';
  errors.setAttribute('role', 'alert');
  errors.hidden = true;
  form.value = Object.fromEntries(fields.map((f) => [f.name, f.value]));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const read = readSettings(fields, Object.fromEntries([...inputs].map(([name, input]) => [name, input.value])));
    errors.hidden = read.ok;
    errors.textContent = read.ok ? '' : read.problems.join('; ');
    if (!read.ok) return;
    form.value = read.value;
    form.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // Typing alone changes nothing: only the button does (so no replications run per keystroke).
  form.addEventListener('input', (event) => {
    if (event.target !== form) event.stopImmediatePropagation();
  });
  return form;
}
