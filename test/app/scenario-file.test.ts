import { describe, expect, it } from 'vitest';
import { presetControls } from '../../src/app/link.ts';
import { controlsFromFile, controlsFromScenario } from '../../src/app/scenario-file.ts';
import { scenarioInput } from '../../src/app/scenario-of.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import type { Scenario } from '../../src/scenario/types.ts';

/** Equal for the simulation: words aside, and growth details that do not apply when there is no growth. */
const same = (s: Scenario) => ({
  ...s,
  title: '',
  notes: '',
  intake: { ...s.intake, growth: s.intake.growth.kind === 'none' ? { kind: 'none' } : s.intake.growth },
});

describe('opening a scenario file', () => {
  it('turns a file into controls and edits that reproduce it exactly', () => {
    const controls = { ...presetControls('herning-model'), intakePercent: 15, edits: [{ path: 'advisors.productiveShare', value: 0.6 }] };
    const file = parseScenarioOrThrow(scenarioInput(controls));
    const plan = file.caseTypes[1]?.tasks[0];
    if (!plan) throw new Error('the preventive type has a plan task');
    plan.hours = 6;
    file.documentation.errorCurve = 's ^ 2';
    const result = controlsFromScenario(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(same(parseScenarioOrThrow(scenarioInput(result.controls)))).toEqual(same(file));
    expect(result.controls.edits.map((e) => e.path).sort()).toEqual(
      ['advisors.productiveShare', 'caseTypes.preventive.tasks.plan.hours', 'documentation.errorCurve'].sort(),
    );
  });

  it.each(['status-quo', 'intake-plus-25', 'herning-model'] as const)('opens the shipped %s', (name) => {
    const file = parseScenarioOrThrow(loadPreset(name));
    const result = controlsFromScenario(file);
    expect(result.ok && same(parseScenarioOrThrow(scenarioInput(result.controls)))).toEqual(same(file));
  });

  it('refuses what a link cannot carry, and says why', () => {
    const mmc = controlsFromFile(JSON.stringify(loadPreset('mmc-validation')), 'mmc.json');
    expect(mmc.ok ? [] : mmc.messages).toEqual([
      'caseTypes: the app keeps the default list (investigation, preventive, placement); this file has case (run it with sagstal run)',
    ]);
    const step = controlsFromFile(JSON.stringify({ intake: { growth: { kind: 'step', percent: 10, startWeek: 20 } } }), 'step.json');
    expect(step.ok ? [] : step.messages[0]).toMatch(/^intake\.growth: the app shows intake change as a ramp/);
    expect(controlsFromFile('{ "advisors": ', 'broken.json')).toEqual({ ok: false, messages: [expect.stringMatching(/^broken\.json is not valid JSON/)] });
    expect(controlsFromFile('{ "advisors": { "fte": -3 } }', 'bad.json')).toEqual({
      ok: false,
      messages: ['bad.json: advisors.fte must be between 0.5 and 5000, got -3'],
    });
  });

  it('refuses a file with a __proto__, constructor or prototype key, naming where', () => {
    const hostile = '{ "__proto__": { "kind": "list" }, "advisors": { "constructor": { "polluted": 1 } } }';
    expect(controlsFromFile(hostile, 'hostile.json')).toEqual({
      ok: false,
      messages: [
        'hostile.json: __proto__ is refused: __proto__ can never be a field or an id',
        'hostile.json: advisors.constructor is refused: constructor can never be a field or an id',
      ],
    });
    expect(({} as Record<string, unknown>)['kind']).toBeUndefined();
  });
});
