/**
 * The parameter editor in headless Chromium, as a budget officer uses it: change an assumption
 * by its `data-path`, see the figures, the count, the link and the field change; a value the
 * parser refuses is named beside the field and never applied; a formula's parse error shows
 * where; reset brings today back; and a scenario only a whole file can hold travels in a link
 * and gives the same numbers.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseScenarioOrThrow } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { useBuiltApp } from './built-app.ts';
import { settled } from './server.ts';

const built = useBuiltApp();
const { pageErrors } = built;

const open = (query = '', lang = 'da'): Promise<Page> => built.open(`${query}${query.includes('?') ? '&' : '?'}${lang === 'en' ? 'lang=en' : ''}`.replace(/[?&]$/, ''));

/** Opens the editor and the group holding `group`. */
async function openGroup(page: Page, group: string): Promise<void> {
  await page.evaluate(() => ((document.querySelector('#advanced') as HTMLDetailsElement).open = true));
  // The editor is built once its panel is open.
  await page.waitForSelector(`[data-group="${group}"]`, { state: 'attached' });
  await page.evaluate((g) => ((document.querySelector(`[data-group="${g}"]`) as HTMLDetailsElement).open = true), group);
}

const value = async (page: Page, metric: string) => Number(await page.getAttribute(`[data-metric="${metric}"]`, 'data-value'));
const search = (page: Page) => page.evaluate(() => location.search);

