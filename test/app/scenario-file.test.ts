import { describe, expect, it } from 'vitest';
import { presetControls } from '../../src/app/link.ts';
import { controlsFromFile, controlsFromScenario } from '../../src/app/scenario-file.ts';
import { scenarioInput } from '../../src/app/scenario-of.ts';
import { scenarioKey } from '../../src/experiment/cache.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import type { Scenario } from '../../src/scenario/types.ts';

/** Equal for the simulation: as the session's cache key sees it (words aside, defaults spelled out). */
const same = (s: Scenario) => JSON.parse(scenarioKey(s)) as unknown;

describe('opening a scenario file', () => {
  it('turns a file into controls and edits that reproduce it exactly', async () => {
    const controls = { ...presetControls('status-quo'), intakePercent: 15, fte: 45, edits: [{ path: 'advisors.productiveShare', value: 0.6 }] };
    const file = parseScenarioOrThrow(scenarioInput(controls));
    const plan = file.caseTypes[1]?.tasks[0];
    if (!plan) throw new Error('the preventive type has a plan task');
    plan.hours = 6;
    file.documentation.errorCurve = 's ^ 2';
    const result = await controlsFromScenario(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(same(parseScenarioOrThrow(scenarioInput(result.controls)))).toEqual(same(file));
    expect(result.controls.edits.map((e) => e.path).sort()).toEqual(
      ['advisors.productiveShare', 'caseTypes.preventive.tasks.plan.hours', 'documentation.errorCurve'].sort(),
    );
    expect(result.controls).toMatchObject({ fte: 45, inPost: false, intakePercent: 15 });
  });

  it('reads the staffing as the controls carry it: a decision hired at week 0, or already in post, and a later plan', async () => {
    const plan = [{ week: 52, fte: -2 }];
    for (const inPost of [false, true]) {
      const controls = { ...presetControls('status-quo'), fte: 41, caseCap: 30, inPost, edits: [{ path: 'advisors.hiring', value: plan }] };
      const file = parseScenarioOrThrow(scenarioInput(controls));
      const result = await controlsFromScenario(file);
      if (!result.ok) throw new Error(result.messages.join('\n'));
      expect(result.controls).toMatchObject({ fte: 41, caseCap: 30, inPost, edits: [{ path: 'advisors.hiring', value: plan }] });
      expect(same(parseScenarioOrThrow(scenarioInput(result.controls)))).toEqual(same(file));
    }
    // A file whose department is another size today: today's size travels as an edit.
    const bigger = parseScenarioOrThrow({ advisors: { fte: 40, caseCap: 30 } });
    const opened = await controlsFromScenario(bigger);
    if (!opened.ok) throw new Error(opened.messages.join('\n'));
    expect(opened.controls).toMatchObject({ fte: 40, caseCap: 30, inPost: false });
    expect(opened.controls.edits).toEqual([
      { path: 'simulation.warmupFte', value: 40 },
      { path: 'simulation.warmupCaseCap', value: 30 },
    ]);
    expect(same(parseScenarioOrThrow(scenarioInput(opened.controls)))).toEqual(same(bigger));
  });

  it.each(['status-quo', 'intake-plus-25', 'herning-model'] as const)('opens the shipped %s', async (name) => {
    const file = parseScenarioOrThrow(loadPreset(name));
    const result = await controlsFromScenario(file);
    expect(result.ok && same(parseScenarioOrThrow(scenarioInput(result.controls)))).toEqual(same(file));
  });

  it('carries whole what paths cannot: other case types, words of its own; and a step in intake by path', async () => {
    const mmcFile = parseScenarioOrThrow(loadPreset('mmc-validation'));
    const mmc = await controlsFromFile(JSON.stringify(loadPreset('mmc-validation')), 'mmc.json');
    if (!mmc.ok) throw new Error(mmc.messages.join('\n'));
    expect(mmc.controls.base?.encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(same(parseScenarioOrThrow(scenarioInput(mmc.controls)))).toEqual(same(mmcFile));
    expect(parseScenarioOrThrow(scenarioInput(mmc.controls)).title).toBe(mmcFile.title);
    const titled = parseScenarioOrThrow({ title: 'Vores afdeling', notes: ['Egne tal.'], advisors: { fte: 40 } });
    const own = await controlsFromScenario(titled);
    if (!own.ok) throw new Error(own.messages.join('\n'));
    expect(own.controls.base).toBeDefined();
    expect(own.controls.edits).toEqual([]);
    expect(parseScenarioOrThrow(scenarioInput(own.controls))).toMatchObject({ title: 'Vores afdeling', notes: 'Egne tal.' });
    const stepFile = parseScenarioOrThrow({ intake: { growth: { kind: 'step', percent: 10, startWeek: 20 } } });
    const step = await controlsFromFile(JSON.stringify({ intake: { growth: { kind: 'step', percent: 10, startWeek: 20 } } }), 'step.json');
    if (!step.ok) throw new Error(step.messages.join('\n'));
    expect(step.controls.base).toBeUndefined();
    expect(step.controls.edits).toEqual(
      expect.arrayContaining([
        { path: 'intake.growth.kind', value: 'step' },
        { path: 'intake.growth.startWeek', value: 20 },
      ]),
    );
    expect(same(parseScenarioOrThrow(scenarioInput(step.controls)))).toEqual(same(stepFile));
    expect(await controlsFromFile('{ "advisors": ', 'broken.json')).toEqual({ ok: false, messages: [expect.stringMatching(/^broken\.json is not valid JSON/)] });
    expect(await controlsFromFile('{ "advisors": { "fte": -3 } }', 'bad.json')).toEqual({
      ok: false,
      messages: ['bad.json: advisors.fte must be between 0.5 and 5000, got -3'],
    });
  });

  it('refuses a file with a __proto__, constructor or prototype key, naming where', async () => {
    const hostile = '{ "__proto__": { "kind": "list" }, "advisors": { "constructor": { "polluted": 1 } } }';
    expect(await controlsFromFile(hostile, 'hostile.json')).toEqual({
      ok: false,
      messages: [
        'hostile.json: __proto__ is refused: __proto__ can never be a field or an id',
        'hostile.json: advisors.constructor is refused: constructor can never be a field or an id',
      ],
    });
    expect(({} as Record<string, unknown>)['kind']).toBeUndefined();
  });
});
