/**
 * The scenarios shipped in `scenarios/`, bundled by static import so that Node, the CLI, a
 * page and a worker all see the same files without a file system or a fetch.
 */
import herningModel from '../../scenarios/herning-model.json' with { type: 'json' };
import intakePlus25 from '../../scenarios/intake-plus-25.json' with { type: 'json' };
import mmcValidation from '../../scenarios/mmc-validation.json' with { type: 'json' };
import statusQuo from '../../scenarios/status-quo.json' with { type: 'json' };
import type { ScenarioInput } from './types.ts';

const PRESETS = {
  'status-quo': statusQuo,
  'intake-plus-25': intakePlus25,
  'herning-model': herningModel,
  'mmc-validation': mmcValidation,
} as const;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
/** What the app opens on and what "today" means in comparisons. */
export const DEFAULT_PRESET: PresetName = 'status-quo';

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}

/** A fresh copy of the preset's file content (callers may change it). */
export function loadPreset(name: PresetName): ScenarioInput {
  return structuredClone(PRESETS[name]) as unknown as ScenarioInput;
}
