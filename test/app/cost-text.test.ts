import { describe, expect, it } from 'vitest';
import { advisorsHelp } from '../../src/app/advisors-help.ts';
import { measuresNote, paybackText, placementResponseOff, reportCostNote, signedMillions, staffingNote } from '../../src/app/cost-text.ts';
import { presetControls } from '../../src/app/link.ts';
import { todayOfControls } from '../../src/app/scenario-of.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';

const today = parseScenarioOrThrow(loadPreset('status-quo'));

describe('the assumptions under the cost cards', () => {
  it('name each price with its source or the word assumption, in Danish and English', () => {
    expect(staffingNote('da', today)).toBe('Antagelser: 625.000 kr. pr. årsværk om året og 312.500 kr. pr. besat stilling.');
    const da = measuresNote('da', today);
    expect(da).toContain('470.000 kr. i plejefamilie og 1.160.000 kr. på institution pr. barn om året (Benchmarkingenheden 2019)');
    expect(da).toContain('Forebyggende foranstaltninger: 135.000 kr. pr. barn om året (antagelse).');
    expect(da).toContain('er en antagelse');
    const en = measuresNote('en', today);
    expect(en).toContain('DKK 470,000 in foster care');
    expect(en).toContain('(assumption)');
    expect(reportCostNote('en', today)).toMatch(/^Spending: DKK 625,000 per FTE and DKK 312,500 per post filled \(assumptions\); .*Benchmarkingenheden 2019.*\(assumption\)\. That fewer cases/);
  });

  it('say so when caseload does not change placements', () => {
    const off = parseScenarioOrThrow({ ...loadPreset('status-quo'), outcomes: { placementResponse: '1' } });
    expect(placementResponseOff(off)).toBe(true);
    expect(placementResponseOff(today)).toBe(false);
    expect(measuresNote('da', off)).toContain('Sagstallet påvirker ikke anbringelserne i dette scenarie.');
  });
});

describe('signedMillions(lang, dkk)', () => {
  it('writes a change with its sign, and ± for what rounds to nothing', () => {
    expect(signedMillions('da', 10_400_000)).toBe('+10,4 mio. kr.');
    expect(signedMillions('en', -1_600_000)).toBe('−DKK 1.6 m');
    expect(signedMillions('da', 20_000)).toBe('±0,0 mio. kr.');
    expect(signedMillions('da', Number.NaN)).toBe('–');
  });
});

describe('paybackText(lang, payback, options)', () => {
  const options = { pairs: 40, horizonWeeks: 104, against: 'i dag', responseOff: false };

  it('names the year and how many runs pay back, and that the savings are an assumption', () => {
    expect(paybackText('da', { kind: 'year', year: 2, share: 0.75 }, options)).toEqual({
      head: 'Betaler sig selv i år 2',
      body: 'Da har besparelserne på foranstaltninger indhentet de ekstra udgifter til rådgivere; det sker inden for 2 år i 30 af 40 kørsler. Besparelserne bygger på en antagelse.',
    });
  });

  it('says "not within the horizon", and why when the mechanism is off', () => {
    expect(paybackText('en', { kind: 'never', share: 0.1 }, { ...options, horizonWeeks: 260, responseOff: true })).toEqual({
      head: 'Does not pay for itself within 5 years',
      body: 'Savings on measures do not catch up with the added cost of advisors; that happens in only 4 of 40 runs. Savings on placements are switched off (the effect of caseload on placements is set to 1).',
    });
  });

  it('says there is nothing to pay back when no staff cost is added', () => {
    expect(paybackText('da', { kind: 'noAddedCost' }, options)).toEqual({
      head: '',
      body: 'Scenariet bruger ikke flere penge på rådgivere end i dag, så der er ingen merudgift at tjene hjem.',
    });
  });
});

describe('advisorsHelp(lang, controls)', () => {
  const base = presetControls('status-quo');
  const T = todayOfControls(base).fte;

  it('says how the difference from today arrives: hired, removed or already in post', () => {
    expect(advisorsHelp('da', base)).toBe('Som i dag');
    expect(advisorsHelp('da', { ...base, fte: T + 10 })).toBe(
      `+10 i forhold til i dag (${T} årsværk). Nye stillinger besættes efter ca. 3 måneder; de nye arbejder med 50\u00a0% kapacitet de første 6 måneder.`,
    );
    expect(advisorsHelp('en', { ...base, fte: T - 2.5 })).toBe(`−2.5 compared with today (${T} FTE). The posts are removed at the start.`);
    expect(advisorsHelp('en', { ...base, fte: T + 10, inPost: true })).toBe(`+10 compared with today (${T} FTE). All at work from the start (no recruitment).`);
  });
});
