import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameterTables } from '../../src/scenario/parameter-table.ts';

describe('docs/model.md', () => {
  it('lists every parameter exactly as the schema and defaults define it', () => {
    const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    const section = /<!-- parameters:begin -->\n([\s\S]*?)\n<!-- parameters:end -->/.exec(doc)?.[1];
    // Regenerate with: npx sagstal parameters
    expect(section).toBe(parameterTables());
  });
});
