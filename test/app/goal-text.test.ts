import { describe, expect, it } from 'vitest';
import type { Candidate, GoalSeekResult } from '../../src/experiment/goal-seek.ts';
import { wilson } from '../../src/experiment/targets.ts';
import { DEFAULT_GOAL } from '../../src/app/goal-targets.ts';
import { answerText, interval, progressText, targetText } from '../../src/app/goal-text.ts';

const summary = (p50: number) => ({ mean: p50, p10: p50, p50, p90: p50, unit: 'x' });

/** A candidate with `met` of `n` runs meeting the targets, `added` FTE over 34 posts. */
function candidate(added: number, met: number, n = 40, medians: Partial<Record<string, number>> = {}): Candidate {
  return {
    addedFte: added,
    postsFte: 34 + added,
    set: added === 0 ? [] : [`advisors.hiring=[{"week":0,"fte":${added}}]`],
    probability: met / n,
    interval: wilson(met, n),
    met,
    replications: n,
    metrics: Object.fromEntries(Object.entries(medians).map(([id, x]) => [id, summary(x as number)])) as Candidate['metrics'],
    addedStaffCostPerYear: added * 690_000,
    addedTotalCostPerYear: added * 590_000,
  };
}

function result(answer: Candidate | null, below: Candidate | null, best: Candidate | null): GoalSeekResult {
  return {
    kind: 'goalSeek',
    notes: [],
    modelVersion: 'test',
    seed: 1,
    replications: 40,
    targets: [],
    probability: 0.8,
    step: 1,
    fromWeek: 0,
    reachable: answer !== null,
    answer,
    belowAnswer: below,
    best,
    range: { minAddedFte: -33, maxAddedFte: 102 },
    evaluations: [answer, below, best].filter((c): c is Candidate => c !== null),
    summary: '',
  };
}

const atAnswer = { caseloadEnd: 27.4, investigationsLateShareLastYear: 0.04, waitingListEnd: 2 };

describe('answerText(lang, result, basePosts, targets)', () => {
  it('says in Danish how many posts, how many more, how often the targets are met there and one step below, and the cost', () => {
    const text = answerText('da', result(candidate(31, 32, 40, atAnswer), candidate(30, 31), null), 34, DEFAULT_GOAL.targets);
    expect(text.verdict).toBe('Der skal 65 årsværk til: 31 flere end de 34 i scenariet.');
    expect(text.lines).toEqual([
      'Med 65 årsværk nås målene i 80\u00a0% af kørslerne (95 %-interval 65–90\u00a0%).',
      'Med ét årsværk mindre, 64 årsværk, nås de i 78\u00a0% af kørslerne (95 %-interval 62–88\u00a0%).',
      'Løn og rekruttering: +21,4 mio. kr. om året. Udgifter i alt, med foranstaltninger: +18,3 mio. kr. om året.',
      'Ved 65 årsværk, mest sandsynligt: sager pr. rådgiver ved slutningen 27; undersøgelser over 4 mdr., sidste år 4\u00a0%; venteliste ved slutningen 2.',
    ]);
  });

  it('speaks English, and says fewer when the scenario has more than enough', () => {
    const text = answerText('en', result(candidate(-4, 33), candidate(-5, 30), null), 34, [{ metric: 'caseloadEnd', op: '<=', value: 40 }]);
    expect(text.verdict).toBe('30 FTE are needed: 4 fewer than the 34 in the scenario.');
    expect(text.lines[0]).toBe('With 30 FTE the targets are met in 83% of runs (95% interval 68–91%).');
    expect(text.lines[1]).toBe('With one FTE fewer, 29 FTE, they are met in 75% of runs (95% interval 60–86%).');
    expect(text.lines[2]).toBe('Pay and recruitment: −DKK 2.8 m a year. Total spending, measures included: −DKK 2.4 m a year.');
  });

  it('says the scenario is enough when no post is added, without a cost line', () => {
    const text = answerText('da', result(candidate(0, 40), null, null), 34, []);
    expect(text.verdict).toBe('Scenariets 34 årsværk er nok.');
    expect(text.lines).toEqual(['Med 34 årsværk nås målene i 100\u00a0% af kørslerne (95 %-interval 91–100\u00a0%).']);
  });

  it('says plainly when no headcount in the range meets the targets, and how close the largest came', () => {
    const text = answerText('da', result(null, null, candidate(102, 22, 40, { caseloadEnd: 29 })), 34, [{ metric: 'caseloadEnd', op: '<=', value: 20 }]);
    expect(text.verdict).toBe('Målene nås ikke i 80\u00a0% af kørslerne med op til 136 årsværk (102 flere end scenariet).');
    expect(text.lines).toEqual([
      'Med 136 årsværk nås de i 55\u00a0% af kørslerne (95 %-interval 40–69\u00a0%).',
      'Ved 136 årsværk, mest sandsynligt: sager pr. rådgiver ved slutningen 29.',
      'Flere rådgivere alene når ikke målene inden for perioden: prøv en længere periode, et andet loft eller andre mål.',
    ]);
  });
});

describe('progress and targets in words', () => {
  it('names the last headcount tried and its share of runs', () => {
    expect(progressText('da', null, 0)).toBe('Beregner …');
    expect(progressText('da', candidate(13, 14, 20), 3)).toBe('Beregner … prøvet 47 årsværk: 70\u00a0% (forsøg 3)');
    expect(progressText('en', candidate(13, 7, 20), 1)).toBe('Calculating … tried 47 FTE: 35% (try 1)');
  });

  it('writes an interval with its unit once, and a target as a limit', () => {
    expect(interval('da', [0.652, 0.895])).toBe('65–90\u00a0%');
    expect(targetText('da', { metric: 'investigationsLateShareLastYear', op: '<=', value: 0.1 })).toBe('Undersøgelser over 4 mdr., sidste år: højst 10\u00a0%');
    expect(targetText('en', { metric: 'caseloadEnd', op: '>=', value: 20 })).toBe('Cases per advisor at the end: at least 20');
  });
});
