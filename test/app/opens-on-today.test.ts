/** Which links hold the verdict's room for a head alone before the explorer has loaded (boot.ts). */
import { describe, expect, it } from 'vitest';
import { opensOnToday } from '../../src/app/stored-link.ts';

describe('opensOnToday(link)', () => {
  it('is today against today for a bare link, and for one with only the language and model version', () => {
    expect(opensOnToday({ search: '', hash: '' })).toBe(true);
    expect(opensOnToday({ search: '?lang=en&v=0.9.0', hash: '' })).toBe(true);
  });
  it('is something else for any parameter, and for a scenario in the fragment', () => {
    expect(opensOnToday({ search: '?cap=25', hash: '' })).toBe(false);
    expect(opensOnToday({ search: '?lang=en&compare=herning-model', hash: '' })).toBe(false);
    expect(opensOnToday({ search: '', hash: '#s=abc' })).toBe(false);
  });
});
