/**
 * `sagstal run … --compare …`: both scenarios with one seed, paired differences, budget years
 * and the payback year; and docs/cli.md's metric tables as the catalogue gives them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricTables } from '../../src/cli/update-docs.ts';
import type { ComparisonResult } from '../../src/experiment/types.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { sagstalInProcess } from '../support/cli.ts';

describe('sagstal run --compare', () => {
  it('prints the Herning preset beside today: staff cost up, placement spending down, per budget year, with the payback year', async () => {
    const { status, stdout, stderr } = await sagstalInProcess('run', 'herning-model', '--compare', 'status-quo', '--replications', '4', '--quiet');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const c = JSON.parse(stdout) as ComparisonResult;
    expect(c.result.scenario.title).toMatch(/Herning/);
    expect(c.comparison.scenario.title).toMatch(/I dag/);
    expect(c.difference.metrics.staffCostPerYear.p50).toBeGreaterThan(10_000_000);
    expect(c.difference.budget.years.map((y) => y.year)).toEqual([1, 2]);
    expect(c.difference.budget.byYear.staffing.every((y) => y.p50 > 0)).toBe(true);
    // Savings build as today's placements end: by the second year spending on them is down.
    expect(c.difference.budget.byYear.placement[1]?.p50).toBeLessThan(0);
    expect(c.result.budget.byYear.total[0]?.p50).toBeGreaterThan(0);
    expect(['year', 'never']).toContain(c.payback.kind);
  });

  it('saves nothing on measures with the placement response off, and says there is no added cost against itself', async () => {
    // --set changes only the scenario: the comparison, today with the response off, comes from a file.
    const today = join(mkdtempSync(join(tmpdir(), 'sagstal-')), 'today-off.json');
    writeFileSync(today, JSON.stringify({ ...loadPreset('status-quo'), outcomes: { placementResponse: '1' } }));
    const off = await sagstalInProcess('run', 'herning-model', '--compare', today, '--set', 'outcomes.placementResponse=1', '-n', '2', '--quiet');
    const c = JSON.parse(off.stdout) as ComparisonResult;
    expect(c.difference.metrics.placementCostPerYear.p50).toBe(0);
    expect(c.difference.metrics.preventiveCostPerYear.p50).toBe(0);
    expect(c.payback.kind).toBe('never');
    const same = JSON.parse((await sagstalInProcess('run', 'status-quo', '--compare', 'status-quo', '-n', '2', '--quiet')).stdout) as ComparisonResult;
    expect(same.payback.kind).toBe('noAddedCost');
    expect(same.difference.metrics.totalCost.p50).toBe(0);
  });

  it('writes the comparison as CSV rows, and names a bad comparison in one line', async () => {
    const csv = await sagstalInProcess('run', 'herning-model', '--compare', 'status-quo', '-n', '2', '--format', 'csv', '--quiet');
    const kinds = new Set(csv.stdout.trim().split('\n').slice(1).map((line) => line.split(',')[0]));
    expect([...kinds].sort()).toEqual(['budget', 'comparison.budget', 'comparison.metric', 'difference.budget', 'difference.metric', 'metric', 'payback']);
    const bad = await sagstalInProcess('run', 'herning-model', '--compare', 'status-kvo', '--quiet');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^sagstal: no scenario file or preset named "status-kvo"/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('docs/cli.md', () => {
  it('lists every metric and series exactly as the catalogue defines them', () => {
    const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    const section = /<!-- metrics:begin -->\n([\s\S]*?)\n<!-- metrics:end -->/.exec(doc)?.[1];
    // Regenerate with: npm run docs
    expect(section).toBe(metricTables());
  });
});
