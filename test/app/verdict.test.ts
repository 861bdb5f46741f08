import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardTone, directionOf, kindOf, NEGLIGIBLE, PRIMARY_METRICS, SATURATED_LATE_SHARE, VERDICT_METRICS, verdictOf, type VerdictMetric } from '../../src/app/verdict.ts';
import { verdictText } from '../../src/app/verdict-text.ts';
import type { Verdict } from '../../src/app/verdict.ts';
import { differenceSummary } from '../../src/experiment/summarize.ts';
import type { MetricId, ReplicationResult } from '../../src/model/metrics.ts';
import { fakeResult } from './fake-results.ts';

/** Runs 0…n−1 of a scenario whose metrics are `base` plus the run's own offsets. */
/** The verdict, which these tests always have (results on both sides). */
function verdict(results: readonly ReplicationResult[], comparison: readonly ReplicationResult[]): Verdict {
  const v = verdictOf(results, comparison);
  if (!v) throw new Error('no verdict');
  return v;
}
const metricsOf = (rs: readonly ReplicationResult[], r: number) => (rs[r] as ReplicationResult).metrics;

const runs = (n: number, metrics: (r: number) => Partial<Record<MetricId, number>>) => Array.from({ length: n }, (_, r) => fakeResult(r, metrics(r)));

/** Today as the cap-25-without-hiring figures compare with it: nobody waits, 47 cases each. */
const today = runs(10, (r) => ({ waitingListEnd: r % 3, waitDays: 0.4, caseload: 47 + r * 0.1, investigationsLateShare: 0.67, childrenLetDownShare: 0.70, auditedFileErrorShare: 0.6 }));
/** Cap 25 without hiring: 1 856 cases wait 305 days, while fewer children get a flawed decision and caseloads fall. */
const cap25 = runs(10, (r) => ({
  waitingListEnd: 1856 + r,
  waitDays: 305 + r,
  caseload: 30 + r * 0.1,
  investigationsLateShare: 0.83,
  childrenLetDownShare: 0.62,
  auditedFileErrorShare: 0.58,
}));

describe('directionOf(difference, negligible)', () => {
  it('is uncertain when the band reaches beyond the negligible amount on both sides of zero', () => {
    expect(directionOf({ p10: -3, p50: 5, p90: 12 }, 0.5)).toBe('uncertain');
    expect(directionOf({ p10: -0.2, p50: 5, p90: 12 }, 0.5)).toBe('worse');
    expect(directionOf({ p10: -12, p50: -5, p90: 0.3 }, 0.5)).toBe('better');
    expect(directionOf({ p10: -0.3, p50: 0.1, p90: 0.4 }, 0.5)).toBe('same');
    expect(directionOf({ p10: Number.NaN, p50: Number.NaN, p90: Number.NaN }, 0.5)).toBe('uncertain');
  });
});

describe('verdictOf(results, comparison)', () => {
  it('calls cap 25 without hiring worse than today, and none of its cards better', () => {
    const v = verdict(cap25, today);
    expect(v.kind).toBe('worse');
    expect(v.primaryWorse).toEqual(['waitingListEnd', 'waitDays', 'investigationsLateShare']);
    // The caseload and the error shares fall, but that is no improvement while about 1 860 wait.
    for (const id of ['caseload', 'childrenLetDownShare', 'auditedFileErrorShare'] as const) expect(cardTone(v, id)).toBe('notBetter');
    const text = verdictText('da', v, 'i dag');
    expect(text.head).toBe('Værre end i dag');
    expect(text.body).toBe(
      'Ventelisten vokser med 1.859 sager, ventetiden før en rådgiver bliver 309 dage længere og 16 procentpoint flere undersøgelser tager over 4 måneder. ' +
        'Hver rådgiver har 17 færre sager, 8 procentpoint færre børn får en mangelfuld afgørelse eller en overskredet frist og risikoen for fejl i en sag ved tilsyn falder 2 procentpoint, ' +
        'men det er ingen forbedring, når flere børn venter; udgifterne er som i dag.',
    );
    expect(text.body).not.toMatch(/bedre end|Bedre/);
    expect(verdictText('en', v, 'today').head).toBe('Worse than today');
  });

  it('calls the reverse mixed: nobody waits, but caseloads and error shares rise as more children are served', () => {
    const v = verdict(today, cap25);
    expect(v.kind).toBe('mixed');
    expect(verdictText('da', v, 'loft 25').head).toBe('Både bedre og værre end loft 25');
    expect(cardTone(v, 'waitingListEnd')).toBe('better');
    expect(cardTone(v, 'caseload')).toBe('worse');
  });

  it('calls a longer wait with fewer late investigations mixed, and keeps the cards\' own colours', () => {
    const herning = runs(10, (r) => ({ ...metricsOf(today, r), waitDays: 12, investigationsLateShare: 0.43, childrenLetDownShare: 0.5 }));
    const v = verdict(herning, today);
    expect(v.kind).toBe('mixed');
    expect(cardTone(v, 'childrenLetDownShare')).toBe('better');
    expect(cardTone(v, 'waitDays')).toBe('worse');
    expect(verdictText('da', v, 'i dag').body).toMatch(/^Ventetiden før en rådgiver bliver 12 dage længere og 24 procentpoint færre undersøgelser tager over 4 måneder\. /);
  });

  it('says "usikkert" when a band spans zero, and explains the word once', () => {
    const noisy = runs(10, (r) => ({ ...metricsOf(today, r), waitingListEnd: metricsOf(today, r).waitingListEnd + (r - 4.5) * 4 }));
    const v = verdict(noisy, today);
    expect(v.changes.find((c) => c.id === 'waitingListEnd')?.direction).toBe('uncertain');
    expect(v.kind).toBe('uncertain');
    const text = verdictText('da', v, 'i dag');
    expect(text.body).toMatch(/\(usikkert\)/);
    expect(text.note).toMatch(/^«Usikkert»: i mere end 1 af 10/);
    expect(verdictText('en', v, 'today').body).toMatch(/\(uncertain\)/);
  });

  it('is the same against itself, and null without results', () => {
    expect(verdict(today, today).kind).toBe('same');
    expect(verdictText('da', verdict(today, today), 'i dag').head).toBe('Som i dag');
    expect(verdictOf([], today)).toBeNull();
  });
});

