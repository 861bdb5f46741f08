import { describe, expect, it } from 'vitest';
import { EDITED, GROUPS, groupOf } from '../../src/app/editor.ts';
import { CHOICE_LABELS, NULL_MEANINGS, PARAM_LABELS, paramLabel, schemaPath, specAt, taskName, UNIT_LABELS } from '../../src/app/param-labels.ts';
import { ASSUMPTION_SOURCES_DA, assumptionSource, CASE_TYPE_SOURCES_DA, paramSource, SOURCES_DA } from '../../src/app/param-sources.ts';
import { presetTitle, SCENARIO_TRANSLATIONS, scenarioText } from '../../src/app/scenario-texts.ts';
import { DEFAULT_ASSUMPTIONS, DEFAULT_CASE_TYPES } from '../../src/scenario/defaults.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset, PRESET_NAMES } from '../../src/scenario/presets.ts';
import { leafFields } from '../../src/scenario/schema.ts';
import { CASE_TYPE_SOURCES, SOURCES } from '../../src/scenario/sources.ts';

describe('parameter labels', () => {
  it('name every parameter the schema has, in Danish and English: a new one without a label fails here', () => {
    for (const { path } of leafFields()) {
      const words = PARAM_LABELS[path];
      expect(words?.da, path).toBeTruthy();
      expect(words?.en, path).toBeTruthy();
      expect(words?.da, path).not.toMatch(/[a-z][A-Z]|<id>|^[a-z]+\.[a-z]/);
    }
    expect(Object.keys(PARAM_LABELS).sort()).toEqual(leafFields().map((f) => f.path).sort());
  });

  it('translate every unit and every choice the schema uses', () => {
    for (const { path, spec } of leafFields()) {
      const unit = spec.kind === 'number' ? spec.unit : spec.kind === 'nullable' ? spec.of.unit : '';
      expect(UNIT_LABELS[unit], `${path}: ${unit}`).toBeDefined();
      if (spec.kind === 'nullable') expect(NULL_MEANINGS[path], `${path}: what empty means`).toBeDefined();
      if (spec.kind === 'enum') for (const value of spec.values) expect(CHOICE_LABELS[value], `${path}: ${value}`).toBeDefined();
    }
  });

  it('find a concrete path in the schema: list items by id, a key of a map by its map', () => {
    expect(schemaPath('caseTypes.investigation.tasks.bfu.hours')).toBe('caseTypes.<id>.tasks.<id>.hours');
    expect(schemaPath('caseTypes.investigation.next.preventive')).toBe('caseTypes.<id>.next');
    expect(schemaPath('uncertainty.assumptions.taskHours.low')).toBe('uncertainty.assumptions.<id>.low');
    expect(paramLabel('da', 'caseTypes.placement.tasks.plan.dueDays')).toBe('Frist');
    expect(specAt('caseTypes.investigation.next.preventive')?.kind).toBe('shares');
    expect(specAt('advisors.nothing')).toBeNull();
    expect(paramLabel('da', 'no.such.path')).toBe('no.such.path');
  });

  it('name every shipped task in both languages', () => {
    for (const type of DEFAULT_CASE_TYPES) for (const task of type.tasks) {
      expect(taskName('da', task.id, task.label), task.id).toBe(task.label);
      expect(taskName('en', task.id, task.label), task.id).not.toBe(task.label);
    }
    expect(taskName('en', 'plan', 'Vores egen plan')).toBe('Vores egen plan');
  });

  it('put every edited parameter in one of the groups', () => {
    for (const { path } of EDITED) expect(GROUPS, path).toContain(groupOf(path));
    expect(groupOf('advisors.productiveShare')).toBe('advisors');
    expect(groupOf('advisors.fullCostPerFteDkk')).toBe('costs');
    expect(groupOf('documentation.errorCurve')).toBe('documentation');
  });
});

describe('sources', () => {
  it('exist in Danish for every English one', () => {
    expect(Object.keys(SOURCES_DA).sort()).toEqual(Object.keys(SOURCES).sort());
    expect(Object.keys(CASE_TYPE_SOURCES_DA).sort()).toEqual(Object.keys(CASE_TYPE_SOURCES).sort());
    expect(Object.keys(ASSUMPTION_SOURCES_DA).sort()).toEqual(DEFAULT_ASSUMPTIONS.map((a) => a.id).sort());
  });

  it('are found by concrete path in the page language', () => {
    expect(paramSource('da', 'advisors.productiveShare')).toMatch(/antagelse/);
    expect(paramSource('en', 'advisors.productiveShare')).toMatch(/assumption/);
    expect(paramSource('da', 'caseTypes.preventive.tasks.plan.hours')).toBe(CASE_TYPE_SOURCES_DA['hours']);
    expect(paramSource('da', 'simulation.seed')).toBe('');
  });

  it('give a shipped uncertain assumption its Danish source, and keep a file\'s own words', () => {
    const [first] = DEFAULT_ASSUMPTIONS;
    if (!first) throw new Error('the defaults have uncertain assumptions');
    expect(assumptionSource('da', first.id, first.source)).toBe(ASSUMPTION_SOURCES_DA[first.id]);
    expect(assumptionSource('en', first.id, first.source)).toBe(first.source.replace(/\*/g, ''));
    expect(assumptionSource('da', first.id, '*own*: words')).toBe('own: words');
  });
});

describe('scenario texts', () => {
  it('hold every shipped scenario in the other language, paragraph for paragraph', () => {
    for (const name of PRESET_NAMES) {
      const file = loadPreset(name) as unknown as { notes: string[] };
      expect(SCENARIO_TRANSLATIONS[name].notesDa, name).toHaveLength(file.notes.length);
      expect(presetTitle('en', name)).toBe(SCENARIO_TRANSLATIONS[name].titleEn);
    }
  });

  it('show a shipped scenario in the page language and a user\'s own as written', () => {
    const today = parseScenarioOrThrow(loadPreset('status-quo'));
    expect(scenarioText('da', today)).toMatchObject({ title: today.title, lang: 'da' });
    expect(scenarioText('da', today).notes[0]).toMatch(/^En mellemstor dansk/);
    expect(scenarioText('en', today).title).toBe('Today: 34 posts with up to 50 cases per advisor');
    expect(scenarioText('da', { title: 'Vores', notes: 'A.\n\nB.' })).toEqual({ title: 'Vores', notes: ['A.', 'B.'], lang: null });
  });
});
