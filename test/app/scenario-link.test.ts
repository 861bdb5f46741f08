/**
 * A whole scenario in a link's fragment: it comes back exactly (properties over fresh seeds),
 * and whatever a hostile fragment holds is bounded, named, never applied to a prototype, and
 * the rest kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, presetControls } from '../../src/app/link.ts';
import { problemLines } from '../../src/app/problems.ts';
import { controlsFromScenario, minimalInput } from '../../src/app/scenario-file.ts';
import { decodeFragment, decodeScenario, encodeScenario, MAX_ENCODED_LENGTH, MAX_JSON_LENGTH } from '../../src/app/scenario-link.ts';
import { scenarioInput } from '../../src/app/scenario-of.ts';
import { scenarioKey } from '../../src/experiment/cache.ts';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import type { Scenario, ScenarioInput } from '../../src/scenario/types.ts';
import { pollutionSince, prototypeSnapshot } from '../support/prototypes.ts';

const same = (s: Scenario) => JSON.parse(scenarioKey(s)) as unknown;

async function deflated(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}

/** A scenario of the user's own: today's, with two case types only, changed numbers and words in any script. */
const ownScenario = fc.record({
  title: fc.string({ maxLength: 200, unit: 'grapheme' }),
  notes: fc.array(fc.string({ maxLength: 300, unit: 'grapheme' }), { maxLength: 4 }),
  arrivals: fc.double({ min: 0.5, max: 20, noNaN: true }),
  hours: fc.double({ min: 0, max: 40, noNaN: true }),
  share: fc.double({ min: 0.05, max: 1, noNaN: true }),
  fte: fc.integer({ min: 20, max: 80 }),
});

function scenarioOf(x: typeof ownScenario extends fc.Arbitrary<infer T> ? T : never): ScenarioInput {
  const types = parseScenarioOrThrow(loadPreset('status-quo')).caseTypes.slice(0, 2);
  const [investigation, preventive] = structuredClone(types);
  if (!investigation || !preventive) throw new Error('status-quo has two case types');
  investigation.arrivalsPerWeek = x.arrivals;
  investigation.next = { preventive: 0.5 };
  preventive.next = {};
  const task = investigation.tasks[0];
  if (task) task.hours = x.hours;
  return { title: x.title, notes: x.notes as unknown as string, caseTypes: [investigation, preventive], advisors: { fte: x.fte, productiveShare: x.share } } as unknown as ScenarioInput;
}

describe('a scenario in the fragment', () => {
  it('comes back exactly, words and numbers, through the link and the controls', async () => {
    await fc.assert(
      fc.asyncProperty(ownScenario, async (x) => {
        const file = parseScenarioOrThrow(scenarioOf(x));
        const opened = await controlsFromScenario(file);
        if (!opened.ok) throw new Error(opened.messages.join('\n'));
        const link = encodeLink({ controls: opened.controls, lang: 'da' });
        const [search, hash] = link.split('#') as [string, string];
        const fragment = await decodeFragment(`#${hash}`);
        expect(fragment.problems).toEqual([]);
        const decoded = decodeLink(search, fragment.base, fragment.problems);
        expect(decoded.problems).toEqual([]);
        expect(decoded.state.controls).toEqual(opened.controls);
        const back = parseScenarioOrThrow(scenarioInput(decoded.state.controls));
        expect(same(back)).toEqual(same(file));
        expect(back.title).toBe(file.title);
        expect(back.notes).toBe(file.notes);
      }),
      { numRuns: 20 },
    );
  });

  it('is compact: today with other case types fits in a couple of kilobytes', async () => {
    const mmc = await encodeScenario(minimalInput(parseScenarioOrThrow(loadPreset('mmc-validation'))));
    expect(mmc.encoded.length).toBeLessThan(2000);
    const notes = 'x'.repeat(2_000_000);
    const long = await encodeScenario({ ...loadPreset('status-quo'), notes } as ScenarioInput);
    expect(long.encoded.length).toBeLessThanOrEqual(MAX_ENCODED_LENGTH);
  });

  it('names what is wrong with a hostile fragment and never throws', async () => {
    const reasons = async (encoded: string) => (await decodeScenario(encoded)).problems.map((p) => (p.reason.kind === 'scenario' ? p.reason.message : p.reason.kind));
    expect(await reasons('not base64!')).toEqual(['is not base64url text (letters, digits, - and _)']);
    expect((await reasons('AAAA'))[0]).toMatch(/^cannot be unpacked/);
    expect((await reasons(await deflated('{ "advisors": ')))[0]).toMatch(/^is not JSON/);
    expect(await reasons(await deflated('[1, 2]'))).toEqual(['must hold a scenario object']);
    expect(await reasons('A'.repeat(MAX_ENCODED_LENGTH + 1))).toEqual(['tooLong']);
    // A bomb: a small fragment that inflates past the bound stops there.
    const bomb = await deflated(`{"title":"${' '.repeat(MAX_JSON_LENGTH + 10)}"}`);
    expect(bomb.length).toBeLessThan(5000);
    expect((await reasons(bomb))[0]).toMatch(/more than 1000000 characters/);
    const heavy = await decodeScenario(await deflated(JSON.stringify({ simulation: { replications: 2000, horizonWeeks: 520 }, advisors: { fte: 400 } })));
    expect(heavy.base).toBeNull();
    expect(heavy.problems[0]?.reason).toMatchObject({ kind: 'scenario', message: expect.stringMatching(/over the limit/) });
    expect(await decodeFragment('#advanced')).toEqual({ base: null, problems: [] });
  });

  it('leaves out each bad field, names it, keeps the rest, and never touches a prototype', async () => {
    const before = prototypeSnapshot();
    const hostile = '{"__proto__":{"polluted":1},"title":"Vores \u202egnirts","advisors":{"productiveShare":7,"hoursPerWeek":35,"constructor":{"polluted":1}}}';
    const { base, problems } = await decodeScenario(await deflated(hostile));
    expect(pollutionSince(before)).toEqual([]);
    expect(problems.map((p) => p.name)).toEqual(['scenario: __proto__', 'scenario: advisors.constructor', 'scenario: advisors.productiveShare']);
    expect(base?.input).toEqual({ title: 'Vores \u202egnirts', advisors: { hoursPerWeek: 35 } });
    // The warning shows the bidirectional override as a code point, never applies it.
    const lines = problemLines('da', [{ name: `scenario: ${'\u202e'}x`, value: '', reason: { kind: 'scenario', message: 'y'.repeat(900) } }], null, []);
    expect(lines[0]?.text).toContain('[U+202E]');
    expect(lines[0]?.text.length).toBeLessThan(600);
    expect(lines[0]?.whole.map((w) => w.length)).toEqual([900]);
    // A list item without what it needs cannot be left out alone: the scenario is dropped, the query kept.
    const broken = await decodeScenario(await deflated('{"caseTypes":[{"id":"a"}]}'));
    expect(broken.base).toBeNull();
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(decodeLink('?fte=40', broken.base, broken.problems).state.controls).toMatchObject({ preset: 'status-quo', fte: 40 });
  });

  it('survives any text in the fragment', async () => {
    const before = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.base64String({ maxLength: 400 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, ''))), async (text) => {
        const decoded = await decodeScenario(text);
        if (decoded.base) parseScenarioOrThrow(decoded.base.input);
        else expect(decoded.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    expect(pollutionSince(before)).toEqual([]);
    expect(presetControls('status-quo').base).toBeUndefined();
  });
});
