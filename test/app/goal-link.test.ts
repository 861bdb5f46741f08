import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget } from '../../src/experiment/targets.ts';
import { decodeGoal, encodeGoal, isGoalParam } from '../../src/app/goal-link.ts';
import { DEFAULT_GOAL, GOAL_METRICS, shownValue, valueFromField, type GoalState } from '../../src/app/goal-targets.ts';
import { decodeLink, encodeLink, presetControls, type LinkProblem, type LinkState } from '../../src/app/link.ts';
import { MODEL_VERSION } from '../../src/model/version.ts';
import { pollutionSince, prototypeSnapshot } from '../support/prototypes.ts';

const PRESET_QUERY = 'max.caseloadEnd=30&max.investigationsLateShareLastYear=0.1&max.waitingListEnd=10&probability=0.8';
const today = (goal?: GoalState): LinkState => ({ controls: presetControls('status-quo'), lang: 'da', ...(goal ? { goal } : {}) });

describe('goal links', () => {
  it('carry no question until one is asked, so the plain link is unchanged', () => {
    const { state, problems } = decodeLink('?preset=status-quo');
    expect(problems).toEqual([]);
    expect(state.goal).toBeUndefined();
    expect(encodeLink(state)).toBe(`?preset=status-quo&seed=1&v=${MODEL_VERSION}`);
  });

  it('write the preset targets readably: one max./min. parameter per target, shares as fractions', () => {
    expect(encodeLink(today(DEFAULT_GOAL))).toBe(`?preset=status-quo&seed=1&${PRESET_QUERY}&v=${MODEL_VERSION}`);
    const decoded = decodeLink(`?${PRESET_QUERY}`);
    expect(decoded.problems).toEqual([]);
    expect(decoded.state.goal).toEqual(DEFAULT_GOAL);
    // The same targets as the command line writes them (`sagstal solve --target …`).
    expect(decoded.state.goal?.targets.map(formatTarget)).toEqual(['caseloadEnd<=30', 'investigationsLateShareLastYear<=0.1', 'waitingListEnd<=10']);
  });

  it('read at least (min.), a share as a percent, the week posts are created, and keep repeats in order', () => {
    const { state, problems } = decodeLink('?min.caseload=5&max.childrenLetDownShareLastYear=15%25&max.caseloadEnd=25&max.caseloadEnd=28&probability=0.9&fromweek=26');
    expect(problems).toEqual([]);
    expect(state.goal).toEqual({
      targets: [
        { metric: 'caseload', op: '>=', value: 5 },
        { metric: 'childrenLetDownShareLastYear', op: '<=', value: 0.15 },
        { metric: 'caseloadEnd', op: '<=', value: 25 },
        { metric: 'caseloadEnd', op: '<=', value: 28 },
      ],
      probability: 0.9,
      fromWeek: 26,
    });
    expect(decodeLink(encodeLink(state)).state.goal).toEqual(state.goal);
  });

  it('name each bad part, ignore it and keep the rest', () => {
    const { state, problems } = decodeLink('?years=1&max.caseloadEnd=abc&max.nosuch=3&max.waitingListEnd=10&min.caseloadEnd=30%25&probability=1.5&fromweek=52&max.auditedFileErrorShare=2');
    expect(problems.map((p) => [p.name, p.value, p.reason.kind])).toEqual([
      ['max.caseloadEnd', 'abc', 'number'],
      ['max.nosuch', '3', 'choice'],
      ['min.caseloadEnd', '30%', 'number'],
      ['probability', '1.5', 'number'],
      ['fromweek', '52', 'number'],
      ['max.auditedFileErrorShare', '2', 'number'],
    ]);
    expect(problems.find((p) => p.name === 'max.nosuch')?.reason).toEqual({ kind: 'choice', names: GOAL_METRICS.map((m) => `max.${m}`) });
    // One year: posts may be created in weeks 0–51.
    expect(problems.find((p) => p.name === 'fromweek')?.reason).toEqual({ kind: 'number', min: 0, max: 51 });
    expect(state.goal).toEqual({ targets: [{ metric: 'waitingListEnd', op: '<=', value: 10 }], probability: 0.8, fromWeek: 0 });
    expect(state.controls.horizonWeeks).toBe(52);
  });

  it('ask the preset targets when every target in the link is bad', () => {
    const { state, problems } = decodeLink('?max.caseloadEnd=-1&probability=0.5');
    expect(problems.map((p) => p.name)).toEqual(['max.caseloadEnd']);
    expect(state.goal).toEqual({ ...DEFAULT_GOAL, probability: 0.5 });
  });

  it('refuse hostile names without touching a prototype, and never treat them as scenario paths', () => {
    const before = prototypeSnapshot();
    const { state, problems } = decodeLink('?max.__proto__=1&min.constructor=2&max.toString=3');
    expect(problems.map((p) => [p.name, p.reason.kind])).toEqual([
      ['max.__proto__', 'choice'],
      ['min.constructor', 'choice'],
      ['max.toString', 'choice'],
    ]);
    expect(state.controls.edits).toEqual([]);
    expect(pollutionSince(before)).toEqual([]);
  });

  it('round-trip every question the panel can ask', () => {
    const target = fc.constantFrom(...GOAL_METRICS).chain((metric) =>
      fc.record({
        metric: fc.constant(metric),
        op: fc.constantFrom('<=' as const, '>=' as const),
        // As typed in the field: whole numbers, shares in whole percent.
        value: fc.integer({ min: 0, max: metric.endsWith('Share') || metric.endsWith('ShareLastYear') ? 100 : 500 }).map((x) => valueFromField(metric, x)),
      }),
    );
    const goal = fc.record({
      targets: fc.array(target, { minLength: 1, maxLength: 8 }),
      probability: fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
      fromWeek: fc.integer({ min: 0, max: 103 }),
    });
    // Through the goal's own codec and a real query string (decodeLink itself parses a scenario, so it is run a few times only).
    fc.assert(
      fc.property(goal, (g) => {
        const params = new URLSearchParams();
        encodeGoal(g, params);
        const problems: LinkProblem[] = [];
        expect(decodeGoal([...new URLSearchParams(params.toString())], 104, problems)).toEqual(g);
        expect(problems).toEqual([]);
        for (const t of g.targets) expect(parseTarget(formatTarget(t))).toEqual(t);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(goal, (g) => {
        const decoded = decodeLink(encodeLink(today(g)));
        expect(decoded.problems).toEqual([]);
        expect(decoded.state.goal).toEqual(g);
      }),
      { numRuns: 15 },
    );
  });
});

describe('decodeGoal(entries, horizonWeeks, problems)', () => {
  it('reads only its own parameters', () => {
    expect(['probability', 'fromweek', 'max.caseloadEnd', 'min.x'].every(isGoalParam)).toBe(true);
    expect(['maximum', 'max', 'advisors.fte', 'fte'].some(isGoalParam)).toBe(false);
    expect(decodeGoal([['fte', '40']], 104, [])).toBeUndefined();
  });
});

describe('target fields', () => {
  it('show shares in percent and read them back exactly', () => {
    expect(shownValue({ metric: 'investigationsLateShareLastYear', op: '<=', value: 0.1 })).toBe(10);
    expect(valueFromField('investigationsLateShareLastYear', 30)).toBe(0.3);
    expect(valueFromField('investigationsLateShareLastYear', 7)).toBe(0.07);
    expect(shownValue({ metric: 'caseloadEnd', op: '<=', value: 30 })).toBe(30);
    expect(valueFromField('waitDays', 45)).toBe(45);
  });
});
