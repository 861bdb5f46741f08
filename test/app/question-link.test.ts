import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/app/link.ts';
import { MODEL_VERSION } from '../../src/experiment/catalogue.ts';

describe('the decision panels in a link', () => {
  it('keep the metric each shows, and only when it is not the default', () => {
    const { state, problems } = decodeLink('?preset=status-quo&sensitivity=waitingListEnd&map=caseload');
    expect(problems).toEqual([]);
    expect(state.panels).toEqual({ sensitivity: 'waitingListEnd', map: 'caseload' });
    expect(encodeLink(state)).toBe(`?preset=status-quo&seed=1&sensitivity=waitingListEnd&map=caseload&v=${MODEL_VERSION}`);
    expect(decodeLink(encodeLink(state)).state).toEqual(state);
    expect(encodeLink({ ...state, panels: { sensitivity: 'childrenLetDownShare' } })).toBe(`?preset=status-quo&seed=1&v=${MODEL_VERSION}`);
  });

  it('leave a link without them as it was', () => {
    expect(decodeLink('?preset=status-quo').state.panels).toBeUndefined();
  });

  it('name a metric the panels do not offer, ignore it and keep the rest', () => {
    const { state, problems } = decodeLink('?sensitivity=totalCost&map=<b>&fte=40');
    expect(problems.map((p) => [p.name, p.reason.kind])).toEqual([
      ['sensitivity', 'choice'],
      ['map', 'choice'],
    ]);
    expect(state.panels).toBeUndefined();
    expect(state.controls.fte).toBe(40);
  });
});
