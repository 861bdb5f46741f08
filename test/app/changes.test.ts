import { describe, expect, it } from 'vitest';
import { changesCsvRows, changesSentence, countText, formatValue, listChanges } from '../../src/app/changes.ts';
import { shownMessage } from '../../src/app/editor-messages.ts';
import { isChanged, problemFor, tryValue, withoutAll, withoutValue, withValue } from '../../src/app/editor-state.ts';
import { presetControls } from '../../src/app/link.ts';
import { scenarioInput } from '../../src/app/scenario-of.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';

const today = presetControls('status-quo');

describe('listChanges(lang, controls)', () => {
  it('lists each edit with its label, value and starting value, and the big controls apart', () => {
    const c = { ...today, fte: 40, edits: [{ path: 'advisors.productiveShare', value: 0.65 }, { path: 'uncertainty.draw', value: true }, { path: 'caseTypes.investigation.tasks.bfu.hours', value: 20 }] };
    const changes = listChanges('da', c);
    expect(changes.map((x) => [x.path, x.kind])).toEqual([
      ['advisors.productiveShare', 'assumption'],
      ['caseTypes.investigation.tasks.bfu.hours', 'assumption'],
      ['advisors.fte', 'control'],
      ['uncertainty.draw', 'control'],
    ]);
    expect(changes[0]).toMatchObject({ label: 'Andel af arbejdstiden til sagerne', value: 0.65, presetValue: 0.7, shown: '0,65', presetShown: '0,7' });
    expect(changes[1]).toMatchObject({ label: 'Børnefaglige undersøgelser, Undersøgelse afsluttes med afgørelse: timer til opgaven', value: 20, presetValue: 18, shown: '20 timer' });
    expect(listChanges('en', c)[1]?.label).toBe('Child investigations, Investigation ends in a decision: hours the task takes');
    expect(changes[2]).toMatchObject({ value: 40, presetValue: 34, shown: '40 årsværk' });
    expect(countText('da', 2)).toBe('2 forudsætninger ændret');
    expect(countText('en', 1)).toBe('1 assumption changed');
    expect(changesSentence('da', changes)).toBe('2 forudsætninger ændret: Andel af arbejdstiden til sagerne 0,65 (udgangspunkt 0,7); Børnefaglige undersøgelser, Undersøgelse afsluttes med afgørelse: timer til opgaven 20 timer (udgangspunkt 18 timer).');
    expect(changesSentence('da', listChanges('da', today))).toBe('');
  });

  it('starts a hiring plan from the plan beyond the week-0 decision, and writes it in words', () => {
    const c = { ...presetControls('herning-model'), edits: [{ path: 'advisors.hiring', value: [{ week: 52, fte: -2 }] }] };
    const [hiring] = listChanges('en', c);
    expect(hiring).toMatchObject({ presetValue: [], shown: 'week 52: −2', presetShown: 'none' });
  });

  it('goes into the CSV as rows of the CLI format, text quoted', () => {
    const c = { ...today, edits: [{ path: 'documentation.errorCurve', value: 'min(1, s, s ^ 2)' }] };
    expect(changesCsvRows(listChanges('en', c))).toEqual([
      'parameter,documentation.errorCurve,,,"min(1, s, s ^ 2)",,,',
      'parameter.preset,documentation.errorCurve,,,s ^ a,,,',
    ]);
  });

  it('formats values as a reader reads them', () => {
    expect(formatValue('da', 'caseTypes.investigation.next', { preventive: 0.5, placement: 0.08 })).toBe('forebyggende foranstaltninger 0,5, anbringelser 0,08');
    expect(formatValue('da', 'allocation.policy', 'overfill')).toBe('nye sager fordeles alligevel');
    expect(formatValue('en', 'practice.followUpEveryDays', null)).toBe("each task's own");
    expect(formatValue('da', 'intake.growth.percent', 25)).toBe('+25 %');
  });
});

