// @vitest-environment jsdom
/**
 * The late-investigations card in deep overload: near 100 % the share barely shows a few more
 * advisors (docs/model.md, *Deep overload: triage*), so the card says so and
 * points to the waiting list, in both languages; below the line it says nothing of the kind.
 */
import { describe, expect, it } from 'vitest';
import { createCards, renderCards } from '../../src/app/cards.ts';
import { SATURATED_LATE_SHARE } from '../../src/app/verdict.ts';
import { t, type Lang } from '../../src/app/i18n.ts';
import { fakeResult } from './fake-results.ts';

function lateCardDetail(lang: Lang, lateShare: number): string {
  const cards = createCards(document.createElement('div'));
  const results = [0, 1, 2].map((r) => fakeResult(r, { investigationsLateShare: lateShare, investigationsLateShareLastYear: lateShare }));
  renderCards(cards, lang, 52, results, results, 'i dag');
  return cards.get('investigationsLateShare')?.querySelector('.detail')?.textContent ?? '';
}

describe('late-investigations card', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`says the share is saturated at ${SATURATED_LATE_SHARE * 100} % and above, and points to the waiting list (${lang})`, () => {
      expect(lateCardDetail(lang, 0.98)).toBe(t(lang, 'card.investigationsLateShare.saturated'));
      expect(lateCardDetail(lang, SATURATED_LATE_SHARE)).toContain(lang === 'da' ? 'ventelisten' : 'waiting list');
      expect(lateCardDetail(lang, 0.5)).toBe('');
    });
  }
});
