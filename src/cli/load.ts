/** The `<scenario>` argument: a preset name or a JSON file, read into a scenario input. */
import { readFile } from 'node:fs/promises';
import { isPresetName, loadPreset, PRESET_NAMES } from '../scenario/presets.ts';
import type { ScenarioInput } from '../scenario/types.ts';
import { UsageError } from './args.ts';

export async function loadScenarioInput(argument: string): Promise<ScenarioInput> {
  if (isPresetName(argument)) return loadPreset(argument);
  let text: string;
  try {
    text = await readFile(argument, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UsageError(`no scenario file or preset named "${argument}" (presets: ${PRESET_NAMES.join(', ')})`);
    }
    throw new UsageError(`cannot read ${argument}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as ScenarioInput;
  } catch (error) {
    throw new UsageError(`${argument} is not valid JSON: ${jsonPosition(text, (error as Error).message)}`);
  }
}

/** V8 reports a character offset; people look for a line and a column. */
function jsonPosition(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')} at line ${line}, column ${column}`;
}
