/**
 * The notebooks as a reader gets them: the app's build (which builds notebooks/*.html with the
 * kit's plugin), served, each page rendered in Chromium with its default (small) replications.
 * Every page: no console error, no failed request (a missing favicon counts), no cell that
 * failed, a chart in every numbered section. The validation notebook's checks are read from
 * their `data-*` attributes and must lie within their tolerances; the calibration notebook
 * must show every anchor of src/experiment/anchors.ts. The app links to all three, in its language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ANCHORS } from '../../src/experiment/anchors.ts';
import { launchChromium, serveApp, type App } from '../browser/server.ts';

let app: App;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  app = await serveApp();
  browser = await launchChromium();
  // One context for the whole file: the language chosen on one page is remembered for the next.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

/** Opens `path`, recording console errors and failed requests, and waits until its `computed` cells are done. */
async function open(path: string, computed: number): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  await page.goto(new URL(path, app.url).href);
  // A computing cell's output is marked data-state running, then done (or error).
  await page.waitForFunction(
    (n) => document.querySelectorAll('main [data-state]:not([data-state="running"])').length >= n && !document.querySelector('main [data-state="running"]'),
    computed,
    { timeout: 100_000, polling: 250 },
  );
  return { page, problems };
}

/** Each numbered section (an `h2` "1. …" in the page's language) and the Plot charts (SVGs with marks) in its cells. */
function chartsPerSection(page: Page): Promise<{ title: string; charts: number }[]> {
  return page.evaluate(() => {
    const sections: { title: string; charts: number }[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('main > .observablehq--cell')) {
      const heading = [...cell.querySelectorAll<HTMLElement>(':scope > h2, :scope > div > h2, :scope > div > div[lang] > h2')].find((h) => h.offsetParent !== null);
      if (heading) {
        if (/^\d+\./.test(heading.textContent ?? '')) sections.push({ title: heading.textContent ?? '', charts: 0 });
        else sections.push({ title: '', charts: 0 });
        continue;
      }
      const last = sections.at(-1);
      if (last) last.charts += [...cell.querySelectorAll('svg')].filter((svg) => svg.querySelector('g[aria-label]')).length;
    }
    return sections.filter((s) => s.title);
  });
}

async function expectHealthy(page: Page, problems: string[], sections: number): Promise<void> {
  expect(problems).toEqual([]);
  expect(await page.locator('.nb-error:visible').allTextContents()).toEqual([]);
  const found = await chartsPerSection(page);
  expect(found).toHaveLength(sections);
  for (const s of found) expect(s.charts, s.title).toBeGreaterThan(0);
}

describe('notebooks (built with the app, rendered in Chromium)', () => {
  it('validation: four checks, each within its tolerance, exposed as data-*, in English when asked', async () => {
    const { page, problems } = await open('notebooks/validation.html?lang=en', 4);
    await expectHealthy(page, problems, 4);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('main [lang="da"]').first().isVisible()).toBe(false);
    const checks = await page.$$eval('figure[data-check]', (figures) => figures.map((f) => ({ ...(f as HTMLElement).dataset })));
    expect(checks.map((c) => c['check'])).toEqual(['erlang-c', 'littles-law', 'workload-formula', 'determinism']);
    for (const c of checks) {
      const [figure, target, tolerance] = [c['figure'], c['target'], c['tolerance']].map(Number) as [number, number, number];
      expect(Number.isFinite(figure), `${c['check']} figure ${c['figure']}`).toBe(true);
      expect(Math.abs(figure - target), `${c['check']}: |${figure} − ${target}| ≤ ${tolerance}`).toBeLessThanOrEqual(tolerance);
      expect(c['verdict'], c['check']).toBe('holds');
    }
    // Determinism is exact, and the tolerances are the documented ones.
    expect(checks.find((c) => c['check'] === 'determinism')?.['tolerance']).toBe('0');
    expect(checks.find((c) => c['check'] === 'erlang-c')?.['tolerance']).toBe('3');
    await page.close();
  }, 120_000);

  it('calibration: every anchor beside the model, the curves drawn, in the language chosen before', async () => {
    const { page, problems } = await open('notebooks/calibration.html', 2);
    await expectHealthy(page, problems, 3);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en'); // remembered from ?lang=en
    const anchors = await page.$$eval('tr[data-anchor]', (rows) => rows.map((r) => ({ ...(r as HTMLElement).dataset })));
    expect(anchors.map((a) => a['anchor'])).toEqual(ANCHORS.map((a) => a.id));
    for (const a of anchors) expect(Number.isFinite(Number(a['figure'])), a['anchor']).toBe(true);
    await page.close();
  }, 120_000);

  it('policy: four heatmaps, Herning by budget year and the goal seek, in Danish', async () => {
    const { page, problems } = await open('notebooks/policy.html?lang=da', 3);
    await expectHealthy(page, problems, 3);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    expect(await page.locator('.nb-maps svg[class^="plot"]').count()).toBe(4);
    await page.close();
  }, 120_000);

  it('the app links to the three notebooks, in its language', async () => {
    const page = await context.newPage();
    await page.goto(new URL('?lang=en', app.url).href);
    const links = page.locator('a[data-notebook]');
    await expect.poll(() => links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(
      ['validation', 'calibration', 'policy'].map((name) => new URL(`notebooks/${name}.html?lang=en`, app.url).href),
    );
    expect(await page.locator('#method-heading').textContent()).toBe('Method and validation');
    await page.close();
  }, 60_000);
});
