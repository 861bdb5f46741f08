import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/app/link.ts';
import { comparisonInput, scenarioInput } from '../../src/app/scenario-of.ts';
import { bandsNote, uncertaintyOn, withUncertainty } from '../../src/app/uncertainty-switch.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { setPath } from '../../src/scenario/set-path.ts';

const statusQuo = parseScenarioOrThrow(loadPreset('status-quo'));
const drawn = parseScenarioOrThrow(setPath(loadPreset('status-quo'), 'uncertainty.draw', true));

describe('the uncertainty switch', () => {
  it('is the scenario path uncertainty.draw, which the link carries and the scenario takes', () => {
    const { state } = decodeLink('?preset=status-quo');
    expect(uncertaintyOn(state.controls.edits)).toBe(false);
    const on = { ...state, controls: { ...state.controls, edits: withUncertainty(state.controls.edits, true) } };
    expect(encodeLink(on)).toContain('&uncertainty.draw=true&');
    const reopened = decodeLink(encodeLink(on));
    expect(reopened.problems).toEqual([]);
    expect(uncertaintyOn(reopened.state.controls.edits)).toBe(true);
    expect(parseScenarioOrThrow(scenarioInput(reopened.state.controls)).uncertainty.draw).toBe(true);
    // Off leaves the path out: the default, and the link as it was.
    expect(encodeLink({ ...on, controls: { ...on.controls, edits: withUncertainty(on.controls.edits, false) } })).toBe(encodeLink(state));
  });

  it('draws in "today" too, so the cards compare like with like (a scenario equal to today shows no change)', () => {
    const { state } = decodeLink('?preset=status-quo');
    const on = { ...state.controls, edits: withUncertainty(state.controls.edits, true) };
    expect(parseScenarioOrThrow(comparisonInput(on)).uncertainty.draw).toBe(true);
    expect(parseScenarioOrThrow(comparisonInput(state.controls)).uncertainty.draw).toBe(false);
  });

  it('keeps the other edits, and sets the path once however often it is switched on', () => {
    const edits = [{ path: 'advisors.productiveShare', value: 0.65 }];
    expect(withUncertainty(withUncertainty(edits, true), true)).toEqual([...edits, { path: 'uncertainty.draw', value: true }]);
    expect(withUncertainty([{ path: 'uncertainty.draw', value: true }, ...edits], false)).toEqual(edits);
    expect(uncertaintyOn([{ path: 'uncertainty.draw', value: false }])).toBe(false);
  });
});

describe('bandsNote(lang, scenario)', () => {
  it('off: chance alone, each fixed assumption with its value and range', () => {
    expect(bandsNote('da', statusQuo)).toBe(
      'Båndene viser tilfældig variation; antagelserne er faste: andel af tiden til sagerne 70\u00a0% (spænd 60–80\u00a0%); tid pr. opgave ×1 (spænd ×0,8–1,25); ' +
        'fejlkurvens stejlhed 1,5 (spænd 1–2,5); sagstallets virkning på anbringelser 0,15 (spænd 0–0,3).',
    );
  });

  it('on: the bands include the assumption ranges', () => {
    expect(bandsNote('en', drawn)).toBe(
      'The bands show random variation and the uncertainty about the assumptions: every run draws share of time for casework 60–80%; time per task ×0.8–1.25; ' +
        'steepness of the error curve 1–2.5; effect of caseload on placements 0–0.3.',
    );
  });

  it('says so when a scenario lists no uncertain assumptions', () => {
    expect(bandsNote('da', { ...statusQuo, uncertainty: { draw: false, assumptions: [] } })).toBe('Båndene viser tilfældig variation; scenariet har ingen usikre antagelser.');
  });
});
