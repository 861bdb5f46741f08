/**
 * The two decision panels in headless Chromium: which assumptions decide the answer (the
 * tornado) and the map (advisors × intake with the goal-seek frontier), each computed on its
 * button. The contract: `data-status` on each panel's section (idle, running, done, cancelled,
 * changed, error), `data-bars` (the tornado's assumptions, top first), `data-cells` and
 * `data-frontier` (the fewest advisors per intake change, `none` where the map has none) on the
 * map, and a table row per assumption (`data-assumption`, `data-swing`) and per cell.
 * Few replications (the panels never run more than the scenario's), no timing assertions.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/scenario/defaults.ts';
import { useBuiltApp } from './built-app.ts';

/** Status quo with four replications: enough to draw, quick to run. */
const FEW = '?preset=status-quo&simulation.replications=4';

const built = useBuiltApp();

/** A page on `query` with two workers (as explorer.test.ts), its first results in. */
async function open(query: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await built.open(query, { viewport });
  await page.waitForSelector('#results[data-status="done"]', { timeout: 90_000 });
  return page;
}

/** Waits until panel `id` reaches one of `statuses`. */
async function status(page: Page, id: 'sensitivity' | 'map', ...statuses: string[]): Promise<string> {
  await page.waitForFunction(
    ([panel, wanted]) => (wanted as string[]).includes(document.querySelector<HTMLElement>(`#${panel as string}`)?.dataset['status'] ?? ''),
    [id, statuses] as const,
    { timeout: 120_000 },
  );
  return (await page.getAttribute(`#${id}`, 'data-status')) ?? '';
}

describe('decision panels', () => {
  it('computes the tornado: a bar per end of every assumption, largest swing on top, every assumption in the table', async () => {
    const page = await open(FEW);
    expect(await page.textContent('#sensitivity h2')).toBe('Hvilke antagelser afgør svaret?');
    expect(await page.getAttribute('#sensitivity', 'data-status')).toBe('idle');
    await page.click('#sensitivity .compute');
    expect(await status(page, 'sensitivity', 'done', 'error')).toBe('done');
    const ids = DEFAULT_ASSUMPTIONS.map((a) => a.id).sort();
    const order = ((await page.getAttribute('#sensitivity', 'data-bars')) ?? '').split(' ');
    expect([...order].sort()).toEqual(ids);
    // Two bars per assumption (an end that moves nothing may draw an empty bar, never none).
    expect(await page.locator('#sensitivity .plot svg g[aria-label="bar"] rect').count()).toBe(2 * ids.length);
    const rows = page.locator('#sensitivity tr[data-assumption]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['assumption']))).toEqual([...order, 'chance']);
    const swings = (await rows.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset['swing'])))).slice(0, ids.length);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    // Each row names its source on the line under it, in the page's language (Danish here).
    const sources = await rows.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset['assumption'], (tr.nextElementSibling as HTMLElement | null)?.dataset['sourceOf'], tr.nextElementSibling?.textContent ?? '']));
    for (const [id, of] of sources) expect(of).toBe(id);
    for (const [, , source] of sources.slice(0, -1)) expect(source).toMatch(/^Kilde: antagelse/);
    // At 1280 px the table fits its panel: its sources are not cut off at the scroll box's edge.
    await page.locator('#sensitivity figure details').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    const fit = await page.locator('#sensitivity table.with-sources').evaluate((table) => ({ table: table.scrollWidth, box: (table.parentElement as HTMLElement).clientWidth }));
    expect(fit.box).toBeGreaterThan(0);
    expect(fit.table).toBeLessThanOrEqual(fit.box);
    // The scenario's value is ruled and named.
    expect(await page.textContent('#sensitivity .plot svg')).toMatch(/Dette scenarie: \d+\u00a0%/);
    await page.close();
  });

  it('computes the map: every cell, today outlined, and the frontier of the targets drawn', async () => {
    const page = await open(FEW);
    await page.click('#map .compute');
    expect(await status(page, 'map', 'done', 'error')).toBe('done');
    const cells = Number(await page.getAttribute('#map', 'data-cells'));
    expect(cells).toBe(42);
    expect(await page.locator('#map tr[data-fte]').count()).toBe(cells);
    const frontier = ((await page.getAttribute('#map', 'data-frontier')) ?? '').split(' ');
    expect(frontier).toHaveLength(6);
    expect(frontier.some((f) => f !== 'none')).toBe(true);
    // The staircase is a line through the grid, named in the legend with the targets' probability.
    expect(await page.locator('#map .plot svg g[aria-label="line"] path').count()).toBeGreaterThan(0);
    expect(await page.textContent('#map .legend')).toContain('Færrest rådgivere, der når målene i mindst 80');
    expect(await page.textContent('#map .question-extra')).toContain('standardmålene fra «Hvor mange rådgivere skal der til?»');
    // A metric changes the colours, not the run.
    await page.selectOption('#map-metric', 'waitingListEnd');
    expect(await page.getAttribute('#map', 'data-metric')).toBe('waitingListEnd');
    expect(await page.getAttribute('#map', 'data-status')).toBe('done');
    expect(new URL(page.url()).searchParams.get('map')).toBe('waitingListEnd');
    await page.close();
  });

  it('is not left running when the controls change mid-run, or when stopped, and computes again', async () => {
    const page = await open(FEW);
    await page.click('#map .compute');
    await page.click('#sensitivity .compute');
    await status(page, 'map', 'running');
    // A control the map depends on (the cap) changes while both are running.
    await page.fill('#cap-number', '40');
    expect(await status(page, 'map', 'changed', 'done')).toBe('changed');
    expect(await status(page, 'sensitivity', 'changed', 'done')).toBe('changed');
    expect(await page.isEnabled('#map .compute')).toBe(true);
    expect(await page.isHidden('#map .cancel')).toBe(true);
    // Stopped by hand.
    await page.click('#sensitivity .compute');
    await status(page, 'sensitivity', 'running');
    await page.click('#sensitivity .cancel');
    expect(await status(page, 'sensitivity', 'cancelled')).toBe('cancelled');
    // And computed again, on the new controls.
    await page.click('#sensitivity .compute');
    expect(await status(page, 'sensitivity', 'done', 'error')).toBe('done');
    await page.close();
  });

  it('keeps the chosen metric in the link, speaks English, and fits a phone', async () => {
    const page = await open(`${FEW}&sensitivity=waitingListEnd&lang=en`, { width: 390, height: 800 });
    expect(await page.inputValue('#sensitivity-metric')).toBe('waitingListEnd');
    expect(await page.textContent('#sensitivity h2')).toBe('Which assumptions decide the answer?');
    expect(await page.textContent('#map h2')).toBe('The map: advisors × more cases');
    await page.click('#sensitivity .compute');
    expect(await status(page, 'sensitivity', 'done', 'error')).toBe('done');
    expect(await page.getAttribute('#sensitivity', 'data-metric')).toBe('waitingListEnd');
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});
