/**
 * A starting point's controls (link.ts: presetControls, baseControls) are read once: the views
 * ask for them on every render, and each read parsed a whole scenario. What is handed out is a
 * copy, so a caller that builds on it changes nothing for the next.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as Parse from '../../src/scenario/parse.ts';

let parses = 0;
vi.mock('../../src/scenario/parse.ts', async (original) => {
  const real = await original<typeof Parse>();
  return {
    ...real,
    parseScenarioOrThrow: (...args: Parameters<typeof real.parseScenarioOrThrow>) => {
      parses++;
      return real.parseScenarioOrThrow(...args);
    },
  };
});

const { baseControls, presetControls } = await import('../../src/app/link.ts');
const { loadPreset } = await import('../../src/scenario/presets.ts');

describe('a starting point\'s controls', () => {
  it('are parsed once per preset, and handed out as copies', () => {
    const first = presetControls('herning-model');
    const before = parses;
    first.fte = 1;
    first.edits.push({ path: 'advisors.productiveShare', value: 0.5 } as never);
    const again = presetControls('herning-model');
    expect(parses).toBe(before);
    expect(again.fte).not.toBe(1);
    expect(again.edits).toEqual([]);
    expect(baseControls({ preset: 'herning-model' })).toEqual(again);
  });

  it('are parsed once per scenario of the user\'s own, by the input object it arrived as', () => {
    const input = loadPreset('intake-plus-25');
    const base = { input, name: 'mine' } as never;
    const first = baseControls({ preset: 'status-quo', base });
    const before = parses;
    expect(baseControls({ preset: 'status-quo', base })).toEqual(first);
    expect(parses).toBe(before);
    // Another object, even with the same content, is read anew.
    baseControls({ preset: 'status-quo', base: { input: structuredClone(input), name: 'mine' } as never });
    expect(parses).toBe(before + 1);
  });
});
