import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedCurves } from '../../src/cli/update-docs.ts';
import { checkCurve } from '../../src/scenario/curve-check.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { setPath } from '../../src/scenario/set-path.ts';

describe('the shipped scenarios’ formula checks', () => {
  it('are listed in src/scenario/shipped-curves.json as parsing them makes them now, each compiled and passing', () => {
    const committed = JSON.parse(readFileSync(new URL('../../src/scenario/shipped-curves.json', import.meta.url), 'utf8')) as string[];
    // Regenerate with: npm run docs (shippedCurves parses through the compiler, so a failing curve throws here).
    expect(committed).toEqual(shippedCurves());
    expect(committed.length).toBeGreaterThan(0);
  });

  it('still compiles every formula that is not on the list, so a bad one is reported', () => {
    // The shipped error curve with a parameter the list does not hold: compiled, and fine.
    expect(checkCurve('s ^ a', 's', 1.75)).toEqual({ ok: true });
    // The shipped formula text, but broken by its parameter: g(1) = 1 fails for a = -1.
    expect(checkCurve('s ^ a', 's', -1).ok).toBe(false);
    const bad = parseScenario(setPath(loadPreset('status-quo'), 'documentation.errorCurve', 's ^ (a'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.path)).toContain('documentation.errorCurve');
  });
});
