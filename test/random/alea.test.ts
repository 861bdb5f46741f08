/**
 * alea(prefix, name), and seedAlea/aleaSeeder/nextAlea on state held elsewhere, draw exactly seedrandom's
 * alea(prefix + name): any seed strings (empty, astral, long), many draws each. Fresh seeds every run, printed by fast-check on failure.
 */
import fc from 'fast-check';
import seedrandomAlea from 'seedrandom/lib/alea.js';
import { describe, expect, it } from 'vitest';
import { alea, aleaSeeder, nextAlea, seedAlea } from '../../src/random/alea.ts';

const seedPart = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', '7/0/', 'e-1/12345'));

describe('alea(prefix, name)', () => {
  it('draws what seedrandom’s alea(prefix + name) draws', () => {
    fc.assert(
      fc.property(seedPart, seedPart, fc.integer({ min: 1, max: 300 }), (prefix, name, draws) => {
        const ours = alea(prefix, name);
        const reference = seedrandomAlea(prefix + name);
        // The same stream with its state held by its owner (as a case holds its error stream).
        const held = { aleaS0: Number.NaN, aleaS1: Number.NaN, aleaS2: Number.NaN, aleaCarry: 1 };
        seedAlea(held, prefix, name);
        // Seeded by a seeder that hashed the prefix once (as a replication's streams are).
        const fromSeeder = { aleaS0: Number.NaN, aleaS1: Number.NaN, aleaS2: Number.NaN, aleaCarry: 1 };
        aleaSeeder(prefix)(fromSeeder, name);
        for (let i = 0; i < draws; i++) {
          const expected = reference();
          expect(ours()).toBe(expected);
          expect(nextAlea(held)).toBe(expected);
          expect(nextAlea(fromSeeder)).toBe(expected);
        }
      }),
    );
  });
});
