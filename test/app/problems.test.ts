/** What a bad link shows: its parts named, but never able to rearrange or flood the warning. */
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/app/link.ts';
import { echoed, problemLines } from '../../src/app/problems.ts';

describe('the link warning', () => {
  it('writes a right-to-left override in a parameter name as its code point', () => {
    const { problems } = decodeLink('?%E2%80%AEfte=99');
    const [line] = problemLines('da', problems, null, []);
    expect(line?.text).toContain('[U+202E]fte');
    expect(line?.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('cuts a long value in the sentence and keeps it whole, escaped, for the disclosure', () => {
    const value = `${'x'.repeat(3000)}\u202e${'y'.repeat(2999)}`;
    const { problems } = decodeLink(`?nosuchparameter=${encodeURIComponent(value)}`);
    const [line] = problemLines('en', problems, null, []);
    expect(line?.text.length).toBeLessThan(400);
    expect(line?.whole).toEqual([{ text: `${'x'.repeat(3000)}[U+202E]${'y'.repeat(2999)}`, length: 6000 }]);
  });

  it('keeps nothing aside when nothing was cut', () => {
    const { problems } = decodeLink('?fte=9999');
    expect(problemLines('da', problems, null, [])[0]?.whole).toEqual([]);
  });

  it('leaves ordinary text as it is', () => {
    expect(echoed('advisors.fte')).toBe('advisors.fte');
    expect(echoed('a\u2067b', 10)).toBe('a[U+2067]b');
    expect(echoed('abcdef', 3)).toBe('abc…');
  });
});
