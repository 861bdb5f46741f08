/**
 * alea(prefix, name) draws exactly seedrandom's alea(prefix + name): any seed strings (empty,
 * astral, long), many draws each. Fresh seeds every run, printed by fast-check on failure.
 */
import fc from 'fast-check';
import seedrandomAlea from 'seedrandom/lib/alea.js';
import { describe, expect, it } from 'vitest';
import { alea } from '../../src/random/alea.ts';

const seedPart = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', '7/0/', 'e-1/12345'));

describe('alea(prefix, name)', () => {
  it('draws what seedrandom’s alea(prefix + name) draws', () => {
    fc.assert(
      fc.property(seedPart, seedPart, fc.integer({ min: 1, max: 300 }), (prefix, name, draws) => {
        const ours = alea(prefix, name);
        const reference = seedrandomAlea(prefix + name);
        for (let i = 0; i < draws; i++) expect(ours()).toBe(reference());
      }),
    );
  });
});
