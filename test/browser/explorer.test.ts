/**
 * The explorer in headless Chromium, as a politician uses it: the built app, real Web
 * Workers, keyboard and mouse. The contract: `data-metric`/`data-value` on each headline
 * card (and `data-end` where the end value is shown), `data-cost`/`data-value`/`data-change`
 * on the cost cards and `data-payback` on the payback line, `data-status` and `data-for` (the
 * controls the numbers belong to) on the results.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CARD_METRICS } from '../../src/app/cards.ts';
import { COST_CARDS } from '../../src/app/cost-cards.ts';
import { presetControls } from '../../src/app/link.ts';
import { todayOfControls } from '../../src/app/scenario-of.ts';
import { MODEL_VERSION } from '../../src/model/version.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { useBuiltApp } from './built-app.ts';
import { settled } from './server.ts';

/** Today's posts, the Herning model's headcount and the posts it starts from (the presets', wherever they stand). */
const TODAY = presetControls('status-quo').fte;
const HERNING = presetControls('herning-model').fte;
const HERNING_TODAY = todayOfControls(presetControls('herning-model')).fte;

const built = useBuiltApp();
const { consoleErrors } = built;

/**
 * A new page on `query`. Pages claim `cores` cores, so the pool runs `cores - 1` workers: two by
 * default (the pool's multi-worker path, and quicker tests on a two-core machine); a test that
 * compares numbers across pages also opens one with a single worker.
 */
const open = (query = '', viewport = { width: 1280, height: 900 }, cores = 3): Promise<Page> => built.open(query, { viewport, cores });

/** Waits for the first numbers: enough for tests that do not read final ones. */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector('#results[data-for] [data-metric="caseload"][data-value]', { timeout: 60_000 });
}

const value = async (page: Page, metric: string) =>
  Number(await page.getAttribute(`[data-metric="${metric}"]`, 'data-value'));
/** A cost card's attribute as a number (`value`, `change`, `change-horizon`). */
const cost = async (page: Page, id: string, attribute = 'value') =>
  Number(await page.getAttribute(`[data-cost="${id}"]`, `data-${attribute}`));

/** The median of series `id` in week `week`, from the numbers the page downloads (the CLI's CSV). */
async function seriesMedian(page: Page, id: string, week: number): Promise<number> {
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  const row = readFileSync((await csv.path()) as string, 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`series,${id},${week},`));
  return Number(row?.split(',')[6]);
}

