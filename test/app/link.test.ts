import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlsKey, decodeLink, encodeLink, MAX_LINK_LENGTH, presetControls, type LinkState } from '../../src/app/link.ts';
import { comparisonInput, scenarioInput, sweepInputs, todayOfControls } from '../../src/app/scenario-of.ts';
import { scenarioKey } from '../../src/experiment/cache.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { MODEL_VERSION } from '../../src/model/version.ts';
import { parseScenario, parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { pollutionSince, prototypeSnapshot } from '../support/prototypes.ts';

const names = (search: string) => decodeLink(search).problems.map((p) => p.name);
/** Today's posts, as the status-quo preset has them. */
const TODAY_FTE = parseScenarioOrThrow(loadPreset('status-quo')).advisors.fte;

describe('links', () => {
  it('start from today when the link is empty', () => {
    const { state, problems, version } = decodeLink('');
    expect(problems).toEqual([]);
    expect(version).toBeNull();
    expect(state).toEqual({
      controls: { preset: 'status-quo', intakePercent: 0, fte: TODAY_FTE, inPost: false, caseCap: 50, horizonWeeks: 104, seed: 1, edits: [], compare: 'status-quo' },
      lang: 'da',
    });
  });

  it('are short: the preset, what differs from it, the seed and the model version', () => {
    const state = decodeLink('?preset=herning-model&fte=50&years=3&lang=en').state;
    expect(state.controls).toMatchObject({ preset: 'herning-model', intakePercent: 0, fte: 50, caseCap: 25, horizonWeeks: 156 });
    expect(encodeLink(state)).toBe(`?preset=herning-model&fte=50&years=3&seed=1&lang=en&v=${MODEL_VERSION}`);
    expect(encodeLink(decodeLink('?preset=intake-plus-25').state)).toBe(`?preset=intake-plus-25&seed=1&v=${MODEL_VERSION}`);
  });

  it('carry any other parameter by its path', () => {
    const { state, problems } = decodeLink('?advisors.productiveShare=0.65&caseTypes.investigation.arrivalsPerWeek=12&documentation.errorCurve=s%5E2');
    expect(problems).toEqual([]);
    const s = parseScenarioOrThrow(scenarioInput(state.controls));
    expect(s.advisors.productiveShare).toBe(0.65);
    expect(s.caseTypes[0]?.arrivalsPerWeek).toBe(12);
    expect(s.documentation.errorCurve).toBe('s^2');
    expect(decodeLink(encodeLink(state)).state).toEqual(state);
  });

  it('name each bad part, ignore it, and keep everything else', () => {
    const { state, problems } = decodeLink('?preset=nowhere&fte=abc&cap=9999&intake=&years=2&lang=fr&colour=red&advisors.fte=3&seed=1.5');
    expect(problems.map((p) => p.name)).toEqual(['preset', 'intake', 'fte', 'cap', 'seed', 'lang', 'colour', 'advisors.fte']);
    expect(problems.find((p) => p.name === 'fte')).toEqual({ name: 'fte', value: 'abc', reason: { kind: 'number', min: 0.5, max: 5000 } });
    expect(problems.find((p) => p.name === 'advisors.fte')?.reason).toEqual({ kind: 'alias', use: 'fte' });
    expect(state.controls).toMatchObject({ horizonWeeks: 104, fte: TODAY_FTE, caseCap: 50, seed: 1 });
    expect(state.lang).toBe('da');
  });

  it('accept the horizon in weeks as well as in years, and write it in years', () => {
    const { state, problems } = decodeLink('?horizon=156&fte=41');
    expect(problems).toEqual([]);
    expect(state.controls).toMatchObject({ horizonWeeks: 156, fte: 41 });
    expect(encodeLink(state)).toBe(`?preset=status-quo&fte=41&years=3&seed=1&v=${MODEL_VERSION}`);
    expect(names('?horizon=1.5')).toEqual(['horizon']);
    expect(names('?horizon=0')).toEqual(['horizon']);
  });

  it('refuse absurd sizes, bad scenario values and work over the bound', () => {
    expect(names('?fte=1e308')).toEqual(['fte']);
    const bad = decodeLink('?advisors.productiveShare=7&advisors.hoursPerWeek=35');
    expect(bad.problems).toEqual([
      { name: 'advisors.productiveShare', value: '7', reason: { kind: 'scenario', message: 'advisors.productiveShare must be between 0.05 and 1, got 7' } },
    ]);
    expect(bad.state.controls.edits).toEqual([{ path: 'advisors.hoursPerWeek', value: 35 }]);
    const heavy = decodeLink('?fte=400&years=10&simulation.replications=2000');
    expect(heavy.problems[0]?.name).toBe('simulation.replications');
    expect(heavy.problems[0]?.reason.kind === 'scenario' && heavy.problems[0].reason.message).toMatch(/over the limit/);
    expect(names('?advisors..fte=3')).toEqual(['advisors..fte']);
  });

  it('survive malformed escapes, markup and very long links', () => {
    expect(() => decodeLink('?fte=%E0%A4%A&cap=%')).not.toThrow();
    const markup = decodeLink(`?${encodeURIComponent('<img src=x onerror=alert(1)>')}=1&preset=<script>`);
    expect(markup.problems.map((p) => p.name)).toEqual(['preset', '<img src=x onerror=alert(1)>']);
    const long = decodeLink(`?fte=31&x=${'a'.repeat(MAX_LINK_LENGTH)}`);
    expect(long.problems[0]?.reason.kind).toBe('tooLong');
    expect(long.state.controls.fte).toBe(31);
  });

  it('report a path through __proto__, constructor or prototype, and never apply it', () => {
    const before = prototypeSnapshot();
    const hostile = ['__proto__.polluted', '__proto__.kind', 'caseTypes.investigation.__proto__.x', 'constructor.prototype.polluted', 'advisors.prototype'];
    const query = [...hostile.map((name) => `${name}=1`), '%5F%5Fproto%5F%5F.toString=1', 'advisors.productiveShare=0.6'].join('&');
    const { state, problems } = decodeLink(`?${query}`);
    expect(problems.map((p) => p.name)).toEqual([...hostile, '__proto__.toString']);
    for (const p of problems) {
      expect(p.reason).toEqual({ kind: 'scenario', message: expect.stringMatching(/ is refused: (__proto__|constructor|prototype) can never be a field or an id$/) });
      expect(p.reason.kind === 'scenario' && p.reason.message.startsWith(`${p.name} `)).toBe(true);
    }
    expect(state.controls.edits).toEqual([{ path: 'advisors.productiveShare', value: 0.6 }]);
    parseScenarioOrThrow(scenarioInput(state.controls));
    expect(pollutionSince(before)).toEqual([]);
  });

  it('name the nearest case type or task for an unknown id', () => {
    const { state, problems } = decodeLink('?caseTypes.investigaton.arrivalsPerWeek=12&caseTypes.placement.tasks.plann.hours=3&fte=31');
    expect(problems.map((p) => (p.reason.kind === 'scenario' ? p.reason.message : p.reason.kind))).toEqual([
      'caseTypes.investigaton names no case type; did you mean investigation? (new case types are added in a scenario file, not by --set or a link)',
      'caseTypes.placement.tasks.plann names no task of placement; did you mean plan? (new tasks are added in a scenario file, not by --set or a link)',
    ]);
    expect(state.controls).toMatchObject({ fte: 31, edits: [] });
  });

  it('refuse a path under a big control, which the control would silently overwrite, and carry the growth\'s shape by path', () => {
    expect(decodeLink('?intake.growth.percent=10&intake.growth={"kind":"step"}').problems.map((p) => p.reason)).toEqual([
      { kind: 'alias', use: 'intake' },
      { kind: 'alias', use: 'intake' },
    ]);
    const { state, problems } = decodeLink('?intake=20&intake.growth.kind=step&intake.growth.startWeek=10');
    expect(problems).toEqual([]);
    expect(parseScenarioOrThrow(scenarioInput(state.controls)).intake.growth).toMatchObject({ kind: 'step', percent: 20, startWeek: 10 });
    expect(decodeLink(encodeLink(state)).state).toEqual(state);
  });

  it('merge one key of a map: the 8 % placement share survives next.preventive', () => {
    const { state, problems } = decodeLink('?caseTypes.investigation.next.preventive=0.4');
    expect(problems).toEqual([]);
    expect(parseScenarioOrThrow(scenarioInput(state.controls)).caseTypes[0]?.next).toEqual({ preventive: 0.4, placement: 0.08 });
  });

  it('never change a built-in prototype, whatever names a link holds', () => {
    const segment = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.constantFrom('advisors', 'fte', 'caseTypes', 'investigation', 'tasks', 'bfu', 'next', 'preventive', 'polluted', 'kind', 'toString', 'valueOf', 'length'),
      fc.string({ maxLength: 3 }),
    );
    const name = fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => s.join('.'));
    // Percent-encoded as a browser would, or every character escaped (%5F%5Fproto%5F%5F), or raw.
    const everyChar = (text: string) => [...new TextEncoder().encode(text)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    const encoded = fc.tuple(name, fc.constantFrom(encodeURIComponent, everyChar, (t: string) => t)).map(([n, encode]) => ({ name: n, text: encode(n) }));
    const value = fc.constantFrom('1', 'list', 'null', '{"polluted":1}', '{"__proto__":{"polluted":1}}', '[1]', '0.5');
    const pairs = fc.array(fc.tuple(encoded, value), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(pairs, (ps) => {
        const before = prototypeSnapshot();
        const decoded = decodeLink(`?${ps.map(([n, v]) => `${n.text}=${encodeURIComponent(v)}`).join('&')}`);
        const input = scenarioInput(decoded.state.controls);
        expect(parseScenario(input).ok).toBe(true);
        const refused = (path: string) => path.split('.').some((s) => ['__proto__', 'constructor', 'prototype'].includes(s));
        expect(decoded.state.controls.edits.filter((e) => refused(e.path))).toEqual([]);
        for (const [n] of ps) {
          // A raw name may have been mangled by URL decoding; the percent-encoded ones arrive intact.
          if (n.text !== n.name && refused(n.name) && n.name.includes('.')) {
            expect(decoded.problems.map((p) => p.name)).toContain(n.name);
          }
        }
        expect(pollutionSince(before)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never throw and always give a valid scenario, whatever the query string', () => {
    const key = fc.constantFrom(
      'preset', 'fte', 'inpost', 'cap', 'intake', 'years', 'seed', 'lang', 'v', 'advisors.productiveShare', 'caseTypes.placement.urgentShare',
      'documentation.errorCurve', 'advisors.hiring', 'simulation.warmupFte', 'simulation.warmupCaseCap', 'x', 'caseTypes..a', '__proto__', 'constructor.prototype',
    );
    const value = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.constantFrom('1e308', '-0', 'NaN', '%', '%E0', '<b>', 'null', '[]', '{}', 's^2', 'status-quo', '1', '40', '[{"week":0,"fte":3}]', '[{"week":-1,"fte":3}]', '[1]'),
    );
    const query = fc.oneof(
      fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
      fc.string({ maxLength: 300 }),
    );
    fc.assert(
      fc.property(query, (q) => {
        const decoded = decodeLink(`?${q}`);
        const parsed = parseScenario(scenarioInput(decoded.state.controls));
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
        for (const p of decoded.problems) expect(typeof p.name).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('round-trip every valid state', () => {
    const state = fc.record({
      controls: fc.record({
        preset: fc.constantFrom('status-quo' as const, 'intake-plus-25' as const, 'herning-model' as const),
        intakePercent: fc.integer({ min: -90, max: 300 }),
        fte: fc.integer({ min: 1, max: 10_000 }).map((x) => x / 2),
        inPost: fc.boolean(),
        caseCap: fc.integer({ min: 1, max: 500 }),
        horizonWeeks: fc.integer({ min: 1, max: 520 }),
        seed: fc.integer({ min: 0, max: 4_294_967_295 }),
        edits: fc
          .constantFrom(
            [],
            [{ path: 'advisors.productiveShare', value: 0.6 }],
            [{ path: 'documentation.errorCurve', value: 's ^ 3' }],
            [{ path: 'advisors.hiring', value: [{ week: 26, fte: 2 }] }],
          )
          .map((edits) => edits.map((e) => ({ ...e }))),
        compare: fc.constantFrom('status-quo' as const, 'intake-plus-25' as const, 'herning-model' as const),
      }),
      lang: fc.constantFrom('da' as const, 'en' as const),
    });
    fc.assert(
      fc.property(state, (s: LinkState) => {
        const decoded = decodeLink(encodeLink(s));
        expect(decoded.problems).toEqual([]);
        expect(controlsKey(decoded.state.controls)).toBe(controlsKey(s.controls));
        expect(decoded.state.lang).toBe(s.lang);
      }),
      { numRuns: 200 },
    );
  });
});

describe('controls to scenarios', () => {
  it('ramp intake in over half a year and keep the preset’s other values', () => {
    const s = parseScenarioOrThrow(scenarioInput({ ...presetControls('status-quo'), intakePercent: 10, fte: 32, caseCap: 40, horizonWeeks: 52, seed: 9 }));
    expect(s.intake.growth).toEqual({ kind: 'ramp', percent: 10, startWeek: 0, rampWeeks: 26 });
    expect([s.advisors.caseCap, s.simulation.horizonWeeks, s.simulation.seed]).toEqual([40, 52, 9]);
    expect(s.caseTypes).toHaveLength(3);
    expect(parseScenarioOrThrow(scenarioInput(presetControls('status-quo'))).intake.growth.kind).toBe('none');
  });

  it('compare against today, or the chosen preset, over the same horizon and with the same seed', () => {
    const c = parseScenarioOrThrow(comparisonInput({ ...presetControls('herning-model'), horizonWeeks: 260, seed: 4 }));
    expect(c).toEqual(parseScenarioOrThrow({ ...loadPreset('status-quo'), simulation: { ...loadPreset('status-quo').simulation, horizonWeeks: 260, seed: 4 } }));
    // The comparison is the preset as it is, its own hiring plan and all.
    const h = parseScenarioOrThrow(comparisonInput({ ...presetControls('status-quo'), compare: 'herning-model' }));
    expect(h).toEqual(parseScenarioOrThrow(loadPreset('herning-model')));
    const link = decodeLink('?compare=herning-model&fte=40');
    expect(link.state.controls.compare).toBe('herning-model');
    expect(encodeLink(link.state)).toContain('compare=herning-model');
    expect(names('?compare=tomorrow')).toEqual(['compare']);
  });

  it('sweep caseloads by headcount alone, with the cap out of the way', () => {
    const points = sweepInputs(presetControls('status-quo'), 1300);
    expect(points.map((p) => p.caseload)).toEqual([15, 20, 25, 30, 35, 40, 45, 50, 55, 60]);
    for (const { caseload, input } of points) {
      const s = parseScenarioOrThrow(input);
      expect(s.advisors.caseCap).toBe(500);
      expect(1300 / s.advisors.fte).toBeCloseTo(caseload, 0);
    }
  });
});

describe('the advisors control: the headcount decided on', () => {
  const today = presetControls('status-quo');
  const parsed = (c: LinkState['controls']) => parseScenarioOrThrow(scenarioInput(c));
  const staffing = (s: Scenario) => ({
    fte: s.advisors.fte,
    hiring: s.advisors.hiring,
    caseCap: s.advisors.caseCap,
    warmupFte: s.simulation.warmupFte,
    warmupCaseCap: s.simulation.warmupCaseCap,
  });

  it('hires the difference from today at week 0 by default, today running the warm-up', () => {
    const T = TODAY_FTE;
    expect(staffing(parsed({ ...today, fte: T + 10, caseCap: 30 }))).toEqual({ fte: T, hiring: [{ week: 0, fte: 10 }], caseCap: 30, warmupFte: T, warmupCaseCap: 50 });
    expect(staffing(parsed({ ...today, fte: T - 3.5 }))).toEqual({ fte: T, hiring: [{ week: 0, fte: -3.5 }], caseCap: 50, warmupFte: T, warmupCaseCap: 50 });
    expect(staffing(parsed(today)).hiring).toEqual([]);
  });

  it('puts the whole headcount in post from week 0 with "already in post"', () => {
    expect(staffing(parsed({ ...today, fte: 45, caseCap: 30, inPost: true }))).toEqual({ fte: 45, hiring: [], caseCap: 30, warmupFte: TODAY_FTE, warmupCaseCap: 50 });
  });

  it('reads a preset’s week-0 hiring as its headcount, and reproduces the preset exactly', () => {
    // Herning: today's posts at week 0 and the rest hired then; the control shows the sum.
    const herning = parseScenarioOrThrow(loadPreset('herning-model'));
    const decided = herning.advisors.fte + herning.advisors.hiring.filter((s) => s.week === 0).reduce((sum, s) => sum + s.fte, 0);
    expect(decided).toBeGreaterThan(herning.advisors.fte);
    expect(presetControls('herning-model')).toMatchObject({ fte: decided, caseCap: 25, inPost: false });
    expect(todayOfControls(presetControls('herning-model'))).toEqual({ fte: herning.advisors.fte, caseCap: 50 });
    for (const preset of ['status-quo', 'intake-plus-25', 'herning-model'] as const) {
      const fromControls = parsed(presetControls(preset));
      expect(scenarioKey(fromControls)).toBe(scenarioKey(parseScenarioOrThrow(loadPreset(preset))));
    }
    // Today set by the controls is today's preset: the page runs it once.
    expect(scenarioKey(parsed(today))).toBe(scenarioKey(parseScenarioOrThrow(comparisonInput(today))));
    expect(staffing(parsed({ ...presetControls('herning-model'), inPost: true }))).toEqual({ fte: decided, hiring: [], caseCap: 25, warmupFte: herning.advisors.fte, warmupCaseCap: 50 });
  });

  it('keeps a link’s hiring plan, on top of the decision', () => {
    const plan = [{ week: 52, fte: 5 }];
    const { state, problems } = decodeLink(`?fte=${TODAY_FTE + 5}&advisors.hiring=${encodeURIComponent(JSON.stringify(plan))}`);
    expect(problems).toEqual([]);
    expect(staffing(parsed(state.controls)).hiring).toEqual([{ week: 0, fte: 5 }, ...plan]);
    expect(staffing(parsed({ ...state.controls, inPost: true }))).toMatchObject({ fte: TODAY_FTE + 5, hiring: plan });
    expect(decodeLink(encodeLink(state)).state).toEqual(state);
    // A step at week 0 in the link is hired as well as the control's.
    const atStart = decodeLink(`?fte=${TODAY_FTE + 5}&advisors.hiring=${encodeURIComponent('[{"week":0,"fte":2}]')}`);
    expect(staffing(parsed(atStart.state.controls)).hiring).toEqual([{ week: 0, fte: 5 }, { week: 0, fte: 2 }]);
    expect(names('?advisors.hiring=%5B%7B%22week%22%3A-1%2C%22fte%22%3A2%7D%5D')).toEqual(['advisors.hiring']);
    // A plan that is no plan is named and left out, whatever the headcount and the option.
    for (const query of ['advisors.hiring=null', 'advisors.hiring=5', 'fte=50&advisors.hiring=null', 'fte=50&inpost=1&advisors.hiring=%7B%7D']) {
      const bad = decodeLink(`?${query}`);
      expect(bad.problems.map((p) => p.name), query).toEqual(['advisors.hiring']);
      expect(bad.state.controls.edits).toEqual([]);
    }
  });

  it('keeps "already in post" in the link as inpost=1, and a link without it hires', () => {
    expect(decodeLink('?fte=45').state.controls.inPost).toBe(false);
    const inPost = decodeLink('?fte=45&inpost=1');
    expect(inPost.problems).toEqual([]);
    expect(inPost.state.controls.inPost).toBe(true);
    expect(encodeLink(inPost.state)).toBe(`?preset=status-quo&fte=45&inpost=1&seed=1&v=${MODEL_VERSION}`);
    expect(decodeLink('?inpost=0').state.controls.inPost).toBe(false);
    expect(encodeLink(decodeLink('?inpost=0').state)).not.toContain('inpost');
    expect(decodeLink('?inpost=yes').problems).toEqual([{ name: 'inpost', value: 'yes', reason: { kind: 'choice', names: ['0', '1'] } }]);
    expect(controlsKey(inPost.state.controls)).not.toBe(controlsKey(decodeLink('?fte=45').state.controls));
  });

  it('round-trips the option with any headcount and preset', () => {
    const state = fc.record({
      preset: fc.constantFrom('status-quo' as const, 'intake-plus-25' as const, 'herning-model' as const),
      fte: fc.integer({ min: 1, max: 400 }).map((x) => x / 2),
      inPost: fc.boolean(),
    });
    fc.assert(
      fc.property(state, ({ preset, fte, inPost }) => {
        const s: LinkState = { controls: { ...presetControls(preset), fte, inPost }, lang: 'da' };
        const decoded = decodeLink(encodeLink(s));
        expect(decoded.problems).toEqual([]);
        expect(decoded.state).toEqual(s);
        // Either way the department has the decided headcount once the hires are in.
        const scenario = parsed(decoded.state.controls);
        expect(scenario.advisors.fte + scenario.advisors.hiring.reduce((sum, step) => sum + step.fte, 0)).toBeCloseTo(fte, 9);
      }),
      { numRuns: 100 },
    );
  });
});