describe('the parameter editor', () => {
  it('applies a value by data-path, marks and counts it, carries it in the link, refuses a bad one inline, and resets', async () => {
    const page = await open();
    await settled(page, 'preset=status-quo');
    const waiting = await value(page, 'waitingListEnd');
    const caseload = await value(page, 'caseload');
    await openGroup(page, 'advisors');
    const field = page.locator('[data-path="advisors.productiveShare"]');
    expect(await field.inputValue()).toBe('0,7');
    await field.fill('0,55');
    await field.press('Enter');
    await settled(page, 'advisors.productiveShare=0.55');
    // Less time for casework: a longer waiting list (cases wait at the cap).
    expect(await value(page, 'waitingListEnd')).toBeGreaterThan(waiting + 20);
    expect(await value(page, 'caseload')).not.toBe(caseload);
    expect(await page.textContent('#changes')).toBe('1 forudsætning ændret: Andel af arbejdstiden til sagerne 0,55 (udgangspunkt 0,7).');
    expect(await page.getAttribute('#changes', 'data-changes')).toBe('1');
    expect(new URLSearchParams(await search(page)).get('advisors.productiveShare')).toBe('0.55');
    const row = page.locator('[data-param="advisors.productiveShare"]');
    expect(await row.getAttribute('data-changed')).toBe('true');
    expect(await page.textContent('.editor-count')).toBe('1 forudsætning ændret');
    expect(await page.textContent('#report')).toContain('Andel af arbejdstiden til sagerne 0,55 (udgangspunkt 0,7)');

    // A value the parser refuses: named beside the field, not applied.
    const forKey = await page.getAttribute('#results', 'data-for');
    await field.fill('7');
    await field.press('Enter');
    const error = page.locator('#p-advisors-productiveShare-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toBe('Ikke brugt: skal være mellem 0,05 og 1, men er 7');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.waitForTimeout(300);
    expect(await page.getAttribute('#results', 'data-for')).toBe(forKey);
    expect(new URLSearchParams(await search(page)).get('advisors.productiveShare')).toBe('0.55');

    // Reset: today again, from the cache, and nothing counted.
    await row.locator('button.reset').click();
    await page.waitForFunction(() => !location.search.includes('productiveShare'));
    await settled(page, 'preset=status-quo');
    expect(await value(page, 'waitingListEnd')).toBe(waiting);
    expect(await page.isHidden('#changes')).toBe(true);
    expect(await field.inputValue()).toBe('0,7');
    expect(await error.isHidden()).toBe(true);
    expect(await row.getAttribute('data-changed')).toBe('false');
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it('previews a formula as it is typed, and shows where a parse error is; a good one applies', async () => {
    const page = await open('', 'en');
    await settled(page, 'preset=status-quo');
    await openGroup(page, 'documentation');
    const field = page.locator('[data-path="documentation.errorCurve"]');
    await field.fill('s ^');
    const pointer = page.locator('[data-param="documentation.errorCurve"] .formula-at');
    await pointer.waitFor({ state: 'visible' });
    expect(await pointer.getAttribute('data-char')).toBe('4');
    expect(await pointer.textContent()).toBe('s ^\n   ^');
    await field.press('Enter');
    expect(await page.textContent('#p-documentation-errorCurve-error')).toMatch(/^Not used: does not parse: Unexpected end of expression \(char 4\)/);
    expect(await search(page)).not.toContain('errorCurve');
    await field.fill('s ^ 2');
    await page.waitForFunction(() => document.querySelector('[data-param="documentation.errorCurve"] .formula-at') === null);
    expect(await page.locator('[data-param="documentation.errorCurve"] .formula-preview svg path').count()).toBeGreaterThan(1);
    await field.press('Enter');
    await settled(page, 'documentation.errorCurve=s');
    expect(new URLSearchParams(await search(page)).get('documentation.errorCurve')).toBe('s ^ 2');
    expect(await page.textContent('#changes')).toBe('1 assumption changed: Error curve g(s): errors when documentation is cut s ^ 2 (starting point s ^ a).');
    expect(await page.isHidden('#p-documentation-errorCurve-error')).toBe(true);
    await page.close();
  }, 180_000);

  it('opens a file with other case types, carries it whole in the link, and the link gives the same numbers', async () => {
    const input = loadPreset('status-quo') as unknown as Record<string, unknown>;
    const types = structuredClone(parseScenarioOrThrow(input).caseTypes.slice(0, 2));
    (types[0] as { next: Record<string, number> }).next = { preventive: 0.5 };
    (types[1] as { next: Record<string, number> }).next = {};
    const file = join(tmpdir(), 'sagstal-uden-anbringelser.json');
    writeFileSync(file, JSON.stringify({ title: 'Uden anbringelser', notes: ['Vores egne tal.'], caseTypes: types, advisors: { fte: 30 } }));
    const page = await open();
    await settled(page, 'preset=status-quo');
    await page.setInputFiles('#open-scenario', file);
    await page.waitForFunction(() => location.hash.startsWith('#scenario='));
    await settled(page, 'scenario=');
    const figures = { waiting: await value(page, 'waitingListEnd'), caseload: await value(page, 'caseload'), letDown: await value(page, 'childrenLetDownShare') };
    const link = await page.evaluate(() => location.href);
    expect(await page.isHidden('#url-errors')).toBe(true);
    await page.evaluate(() => ((document.querySelector('#advanced') as HTMLDetailsElement).open = true));
    expect(await page.textContent('#assumptions')).toContain('Uden anbringelser');
    // The editor edits the file's own case types.
    await openGroup(page, 'caseTypes');
    expect(await page.locator('[data-path^="caseTypes.placement."]').count()).toBe(0);
    expect(await page.locator('[data-path="caseTypes.preventive.arrivalsPerWeek"]').count()).toBe(1);
    await page.close();

    const other = await built.browser.newPage({ viewport: { width: 390, height: 800 } });
    other.on('pageerror', (e) => pageErrors.push(e.message));
    await other.goto(link);
    await settled(other, 'scenario=');
    expect({ waiting: await value(other, 'waitingListEnd'), caseload: await value(other, 'caseload'), letDown: await value(other, 'childrenLetDownShare') }).toEqual(figures);
    expect(await other.isHidden('#url-errors')).toBe(true);
    // A damaged fragment is named, and the rest of the link still applies.
    await other.goto(link.replace('#scenario=', '#scenario=%%'));
    await settled(other);
    expect(await other.textContent('#url-errors')).toContain('scenario');
    expect(pageErrors).toEqual([]);
    await other.close();
  }, 240_000);
});
