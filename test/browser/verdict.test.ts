/**
 * Compare any two, the verdict and the exports, in headless Chromium on the built app: the
 * verdict's `data-verdict` on the presets and on cap 25 without hiring, pinning a state and
 * opening a file to compare with, the CSV a budget officer downloads, and the report printed
 * as an ordinary A4 print (no preferCSSPageSize) on one page with chart text of 8 pt or more.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { presetControls } from '../../src/app/link.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { useBuiltApp } from './built-app.ts';
import { settled } from './server.ts';

const TODAY = presetControls('status-quo').fte;

const built = useBuiltApp();
const { consoleErrors } = built;

const open = (query = '', viewport = { width: 1280, height: 900 }): Promise<Page> => built.open(query, { viewport });

/** Tests that compute several scenarios in turn: a cap on a shared two-core machine, not a speed claim. */
const SEVERAL = 300_000;

const verdictOf = (page: Page) => page.getAttribute('#verdict', 'data-verdict');
const text = async (page: Page, selector: string) => (await page.textContent(selector)) ?? '';

describe('compare any two, with a verdict', () => {
  it('calls cap 25 without hiring worse than today, and no card says better', async () => {
    const page = await open('?cap=25');
    await settled(page, 'cap=25&');
    expect(await verdictOf(page)).toBe('worse');
    expect(await text(page, '#verdict h3')).toBe('Værre end i dag');
    const body = await text(page, '#verdict .verdict-body');
    expect(body).toMatch(/^Ventelisten vokser med [\d.]+ sager/);
    expect(body).toContain('men det er ingen forbedring, når flere børn venter');
    expect(body).toMatch(/udgifterne (falder|stiger) \d+,\d mio\. kr\. om året\.$/);
    // The error cards improve on paper, while more than a thousand cases wait: grey, "ikke bedre", never green.
    expect(await page.locator('#cards .change.better').count()).toBe(0);
    expect(await text(page, '[data-metric="childrenLetDownShare"] .change')).toMatch(/ikke bedre: flere børn venter$/);
    expect(Number(await page.getAttribute('[data-metric="waitingListEnd"]', 'data-value'))).toBeGreaterThan(500);
    await page.close();
  }, SEVERAL);

  for (const width of [1440, 360]) {
    it(`keeps a long verdict in the room held for it: nothing below moves when it arrives, and the rest is a click away (${width} px)`, async () => {
      const page = await built.browser.newPage({ viewport: { width, height: 1000 } });
      // Every frame from the first: the verdict's height, and where the summary under it is (it moved down by the verdict's extra lines).
      await page.addInitScript(() => {
        const samples: { height: number; summary: number }[] = [];
        (window as unknown as { samples: typeof samples }).samples = samples;
        const sample = () => {
          const verdict = document.getElementById('verdict');
          const summary = document.getElementById('summary');
          // From when the page knows what it compares (boot.ts, before the first paint).
          if (verdict?.dataset['itself'] && summary) samples.push({ height: Math.round(verdict.getBoundingClientRect().height), summary: Math.round(summary.getBoundingClientRect().top + scrollY) });
          if (document.getElementById('results')?.dataset['status'] !== 'done') requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await page.goto(`${built.url}?cap=25`);
      await settled(page, 'cap=25&');
      const samples = await page.evaluate(() => (window as unknown as { samples: { height: number; summary: number }[] }).samples);
      expect(samples.length).toBeGreaterThan(10);
      const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
      expect(spread(samples.map((s) => s.height))).toBeLessThanOrEqual(1);
      // At a desk nothing else above the summary changes height either (on a phone the status line wraps as it counts).
      if (width > 1000) expect(spread(samples.map((s) => s.summary))).toBeLessThanOrEqual(1);
      // Held back, then read whole on request: the box grows only on the click.
      const box = page.locator('#verdict');
      expect(await box.getAttribute('data-clamped')).toBe('true');
      const before = (await box.boundingBox())?.height ?? 0;
      const whole = await text(page, '#verdict .verdict-body');
      await page.click('#verdict .verdict-more');
      expect(await page.getAttribute('#verdict .verdict-more', 'aria-expanded')).toBe('true');
      expect((await box.boundingBox())?.height).toBeGreaterThan(before);
      const [flow, shown] = await page.locator('#verdict .verdict-flow').evaluate((el) => [el.getBoundingClientRect().height, el.parentElement?.getBoundingClientRect().height ?? 0]);
      expect(shown).toBeGreaterThanOrEqual(flow);
      expect(whole).toContain('om året.');
      await page.close();
    }, SEVERAL);
  }

  it('gives each preset its verdict against today, in Danish and English', async () => {
    const expected = { 'intake-plus-25': 'worse', 'herning-model': 'mixed', 'status-quo': 'same' } as const;
    for (const [preset, verdict] of Object.entries(expected)) {
      const page = await open(`?preset=${preset}&lang=en`);
      await settled(page, `preset=${preset}&`);
      expect(await verdictOf(page), preset).toBe(verdict);
      expect(await text(page, '#verdict h3'), preset).toMatch(verdict === 'same' ? /^The same as today$/ : /than today$/);
      if (verdict === 'worse') expect(await text(page, '#verdict .verdict-body')).toMatch(/^The waiting list grows by \d+ cases/);
      await page.close();
    }
  }, SEVERAL);

  it('pins a state, compares the next one against it, and keeps the comparison in the link', async () => {
    // One year: the same questions, half the weeks to simulate.
    const page = await open('?cap=25&years=1');
    await settled(page, 'cap=25&');
    await page.click('#pin');
    await settled(page, 'vs=');
    expect(await verdictOf(page)).toBe('same');
    expect(new URL(page.url()).searchParams.get('vs')).toBe('preset=status-quo&cap=25');
    expect(await page.inputValue('#compare')).toBe('pinned');
    expect(await text(page, '#compared-with')).toBe(`Fastgjort: I dag, højst 25 sager: ${TODAY} årsværk, højst 25 sager`);
    await page.fill('#fte-number', String(TODAY + 10));
    await page.press('#fte-number', 'Enter');
    await settled(page, `fte=${TODAY + 10}&`);
    // Ten more posts against the pinned cap 25: the waiting list falls.
    expect(await verdictOf(page)).toBe('better');
    expect(await text(page, '#verdict h3')).toBe('Bedre end det fastgjorte');
    expect(await text(page, '[data-metric="waitingListEnd"] .change')).toMatch(/færre end det fastgjorte · bedre$/);
    expect(await text(page, '[data-chart="waiting-list"] .legend')).toContain('Fastgjort');
    // A fresh page from the link compares with the same pinned state.
    const link = page.url();
    const fresh = await open(new URL(link).search);
    await settled(fresh, `fte=${TODAY + 10}&`);
    expect(await fresh.inputValue('#compare')).toBe('pinned');
    expect(await verdictOf(fresh)).toBe('better');
    // Back to a preset, then to the pinned state again, through the select.
    await fresh.selectOption('#compare', 'herning-model');
    await settled(fresh, 'compare=herning-model');
    expect(new URL(fresh.url()).searchParams.get('vs')).toBeNull();
    await fresh.selectOption('#compare', 'pinned');
    await settled(fresh, 'vs=');
    await fresh.close();
    await page.close();
  }, SEVERAL);

  it('compares with a saved scenario file, and with one a link cannot carry', async () => {
    const page = await open('?preset=herning-model&years=1');
    await settled(page, 'preset=herning-model');
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#download-scenario')]);
    expect(saved.suggestedFilename()).toBe('sagstal-herning-modellen-1-aar.json');
    const file = readFileSync((await saved.path()) as string);
    expect(JSON.parse(file.toString('utf8')).title).toBe('Herning-modellen, 1 år');
    await page.click('[data-preset="status-quo"]');
    await settled(page, 'preset=status-quo');
    await page.setInputFiles('#open-comparison', { name: 'herning.json', mimeType: 'application/json', buffer: file });
    await settled(page, 'vs=');
    expect(await page.inputValue('#compare')).toBe('file');
    expect(await text(page, '#compared-with')).toBe('Herning-modellen, 1 år: 64 årsværk, højst 25 sager');
    expect(['better', 'worse', 'mixed', 'uncertain']).toContain(await verdictOf(page));
    expect(await text(page, '#verdict h3')).toMatch(/ end «Herning-modellen, 1 år»$/);
    // A file with case types of its own (no preset and paths carry it): compared as it is, and the caption says a link cannot keep it.
    const step = { ...loadPreset('mmc-validation'), title: 'Trin ‮' };
    await page.setInputFiles('#open-comparison', { name: 'step.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(step)) });
    await settled(page, 'vs=file%3A');
    expect(await text(page, '#compared-with')).toMatch(/^Trin \[U\+202E\]: 4 årsværk, højst 5 sager\. Linket kan ikke bære/);
    expect(new URL(page.url()).searchParams.get('vs')).toBeNull();
    // A bad file is named and changes nothing.
    await page.setInputFiles('#open-comparison', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"advisors":{"fte":-3}}') });
    await page.waitForSelector('#url-errors:has-text("bad.json: advisors.fte must be between 0.5 and 5000, got -3")');
    expect(await page.inputValue('#compare')).toBe('file');
    await page.close();
  }, SEVERAL);

  it('downloads a CSV named from the scenario, with both scenarios, their parameters and the paired difference', async () => {
    const page = await open('?cap=25&advisors.productiveShare=0.65');
    await settled(page, 'cap=25&');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    expect(csv.suggestedFilename()).toBe('sagstal-i-dag-hoejst-25-sager-1-forudsaetning-aendret.csv');
    const rows = readFileSync((await csv.path()) as string, 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe('kind,id,week,unit,mean,p10,p50,p90,value');
    expect(rows[1]).toBe('name,scenario,,,,,,,"I dag, højst 25 sager, 1 forudsætning ændret"');
    expect(rows[2]).toBe('name,comparison,,,,,,,I dag');
    expect(rows).toContain('parameter,advisors.caseCap,,cases/FTE,,,,,25');
    expect(rows).toContain('parameter,advisors.productiveShare,,share 0.05–1,,,,,0.65');
    const median = (prefix: string) => Number(rows.find((r) => r.startsWith(prefix))?.split(',')[6]);
    expect(median('metric,waitingListEnd,')).toBe(Number(await page.getAttribute('[data-metric="waitingListEnd"]', 'data-value')));
    expect(median('difference.metric,waitingListEnd,')).toBeGreaterThan(500);
    expect(median('comparison.metric,waitingListEnd,')).toBeLessThan(50);
    await page.close();
  }, SEVERAL);

  it('prints the report on one A4 page from an ordinary print, with the verdict and chart text of 8 pt or more', async () => {
    const page = await open('?preset=intake-plus-25&fte=40&advisors.productiveShare=0.65&compare=herning-model');
    await settled(page, 'compare=herning-model');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    // As the print lays it out: the charts drawn at their printed size when printing starts.
    await page.setViewportSize({ width: 703, height: 1039 });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#verdict')).toBe(true);
    expect(await text(page, '#verdict')).toMatch(/^(Værre|Både bedre og værre) end Herning-modellen/);
    const report = await text(page, '#report');
    expect(report).toContain('625.000 kr. pr. årsværk');
    expect(report).not.toContain('0,6 mio. kr.');
    expect(report).toContain('Kilder (detaljer i docs/model.md): loft over sager');
    expect(report).not.toMatch(/advisors\.caseCap:|assumption\)/);
    expect(report).toContain('1 forudsætning ændret: Andel af arbejdstiden til sagerne 0,65 (udgangspunkt 0,7).');
    expect(report).toContain('+25 % flere sager, 1 forudsætning ændret: 40 årsværk');
    // Every chart's text at its printed size: font size × (drawn width ÷ width in the SVG) ≥ 8 pt = 10.67 px.
    const sizes = await page.$$eval('[data-chart] .plot svg', (svgs) =>
      svgs.map((svg) => {
        const drawn = svg.getBoundingClientRect().width;
        const own = Number(svg.getAttribute('width'));
        return (parseFloat(getComputedStyle(svg).fontSize) * drawn) / own;
      }),
    );
    expect(sizes).toHaveLength(6);
    for (const px of sizes) expect(px * 0.75).toBeGreaterThanOrEqual(8);
    const legends = await page.$$eval('[data-chart] .legend', (els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    for (const px of legends) expect(px * 0.75).toBeGreaterThanOrEqual(7.99);
    // In a printed column every label stays inside its chart (the error chart's y label ran over the next card), and no pointer's tip prints.
    const outside = await page.$$eval('[data-chart] .plot svg', (svgs) =>
      svgs.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter((text) => {
            const r = text.getBoundingClientRect();
            return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
          })
          .map((text) => text.textContent);
      }),
    );
    expect(outside).toEqual([]);
    await page.hover('[data-chart="waiting-list"] .plot svg');
    expect(await page.locator('[data-chart] .plot svg [aria-label="tip"]').evaluateAll((tips) => tips.filter((tip) => tip.getBoundingClientRect().width > 0).length)).toBe(0);
    // After printing the charts return to the screen's size.
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.waitForFunction(() => Number(document.querySelector('[data-chart="caseload"] .plot svg')?.getAttribute('width')) > 300);
    await page.close();
  }, SEVERAL);

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
