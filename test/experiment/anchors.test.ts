/**
 * The calibration anchors (src/experiment/anchors.ts) hold with a fresh seed on every run, and
 * docs/model.md prints them exactly as the model gives them with the documented seed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorTable, checkAnchors } from '../../src/experiment/anchors.ts';

/** The seed and replications docs/model.md's anchor table is printed with (`npm run docs`). */
const DOC_SEED = 1;
const DOC_REPLICATIONS = 40;

describe('calibration anchors', () => {
  it('all hold with a fresh seed', () => {
    const seed = Math.floor(Math.random() * 2 ** 32);
    // 32 replications: a 2-year share varies by about 0.07 between replications, so the mean by about 0.012.
    const failed = checkAnchors(seed, 32)
      .filter((c) => !c.holds)
      .map((c) => `${c.anchor.id}: ${c.figure}${c.other === null ? '' : ` vs ${c.other}`}`);
    expect(failed, `seed ${seed}`).toEqual([]);
  });

  it('are printed in docs/model.md as the model gives them', () => {
    const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    const section = /<!-- anchors:begin -->\n([\s\S]*?)\n<!-- anchors:end -->/.exec(doc)?.[1];
    // Regenerate with: npm run docs
    expect(section).toBe(anchorTable(checkAnchors(DOC_SEED, DOC_REPLICATIONS), DOC_SEED, DOC_REPLICATIONS));
  });
});
