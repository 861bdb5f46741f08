import { describe, expect, it } from 'vitest';
import { appCsv, csvText, differingParameters } from '../../src/app/csv-export.ts';
import { decodeLink, encodeLink, presetControls } from '../../src/app/link.ts';
import { comparisonInput, scenarioInput } from '../../src/app/scenario-of.ts';
import { fileStemFromTitle, scenarioName } from '../../src/app/scenario-name.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { fakeResult } from './fake-results.ts';

const today = presetControls('status-quo');
const cap25 = { ...today, caseCap: 25, edits: [{ path: 'advisors.productiveShare', value: 0.65 }] };

describe('scenarioName(lang, controls) and fileStemFromTitle(title)', () => {
  it('names the preset and what differs from it, never the preset alone once something changed', () => {
    expect(scenarioName('da', today)).toBe('I dag');
    expect(scenarioName('da', cap25)).toBe('I dag, højst 25 sager, 1 forudsætning ændret');
    expect(scenarioName('en', { ...cap25, fte: 40, intakePercent: 10 })).toBe('Today, +10 % new cases, 40 FTE, at most 25 cases, 1 assumption changed');
    expect(scenarioName('da', cap25, { controls: false })).toBe('I dag, 1 forudsætning ændret');
  });

  it('makes a plain file name of a title', () => {
    expect(fileStemFromTitle('I dag, højst 25 sager, 1 forudsætning ændret')).toBe('sagstal-i-dag-hoejst-25-sager-1-forudsaetning-aendret');
    expect(fileStemFromTitle('+25 % flere sager')).toBe('sagstal-plus25-flere-sager');
    expect(fileStemFromTitle('Ærø «‮evil»/../x'.repeat(10)).length).toBeLessThanOrEqual(80);
    expect(fileStemFromTitle('Ærø «‮evil»/../x')).toMatch(/^sagstal-[a-z0-9-]+$/);
  });
});

describe('differingParameters(scenario)', () => {
  it('lists every parameter that differs from the model defaults, case types by id', () => {
    const s = parseScenarioOrThrow(scenarioInput({ ...cap25, edits: [...cap25.edits, { path: 'caseTypes.investigation.arrivalsPerWeek', value: 12 }] }));
    const rows = differingParameters(s);
    expect(rows).toContainEqual({ path: 'advisors.caseCap', unit: 'cases/FTE', value: '25' });
    expect(rows).toContainEqual({ path: 'advisors.productiveShare', unit: 'share 0.05–1', value: '0.65' });
    expect(rows.find((r) => r.path === 'caseTypes.investigation.arrivalsPerWeek')?.value).toBe('12');
    expect(rows.map((r) => r.path)).not.toContain('title');
    expect(differingParameters(parseScenarioOrThrow({}))).toEqual([]);
  });
});

describe('appCsv(scenario, comparison)', () => {
  const mine = [0, 1, 2].map((r) => fakeResult(r, { waitingListEnd: 100 + r, caseload: 30 }));
  const theirs = [0, 1, 2].map((r) => fakeResult(r, { waitingListEnd: r, caseload: 47 }));
  const s = parseScenarioOrThrow(scenarioInput(cap25));
  const c = parseScenarioOrThrow(comparisonInput(cap25));
  const csv = appCsv({ name: 'I dag, højst 25 sager, 1 forudsætning ændret', scenario: s, results: mine }, { name: 'I dag', scenario: c, results: theirs });
  const rows = csv.trimEnd().split('\n');

  it('names both scenarios and lists their parameters, in the CLI columns plus value', () => {
    expect(rows[0]).toBe('kind,id,week,unit,mean,p10,p50,p90,value');
    expect(rows[1]).toBe('name,scenario,,,,,,,"I dag, højst 25 sager, 1 forudsætning ændret"');
    expect(rows[2]).toBe('name,comparison,,,,,,,I dag');
    expect(rows).toContain('parameter,advisors.caseCap,,cases/FTE,,,,,25');
    expect(rows).toContain('parameter,advisors.productiveShare,,share 0.05–1,,,,,0.65');
    // Today is the defaults but for what its warm-up and growth shape spell out; its cap is the default's.
    expect(rows.some((r) => r.startsWith('comparison.parameter,advisors.caseCap,'))).toBe(false);
    expect(rows.filter((r) => !r.includes('"')).every((r) => r.split(',').length === 9)).toBe(true);
  });

  it('holds both scenarios and the paired difference, median by median', () => {
    const cells = (prefix: string) => rows.find((r) => r.startsWith(prefix))?.split(',');
    expect(cells('metric,waitingListEnd,')?.[6]).toBe('101');
    expect(cells('comparison.metric,waitingListEnd,')?.[6]).toBe('1');
    expect(cells('difference.metric,waitingListEnd,')?.[6]).toBe('100');
    expect(cells('difference.metric,caseload,')?.[6]).toBe('-17');
    expect(cells('series,caseload,1,')).toBeDefined();
    expect(cells('comparison.series,caseload,1,')).toBeDefined();
    expect(rows.some((r) => r.startsWith('payback,'))).toBe(true);
  });

  it('quotes text and never lets a title run as a spreadsheet formula', () => {
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('-3')).toBe('-3');
    expect(csvText('a\nb')).toBe('"a\nb"');
  });
});

describe('a pinned comparison in a link', () => {
  it('round-trips as vs=, runs over the scenario horizon and seed, and names its own bad parts', () => {
    const pinnedState = { ...today, fte: 40, caseCap: 25 };
    const state = { controls: { ...today, caseCap: 30, against: { kind: 'state' as const, controls: pinnedState } }, lang: 'da' as const };
    const link = encodeLink(state);
    expect(new URLSearchParams(link).get('vs')).toBe('preset=status-quo&fte=40&cap=25');
    const back = decodeLink(link);
    expect(back.problems).toEqual([]);
    expect(back.state.controls.against?.kind).toBe('state');
    expect(back.state.controls.against?.kind === 'state' && back.state.controls.against.controls).toMatchObject({ fte: 40, caseCap: 25 });
    const input = parseScenarioOrThrow(comparisonInput({ ...back.state.controls, horizonWeeks: 156, seed: 7 }));
    expect([input.simulation.horizonWeeks, input.simulation.seed, input.advisors.caseCap]).toEqual([156, 7, 25]);
    const bad = decodeLink('?vs=fte%3Dabc%26vs%3Dfte%253D3');
    expect(bad.problems.map((p) => p.name)).toEqual(['vs:fte']);
    expect(bad.state.controls.against?.kind === 'state' && bad.state.controls.against.controls.fte).toBe(parseScenarioOrThrow(loadPreset('status-quo')).advisors.fte);
  });
});
