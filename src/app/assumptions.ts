/** The "advanced" disclosure: every parameter in force, so no assumption is hidden. */
import { loadPreset, PRESET_NAMES } from '../scenario/presets.ts';
import { leafFields } from '../scenario/schema.ts';
import { APP_PRESETS } from './link.ts';
import type { Scenario } from '../scenario/types.ts';
import { formatNumber, t, type Lang } from './i18n.ts';

/** Every scenario shipped in scenarios/, the ones the app cannot carry marked with how to run them. */
function presetList(lang: Lang): HTMLElement {
  const section = document.createElement('div');
  section.append(Object.assign(document.createElement('h3'), { className: 'presets-heading', textContent: t(lang, 'advanced.presets') }));
  const list = document.createElement('ul');
  for (const name of PRESET_NAMES) {
    const title = loadPreset(name).title ?? name;
    const note = (APP_PRESETS as readonly string[]).includes(name) ? '' : ` (${t(lang, 'advanced.cliOnly', { name })})`;
    list.append(Object.assign(document.createElement('li'), { textContent: `${name}: ${title}${note}` }));
  }
  section.append(list);
  return section;
}

export function renderAssumptions(container: HTMLElement, lang: Lang, scenario: Scenario): void {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const key of ['advanced.parameter', 'advanced.value', 'advanced.unit'] as const) {
    head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: t(lang, key) }));
  }
  const body = table.createTBody();
  const skip = new Set(['schemaVersion', 'title', 'notes']);
  for (const { path, spec } of leafFields()) {
    if (skip.has(path) || path.startsWith('caseTypes')) continue;
    const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], scenario);
    const unit = spec.kind === 'number' ? spec.unit : '';
    const shown = typeof value === 'number' ? formatNumber(lang, value, 3) : Array.isArray(value) ? value.join(', ') : String(value);
    body.insertRow().append(...[path, shown, unit].map((text) => Object.assign(document.createElement('td'), { textContent: text })));
  }
  const types = document.createElement('table');
  const typeHead = types.createTHead().insertRow();
  for (const text of [t(lang, 'advanced.caseTypes'), t(lang, 'advanced.arrivals'), t(lang, 'advanced.duration')]) {
    typeHead.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: text }));
  }
  const typeBody = types.createTBody();
  for (const type of scenario.caseTypes) {
    typeBody.insertRow().append(
      ...[type.label, formatNumber(lang, type.arrivalsPerWeek, 2), formatNumber(lang, type.duration.meanDays)].map((text) =>
        Object.assign(document.createElement('td'), { textContent: text }),
      ),
    );
  }
  const intro = Object.assign(document.createElement('p'), { textContent: t(lang, 'advanced.intro') });
  const notes = Object.assign(document.createElement('div'), { className: 'notes' });
  for (const paragraph of scenario.notes.split('\n\n')) notes.append(Object.assign(document.createElement('p'), { textContent: paragraph }));
  container.replaceChildren(intro, types, table, notes, presetList(lang));
}