/** One run's values of the verdict's metrics (the base), or its shifts in units of the negligible amount. */
const metricValues = fc.record(Object.fromEntries(VERDICT_METRICS.map((id) => [id, fc.double({ min: -50, max: 50, noNaN: true })])) as Record<VerdictMetric, fc.Arbitrary<number>>);

function pairedRuns(base: Record<VerdictMetric, number>[], shifts: Record<VerdictMetric, number>[]): [ReplicationResult[], ReplicationResult[]] {
  const comparison = base.map((m, r) => fakeResult(r, m));
  const results = base.map((m, r) => fakeResult(r, Object.fromEntries(VERDICT_METRICS.map((id) => [id, m[id] + (shifts[r] as Record<VerdictMetric, number>)[id] * NEGLIGIBLE[id]]))));
  return [results, comparison];
}

describe('the verdict never praises a worse waiting list or deadline (fresh seeds)', () => {
  const scenarios = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.array(metricValues, { minLength: n, maxLength: n }), fc.array(metricValues, { minLength: n, maxLength: n })));

  it('is never "better" when the waiting list, the wait or the late investigations get worse beyond noise', () => {
    fc.assert(
      fc.property(scenarios, ([base, shifts]) => {
        const [results, comparison] = pairedRuns(base, shifts);
        const v = verdict(results, comparison);
        const worseBeyondNoise = [...PRIMARY_METRICS].some((id) => differenceSummary(comparison, results, id).p10 >= NEGLIGIBLE[id]);
        if (worseBeyondNoise) expect(['worse', 'mixed']).toContain(v.kind);
        // The cards agree: under a worse verdict none is green.
        if (v.kind === 'worse') for (const id of VERDICT_METRICS) expect(cardTone(v, id)).not.toBe('better');
        if (v.kind === 'better') expect(v.changes.every((c) => c.direction !== 'worse')).toBe(true);
      }),
    );
  });

  it('turns "better" into "worse" when the two sides swap', () => {
    fc.assert(
      fc.property(scenarios, ([base, shifts]) => {
        const [results, comparison] = pairedRuns(base, shifts);
        const there = verdict(results, comparison).kind;
        const back = verdict(comparison, results).kind;
        if (there === 'better') expect(back).toBe('worse');
        if (there === 'same') expect(back).toBe('same');
      }),
    );
  });

  it('weighs the primary outcomes first: kindOf on any directions', () => {
    const direction = fc.constantFrom('better', 'worse', 'same', 'uncertain' as const);
    fc.assert(
      fc.property(fc.tuple(...VERDICT_METRICS.map(() => direction)), (directions) => {
        const changes = VERDICT_METRICS.map((id, i) => ({ id, direction: directions[i] as 'better' | 'worse' | 'same' | 'uncertain' }));
        const kind = kindOf(changes);
        const primary = changes.filter((c) => PRIMARY_METRICS.has(c.id));
        if (primary.some((c) => c.direction === 'worse')) expect(kind).toBe(primary.some((c) => c.direction === 'better') ? 'mixed' : 'worse');
        if (kind === 'better') expect(changes.some((c) => c.direction === 'worse')).toBe(false);
        if (changes.every((c) => c.direction === 'same')) expect(kind).toBe('same');
      }),
    );
  });
});

describe('deep overload', () => {
  // 17 → 21 posts at cap 53 (docs/model.md): hundreds fewer wait, while the late share, near
  // 100 % on both sides, moves by a point (model 1.4 had it rise, before the triage of 1.5).
  const fewer = runs(10, (r) => ({ waitingListEnd: 1500 + r, waitDays: 290, caseload: 70, investigationsLateShare: 0.97, childrenLetDownShare: 0.9, auditedFileErrorShare: 0.87 }));
  const more = runs(10, (r) => ({ waitingListEnd: 1040 + r, waitDays: 250, caseload: 66, investigationsLateShare: 0.985, childrenLetDownShare: 0.9, auditedFileErrorShare: 0.86 }));

  it('still weighs it when only one side is saturated', () => {
    const below = runs(10, (r) => ({ ...metricsOf(fewer, r), investigationsLateShare: SATURATED_LATE_SHARE - 0.05 }));
    expect(verdict(more, below).changes.find((c) => c.id === 'investigationsLateShare')?.direction).toBe('worse');
  });
});
