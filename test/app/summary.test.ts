import { describe, expect, it } from 'vitest';
import { summarySentence } from '../../src/app/summary.ts';
import { fakeResult } from './fake-results.ts';

const scenario = [0, 1, 2].map((r) => fakeResult(r, { waitingListEnd: 200 + 10 * r, caseload: 49, childrenLetDownShare: 0.68 }));
const today = [0, 1, 2].map((r) => fakeResult(r, { waitingListEnd: 0, caseload: 46.2, childrenLetDownShare: 0.48 }));

describe('summarySentence(lang, horizonWeeks, results, comparison, against)', () => {
  it('says in Danish what waits, the caseload and the error share, each beside the comparison', () => {
    expect(summarySentence('da', 104, scenario, today, 'i dag')).toBe(
      'Om 2 år venter 210 sager på en rådgiver (i dag: 0). Hver rådgiver har 49 sager (i dag: 46), ' +
        'og for 68\u00a0% af børnene fik sagen en afgørelse uden partshøring, begrundelse eller klagevejledning eller en overskredet frist (i dag: 48\u00a0%).',
    );
  });

  it('speaks English, and says plainly when nothing waits', () => {
    expect(summarySentence('en', 52, today, scenario, 'the Herning model')).toBe(
      'In 1 year, no case waits for an advisor (the Herning model: 210). Each advisor has 46 cases (the Herning model: 49), ' +
        'and for 48% of children the case had a decision without a hearing, reasons or appeal guidance, or a missed deadline (the Herning model: 68%).',
    );
  });

  it('warns in deep overload that a few more advisors can make deadline figures look worse', () => {
    const overloaded = [0, 1, 2].map((r) => fakeResult(r, { waitingListEnd: 900, caseload: 50, childrenLetDownShare: 0.86 }));
    expect(summarySentence('da', 104, overloaded, today, 'i dag')).toMatch(/dybt overbelastet.*Sammenlign større skridt\.$/);
    expect(summarySentence('en', 104, overloaded, today, 'today')).toMatch(/deeply overloaded/);
    expect(summarySentence('da', 104, scenario, today, 'i dag')).not.toMatch(/overbelastet/);
  });

  it('leaves the comparison out until it has results, and says nothing without results', () => {
    expect(summarySentence('da', 104, scenario, [], 'i dag')).not.toContain('i dag');
    expect(summarySentence('da', 104, [], today, 'i dag')).toBe('');
  });
});
