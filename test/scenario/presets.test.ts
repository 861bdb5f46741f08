import { describe, expect, it } from 'vitest';
import { derive } from '../../src/model/derive.ts';
import { postAvailability } from '../../src/model/workload.ts';
import { parseScenario, parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { isPresetName, loadPreset, PRESET_NAMES } from '../../src/scenario/presets.ts';

describe('shipped scenarios', () => {
  it.each(PRESET_NAMES)('%s parses, has a title and notes, and states its schema version', (name) => {
    const result = parseScenario(loadPreset(name));
    expect(result.ok ? [] : result.problems).toEqual([]);
    const raw = loadPreset(name);
    expect(raw.schemaVersion).toBe(1);
    if (result.ok) {
      expect(result.scenario.title.length).toBeGreaterThan(5);
      expect(result.scenario.notes.length).toBeGreaterThan(50);
    }
  });

  it('loadPreset returns a fresh copy', () => {
    const a = loadPreset('status-quo');
    a.advisors = { fte: 1 };
    expect(loadPreset('status-quo').advisors?.fte).toBe(34);
    expect(isPresetName('status-quo')).toBe(true);
    expect(isPresetName('toString')).toBe(false);
  });

  it('herning-model has room for today’s intake under its lower cap', () => {
    const herning = parseScenarioOrThrow(loadPreset('herning-model'));
    const d = derive(herning);
    expect(herning.advisors.caseCap).toBe(25);
    // Once the hires are in, and with the posts that stand vacant or onboard at any time.
    expect(d.caseSlots * postAvailability(herning.advisors.staffing)).toBeGreaterThan(d.arrivalsPerDay * d.meanDurationDays);
    expect(herning.advisors.fte + herning.advisors.hiring.reduce((sum, h) => sum + h.fte, 0)).toBeGreaterThan(d.requiredFteByWorkloadFormula);
  });
});