describe('explorer', () => {
  it('opens on today and fills every headline card with a plausible median', async () => {
    const page = await open();
    await settled(page, 'preset=status-quo');
    for (const id of CARD_METRICS) expect(Number.isFinite(await value(page, id)), id).toBe(true);
    expect(await value(page, 'caseload')).toBeGreaterThan(40);
    expect(await value(page, 'caseload')).toBeLessThanOrEqual(50);
    // Money: filled posts (today's less vacancies) at 625 000 DKK plus recruitment, and measures; today against itself has no change.
    for (const { id } of COST_CARDS) expect(await cost(page, id), id).toBeGreaterThan(0);
    expect(await cost(page, 'staffing')).toBeGreaterThan(0.75 * TODAY * 625_000);
    expect(await cost(page, 'staffing')).toBeLessThan(TODAY * (625_000 + 0.5 * 312_500));
    expect(await cost(page, 'total')).toBeCloseTo((await cost(page, 'staffing')) + (await cost(page, 'measures')), -6);
    expect(await page.getAttribute('[data-cost="total"]', 'data-change')).toBeNull();
    expect(await page.isHidden('#payback')).toBe(true);
    const share = await value(page, 'childrenLetDownShare');
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
    // The audit card counts every file and names the placement-file figure the anchor counts.
    expect(await page.textContent('[data-metric="auditedFileErrorShare"] h3')).toContain('alle sager');
    expect(await page.textContent('[data-metric="auditedFileErrorShare"] .detail')).toMatch(/^Anbringelsessager alene: \d+\u00a0%/);
    expect(await page.textContent('[data-metric="childrenLetDownShare"] .detail')).toContain('antagelse');
    expect(new URL(page.url()).search).toBe(`?preset=status-quo&seed=1&v=${MODEL_VERSION}`);
    expect(await page.textContent('h2#results-heading')).toBe('Resultater');
    expect(await page.locator('[data-chart] .plot svg').count()).toBe(6);
    // The explorer's chunks are named in index.html, and Vite's loader added no preload link of
    // its own, for the explorer or for Plot (src/app/preload-explorer.ts).
    const served = await (await fetch(built.url)).text();
    const links = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')));
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(served, String(href)).toContain(`href="${href}"`);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => new URL(r.name).pathname));
    const plot = scripts.filter((path) => !served.includes(`"${path}"`) && !path.includes('web-worker'));
    expect(plot.length).toBeGreaterThan(0); // Plot, fetched once the first numbers were in
    await page.click('.advanced summary');
    // The parameter table is drawn on the next frame after the disclosure opens, not in the click.
    await page.waitForSelector('#editor [data-path="advisors.productiveShare"]', { state: 'attached' });
    const advanced = (await page.textContent('#advanced')) ?? '';
    for (const name of ['status-quo', 'intake-plus-25', 'herning-model', 'mmc-validation', 'advisors.productiveShare']) expect(advanced).toContain(name);
    await page.close();
  });

  it('answers a slider moved by keyboard: more advisors, a shorter waiting list, and the link follows', async () => {
    const page = await open('?preset=intake-plus-25');
    await settled(page, `preset=intake-plus-25&intake=25&fte=${TODAY}&`);
    const before = await value(page, 'waitingListEnd');
    expect(before).toBeGreaterThan(50);
    await page.focus('#fte');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await settled(page, `fte=${TODAY + 4}&`);
    expect(await value(page, 'waitingListEnd')).toBeLessThan(before / 2);
    expect(new URL(page.url()).searchParams.get('fte')).toBe(String(TODAY + 4));
    expect(await page.inputValue('#fte-number')).toBe(String(TODAY + 4));
    expect(await page.textContent('#fte-help')).toContain('+4');
    // Under the cap of 50 the extra advisors take cases off the waiting list, not off each other; they cost more than today.
    expect(await page.textContent('[data-cost="staffing"] .change')).toMatch(/^▲ [\d,]+ mio\. kr\. mere om året end i dag$/);
    await page.close();
  });

  it('abandons a run in progress for a newer one, and shows only the newer numbers', async () => {
    const page = await open();
    // Record every state the results region passes through.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const results = document.querySelector('#results') as HTMLElement;
      new MutationObserver(() => seen.push(`${results.dataset['status']} ${results.dataset['for']}`)).observe(results, { attributes: true });
    });
    await page.waitForSelector('#results[data-status="running"] [data-metric="caseload"][data-value]');
    await page.fill('#fte-number', '24');
    await settled(page, 'fte=24&');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const switched = seen.findIndex((s) => s.includes('fte=24&'));
    expect(switched).toBeGreaterThan(0);
    // The first run never finished, and nothing of it showed once the newer one started.
    expect(seen.slice(0, switched).some((s) => s.startsWith('done'))).toBe(false);
    expect(seen.slice(switched).every((s) => s.includes('fte=24&'))).toBe(true);
    const shown = await Promise.all(CARD_METRICS.map((id) => value(page, id)));
    await page.close();
    // The same numbers as a page that asked for 24 advisors from the start, on one worker
    // instead of two: no stale replication mixed in, and the worker count changes nothing.
    const fresh = await open('?fte=24', undefined, 2);
    await settled(fresh, 'fte=24&');
    expect(await Promise.all(CARD_METRICS.map((id) => value(fresh, id)))).toEqual(shown);
    await fresh.close();
  });

  it('switches to the Herning model with one click: caseloads fall to the cap as the hires arrive', async () => {
    const page = await open();
    await settled(page);
    await page.click('[data-preset="herning-model"]');
    await settled(page, 'preset=herning-model');
    expect(await page.getAttribute('[data-preset="herning-model"]', 'aria-pressed')).toBe('true');
    expect(await page.inputValue('#fte-number')).toBe(String(HERNING));
    // The mean includes the months before the hires are in; the end value is Herning's caseload.
    const atEnd = Number(await page.getAttribute('[data-metric="caseload"]', 'data-end'));
    expect(atEnd).toBeGreaterThan(18);
    expect(atEnd).toBeLessThanOrEqual(26);
    expect(await value(page, 'caseload')).toBeGreaterThan(atEnd);
    expect(await page.textContent('[data-metric="caseload"] .end')).toMatch(/^Om 2 år: \d+ \(faldende\)$/);
    expect(await page.textContent('[data-metric="auditedFileErrorShare"] .change')).toMatch(/bedre/);
    await page.close();
  });

  it('shows what it costs: cost cards against today, the payback year, spending by year and the hiring timeline', async () => {
    const page = await open('?preset=herning-model');
    await settled(page, 'preset=herning-model');
    for (const { id } of COST_CARDS) {
      expect(Number.isFinite(await cost(page, id)), id).toBe(true);
      expect(Number.isFinite(await cost(page, id, 'change')), id).toBe(true);
      expect(Number.isFinite(await cost(page, id, 'change-horizon')), id).toBe(true);
    }
    // The added posts at 625 000 DKK, less the months they stand vacant, plus recruiting them.
    expect(await cost(page, 'staffing', 'change')).toBeGreaterThan(10e6);
    expect(await cost(page, 'staffing', 'change-horizon')).toBeGreaterThan(1.5 * (await cost(page, 'staffing', 'change')));
    expect(await page.textContent('[data-cost="staffing"] .change')).toMatch(/^▲ [\d,]+ mio\. kr\. mere om året end i dag$/);
    expect(await page.textContent('[data-cost="staffing"] .horizon')).toMatch(/^Over 2 år: \+[\d,]+ mio\. kr\.$/);
    expect(await page.textContent('[data-cost="staffing"] .years')).toMatch(/^Ændring pr\. budgetår: år 1: \+[\d,]+ mio\. kr\. · år 2: \+[\d,]+ mio\. kr\.$/);
    // Every figure that rests on an assumption says so, with its source or the word.
    expect(await page.textContent('[data-cost="staffing"] .detail')).toMatch(/^Antagelser: 625\.000 kr\./);
    const measures = (await page.textContent('[data-cost="measures"] .detail')) ?? '';
    expect(measures).toContain('Benchmarkingenheden 2019');
    expect(measures).toContain('(antagelse)');
    expect(measures).toContain('er en antagelse');
    const payback = await page.getAttribute('#payback', 'data-payback');
    expect(payback).toMatch(/^(\d+|never)$/);
    expect(await page.textContent('#payback')).toMatch(payback === 'never' ? /^Betaler sig ikke selv inden for 2 år\. / : /^Betaler sig selv i år \d\. /);
    expect(await page.textContent('#payback')).toContain('antagelse');
    // Spending by year: this scenario beside today, two budget years, with a table.
    expect(await page.locator('[data-chart="spending"] .plot svg').count()).toBe(1);
    expect(await page.locator('[data-chart="spending"] table tbody tr').count()).toBe(6);
    expect(await page.textContent('[data-chart="spending"] .legend')).toBe('LønRekrutteringForebyggendeAnbringelser');
    // The hiring timeline: all the posts from the start, filled as the hires arrive.
    expect(await page.locator('[data-chart="hiring"] .plot svg').count()).toBe(1);
    const first = await page.locator('[data-chart="hiring"] table tbody tr').first().locator('td').allTextContents();
    expect(Number(first[1])).toBe(HERNING);
    expect(Number(first[2]?.replace(',', '.'))).toBeLessThanOrEqual(HERNING_TODAY);
    await page.close();
  });

  it('hires the difference through recruitment by default, and works from week 1 when "already in post"', async () => {
    const today = await open();
    await settled(today, 'preset=status-quo');
    const todayWeek1 = await seriesMedian(today, 'caseload', 1);
    await today.close();
    const page = await open(`?fte=${TODAY + 10}`);
    await settled(page, `fte=${TODAY + 10}&`);
    expect(await page.isChecked('#in-post')).toBe(false);
    expect(await page.textContent('#fte-help')).toMatch(new RegExp(`^\\+10 i forhold til i dag \\(${TODAY} årsværk\\)\\. Nye stillinger besættes efter ca\\. 3 måneder`));
    // Ten posts are hired at week 0 and stand vacant until the recruitment delay: week 1 is today's.
    expect(Math.abs((await seriesMedian(page, 'caseload', 1)) - todayWeek1)).toBeLessThan(0.5);
    expect(await seriesMedian(page, 'postsFte', 1)).toBe(TODAY + 10);
    await page.check('#in-post');
    await settled(page, 'inpost=1');
    expect(new URL(page.url()).searchParams.get('inpost')).toBe('1');
    expect(await page.textContent('#fte-help')).toContain('Alle er i arbejde fra start');
    // All at work from the start: week 1's caseload is about today's × today's posts / the headcount.
    expect(await seriesMedian(page, 'caseload', 1)).toBeLessThan(todayWeek1 - 5);
    await page.close();
  });

  it('speaks English with ?lang=en and switches back to Danish', async () => {
    const page = await open(`?lang=en&fte=${TODAY + 4}`);
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h2#results-heading')).toBe('Results');
    expect(await page.textContent('[data-metric="waitingListEnd"] h3')).toBe('Waiting list in 2 years');
    expect(await page.textContent('#summary')).toMatch(/^In 2 years, .* for \d+% of children/);
    expect(await page.textContent('#fte-help')).toBe(
      `+4 compared with today (${TODAY} FTE). New posts are filled after about 3 months; newcomers work at 50% capacity for their first 6 months.`,
    );
    expect(await page.textContent('[data-cost="staffing"] h3')).toBe('Advisors: pay and recruitment');
    // No Danish left on screen (the scenario's own notes and titles under the closed disclosure aside).
    const shown = `${await page.innerText('.controls')}\n${await page.innerText('#results')}`;
    expect(shown).not.toMatch(/\b(sager|dage|rådgiver\w*|bedre|værre|færre|kørsler|årsværk|i dag)\b/i);
    await page.click('#lang-switch');
    expect(await page.textContent('h2#results-heading')).toBe('Resultater');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    // The choice is remembered: back to English, then the bare address opens in English.
    await page.click('#lang-switch');
    await page.goto(built.url);
    await page.waitForSelector('h2#results-heading:has-text("Results")');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('names a bad value in a link, ignores it and keeps the rest', async () => {
    const page = await open('?fte=abc&cap=25&years=1');
    await ready(page);
    const message = await page.textContent('#url-errors');
    expect(message).toContain('fte = "abc"');
    expect(message).toContain('mellem 0,5 og 5.000');
    expect(await page.inputValue('#cap-number')).toBe('25');
    expect(await page.inputValue('#fte-number')).toBe(String(TODAY));
    expect(await page.textContent('[data-metric="waitingListEnd"] h3')).toBe('Venteliste om 1 år');
    await page.close();
  });

  it('marks an out-of-range typed value and keeps the last good one running', async () => {
    const page = await open();
    await ready(page);
    await page.fill('#fte-number', '-3');
    expect(await page.getAttribute('#fte-number', 'aria-invalid')).toBe('true');
    // Today's headcount is the preset's own value, so the short link leaves it out.
    expect(new URL(page.url()).searchParams.get('fte')).toBeNull();
    expect(await page.textContent('#results')).not.toContain('-3');
    await page.close();
  });

  it('is usable on a phone', async () => {
    const page = await open('', { width: 390, height: 844 });
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('on a phone, redraws only the charts near the screen while results stream in; the rest when scrolled to, and all with the final numbers', async () => {
    // A phone-like main thread (4x slower), so the run still streams when the first charts are drawn.
    const page = await open('', { width: 390, height: 844 }, 2);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.waitForSelector('[data-chart][data-pending]', { state: 'attached', timeout: 90_000 });
    const early = await page.evaluate(() => ({
      status: document.querySelector<HTMLElement>('#results')?.dataset['status'],
      pending: [...document.querySelectorAll<HTMLElement>('[data-chart][data-pending]')].map((f) => f.dataset['chart']),
    }));
    expect(early.status).toBe('running');
    expect(early.pending).toContain('breaches'); // the last chart, screens below the cards
    // Scrolled to, a waiting chart draws the numbers so far.
    await page.locator('[data-chart="breaches"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart="breaches"]:not([data-pending]) .plot svg', { timeout: 60_000 });
    expect(await page.getAttribute('#results', 'data-status')).toBe('running');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await settled(page);
    expect(await page.locator('[data-chart][data-pending]').count()).toBe(0);
    expect(await page.locator('[data-chart] .plot svg').count()).toBe(6);
    await page.close();
  });

  it('draws the charts\' text larger for a reader who enlarged the text', async () => {
    const page = await open();
    await settled(page);
    const chartText = () => page.$eval('[data-chart="caseload"] .plot svg', (svg) => parseFloat(getComputedStyle(svg).fontSize));
    const before = await chartText();
    // Half as large again: the labels follow (text-size.ts), without a reload.
    await page.evaluate(() => (document.documentElement.style.fontSize = '24px'));
    await expect.poll(chartText, { timeout: 30_000 }).toBeGreaterThanOrEqual(Math.floor(1.5 * before) - 1);
    await page.close();
  });

  it('reproduces exactly what the sender saw from the copied link, in a fresh browser', async () => {
    const context = await built.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(built.url);
    await settled(page);
    await page.fill('#fte-number', String(TODAY + 6));
    await page.dispatchEvent('#fte-number', 'change');
    await settled(page, `fte=${TODAY + 6}&`);
    await page.click('#copy-link');
    await page.waitForSelector('#copy-status:has-text("kopieret")');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`fte=${TODAY + 6}`);
    const seen = await Promise.all(CARD_METRICS.map((id) => value(page, id)));
    await context.close();

    const fresh = await built.browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await settled(other, `fte=${TODAY + 6}&`);
    expect(await Promise.all(CARD_METRICS.map((id) => value(other, id)))).toEqual(seen);
    await fresh.close();
  });

  it('steps back and forward through settled changes', async () => {
    const page = await open();
    await settled(page);
    await page.click('[data-preset="herning-model"]');
    await settled(page, 'preset=herning-model');
    await page.goBack();
    await settled(page, 'preset=status-quo');
    expect(await page.inputValue('#cap-number')).toBe('50');
    await page.goForward();
    await settled(page, 'preset=herning-model');
    expect(await page.inputValue('#cap-number')).toBe('25');
    await page.close();
  });

  it('explains hostile links without running any of them', async () => {
    const page = await open(`?fte=1e308&${encodeURIComponent('<img src=x onerror=window.hacked=1>')}=1&advisors.productiveShare=abc&v=0.9.0`);
    await ready(page);
    const alert = page.locator('#url-errors[role="alert"]');
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('fte = "1e308"');
    expect(text).toContain('<img src=x onerror=window.hacked=1>');
    expect(text).toContain('advisors.productiveShare');
    expect(text).toContain('0.9.0');
    expect(await page.locator('#url-errors img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await value(page, 'caseload')).toBeGreaterThan(40);
    await page.close();
  });

  it('compares side by side with another preset, and the link keeps the choice', async () => {
    const page = await open('?preset=herning-model');
    await settled(page, 'preset=herning-model');
    expect(await page.textContent('[data-metric="caseload"] .change')).toMatch(/færre end i dag/);
    expect(await page.textContent('[data-metric="caseload"] .other')).toMatch(/^I dag: \d+/);
    expect(await page.textContent('[data-chart="waiting-list"] .legend')).toContain('I dag');
    expect(await page.textContent('#compared-with')).toBe(`${TODAY} årsværk, højst 50 sager`);
    await page.selectOption('#compare', 'herning-model');
    await settled(page, 'compare=herning-model');
    // The caption follows the choice at once (it kept today's figures until a reload).
    expect(await page.textContent('#compared-with')).toBe('64 årsværk, højst 25 sager');
    expect(await page.textContent('[data-metric="caseload"] .change')).toBe('');
    expect(await page.textContent('#summary')).toContain('Det er det samme som Herning-modellen');
    expect(new URL(page.url()).searchParams.get('compare')).toBe('herning-model');
    // The scenario is its own comparison now: one set of numbers, nothing beside it.
    expect(await page.textContent('[data-metric="caseload"] .other')).toBe('');
    expect(await page.textContent('[data-chart="waiting-list"] .legend')).not.toContain('Herning-modellen');
    await page.click('[data-preset="status-quo"]');
    await settled(page, 'preset=status-quo');
    expect(await page.textContent('[data-metric="caseload"] .other')).toMatch(/^Herning-modellen: \d+/);
    expect(await page.textContent('[data-chart="waiting-list"] .legend')).toContain('Herning-modellen');
    await page.close();
  });

  it('exports the numbers, the scenario and the charts, and prints a one-page A4 report', async () => {
    const page = await open('?preset=herning-model');
    await settled(page, 'preset=herning-model');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const csvText = readFileSync((await csv.path()) as string, 'utf8');
    expect(csvText.split('\n')[0]).toBe('kind,id,week,unit,mean,p10,p50,p90,value');
    expect(csvText).toContain('metric,caseload,');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-scenario')]);
    const saved = parseScenario(JSON.parse(readFileSync((await file.path()) as string, 'utf8')));
    // Today's posts at week 0, the rest hired then; the cap of 25 from week 0, today's 50 before.
    expect(saved.ok && [saved.scenario.advisors.fte, saved.scenario.advisors.hiring, saved.scenario.advisors.caseCap, saved.scenario.simulation.warmupCaseCap]).toEqual([
      HERNING_TODAY,
      [{ week: 0, fte: HERNING - HERNING_TODAY }],
      25,
      50,
    ]);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-chart="waiting-list"] .chart-actions button >> nth=0')]);
    expect(readFileSync((await svg.path()) as string, 'utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-chart="caseload"] .chart-actions button >> nth=1')]);
    expect(readFileSync((await png.path()) as string).subarray(1, 4).toString()).toBe('PNG');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#report')).toBe(true);
    expect(await page.isVisible('.controls')).toBe(false);
    expect(await page.textContent('#report')).toContain(
      `Herning-modellen: ${HERNING} årsværk (${HERNING - HERNING_TODAY} af dem nye stillinger fra start, besat efter ca. 3 måneder), højst 25 sager`,
    );
    expect(await page.textContent('#report')).toContain('Benchmarkingenheden 2019');
    expect(await page.textContent('#report')).toContain(page.url());
    // The money prints too: the cost cards and the payback year.
    for (const { id } of COST_CARDS) expect(await page.isVisible(`[data-cost="${id}"]`), id).toBe(true);
    expect(await page.isVisible('#payback')).toBe(true);
    expect(await page.isVisible('[data-chart="spending"] svg')).toBe(true);
    await page.close();
  });

  it('opens a scenario file, explains a bad one without losing anything, and remembers the last state', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    await page.goto(built.url);
    await settled(page);
    const file = { ...loadPreset('status-quo'), advisors: { fte: 36, caseCap: 30 } };
    await page.setInputFiles('#open-scenario', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await settled(page, 'fte=36&cap=30&');
    expect(await page.inputValue('#cap-number')).toBe('30');
    await page.setInputFiles('#open-scenario', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"advisors":{"fte":-3}}') });
    await page.waitForSelector('#url-errors:has-text("bad.json: advisors.fte must be between 0.5 and 5000, got -3")');
    expect(await page.inputValue('#fte-number')).toBe('36');
    await page.goto(built.url);
    await settled(page, 'fte=36&cap=30&');
    await context.close();
  });

  it('logged no console errors and fetched no missing file', () => {
    expect(consoleErrors).toEqual([]);
  });
});
