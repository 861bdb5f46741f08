/** What a bad link shows: its parts named, but never able to rearrange or flood the warning. */
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/app/link.ts';
import { echoed, problemLines } from '../../src/app/problems.ts';

describe('the link warning', () => {
  it('writes a right-to-left override in a parameter name as its code point', () => {
    const { problems } = decodeLink('?%E2%80%AEfte=99');
    const [line] = problemLines('da', problems, null, []);
    expect(line).toContain('[U+202E]fte');
    expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('cuts a long value and says how long it was', () => {
    const value = 'x'.repeat(6000);
    const { problems } = decodeLink(`?nosuchparameter=${value}`);
    const [line] = problemLines('en', problems, null, []);
    expect(line?.length).toBeLessThan(400);
    expect(line).toContain('(6000 characters)');
  });

  it('leaves ordinary text as it is', () => {
    expect(echoed('advisors.fte')).toBe('advisors.fte');
    expect(echoed('a\u2067b', 10)).toBe('a[U+2067]b');
  });
});