describe('the editor state', () => {
  it('sets a big control through the control and anything else as an edit; a starting value is no edit', () => {
    expect(withValue(today, 'advisors.fte', 40)).toMatchObject({ fte: 40, edits: [] });
    const edited = withValue(today, 'advisors.productiveShare', 0.6);
    expect(edited.edits).toEqual([{ path: 'advisors.productiveShare', value: 0.6 }]);
    expect(isChanged(edited, 'advisors.productiveShare')).toBe(true);
    expect(withValue(edited, 'advisors.productiveShare', 0.7).edits).toEqual([]);
    expect(withoutValue(edited, 'advisors.productiveShare').edits).toEqual([]);
    expect(withoutValue({ ...today, caseCap: 25 }, 'advisors.caseCap').caseCap).toBe(50);
    expect(withoutAll({ ...edited, edits: [...edited.edits, { path: 'uncertainty.draw', value: true }] }).edits).toEqual([{ path: 'uncertainty.draw', value: true }]);
    expect(withValue(today, 'uncertainty.draw', false).edits).toEqual([]);
  });

  it('checks a value with the parser and names the problem of the field being edited', () => {
    expect(tryValue(today, 'advisors.productiveShare', 0.6).problems).toEqual([]);
    const bad = tryValue(today, 'advisors.productiveShare', 7);
    expect(bad.problems).toEqual([{ path: 'advisors.productiveShare', message: 'advisors.productiveShare must be between 0.05 and 1, got 7' }]);
    expect(tryValue(today, 'advisors.fte', 6000).problems[0]?.path).toBe('advisors.fte');
    expect(tryValue(today, 'advisors.fte', 'many').problems[0]?.message).toMatch(/^advisors\.fte must be a number/);
    expect(tryValue(today, 'intake.growth.percent', 400).problems[0]?.path).toBe('intake.growth.percent');
    expect(tryValue(today, 'advisors.hiring', [{ week: 600, fte: 2 }]).problems[0]?.path).toBe('advisors.hiring[0].week');
    const curve = tryValue(today, 'documentation.errorCurve', 's ^');
    expect(problemFor(curve.problems, 'documentation.errorCurve')?.message).toMatch(/does not parse: .*\(char 4\)/);
    expect(problemFor([{ path: 'a.b', message: 'a.b x' }], 'c')).toEqual({ path: 'a.b', message: 'a.b x' });
    expect(parseScenarioOrThrow(scenarioInput(withValue(today, 'caseTypes.investigation.next.preventive', 0.4))).caseTypes[0]?.next).toEqual({ preventive: 0.4, placement: 0.08 });
  });

  it('shows the parser\'s message in Danish beside the field, with the position of a parse error', () => {
    expect(shownMessage('da', { path: 'advisors.productiveShare', message: 'advisors.productiveShare must be between 0.05 and 1, got 7' }, 'advisors.productiveShare')).toEqual({
      text: 'skal være mellem 0,05 og 1, men er 7',
      lang: 'da',
      char: null,
    });
    const parse = shownMessage('da', { path: 'documentation.errorCurve', message: 'documentation.errorCurve does not parse: Unexpected end of expression (char 4) (with a = 1.5, documentation.errorCurveParameter)' }, 'documentation.errorCurve');
    expect(parse).toEqual({ text: 'kan ikke læses: udtrykket slutter for tidligt (tegn 4) (med a = 1.5, Fejlkurvens stejlhed a)', lang: 'da', char: 4 });
    const other = shownMessage('da', { path: 'allocation.hardMaxCases', message: 'allocation.hardMaxCases must be at least advisors.caseCap (80) under overfill, got 70' }, 'advisors.caseCap');
    expect(other.text).toBe('Højst sager ved overfyldning: skal være mindst loftet (80) ved overfyldning, men er 70');
    expect(shownMessage('da', { path: 'advisors.hiring[0].week', message: 'advisors.hiring[0].week must be a whole number of weeks between 0 and 520, got 600' }, 'advisors.hiring').text).toBe(
      'Trin 1, uge: skal være et helt antal uger mellem 0 og 520, men er 600',
    );
    expect(shownMessage('da', { path: 'x', message: 'x something new' }, 'x')).toEqual({ text: 'something new', lang: 'en', char: null });
    expect(shownMessage('en', { path: 'x', message: 'x must be a number, got "a"' }, 'x').text).toBe('must be a number, got "a"');
  });
});
