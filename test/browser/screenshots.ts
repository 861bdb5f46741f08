/**
 * `npm run screenshots`: the built app with each panel open at 360, 768, 1280 and 1920 px, in
 * Danish and English, as PNGs in screenshots/ (git-ignored), to be looked at before a change to
 * the page is called done (issue 11 item 9). Tests assert what can be measured (no sideways
 * scroll, labels inside charts); these pictures are for what cannot: crowding, overlap, a
 * layout that is merely ugly.
 *
 * Each language is computed once (the decision panels take minutes) and then laid out at each
 * width, as a user would resize the window. Files: `<lang>-<width>-<panel>-<slice>.png`, the
 * first screen as `<lang>-<width>-first-screen.png`, and `<lang>-a4-report.png` for the print
 * view (the report exists only in print).
 *
 * Usage: node bin/run-ts.js test/browser/screenshots.ts [outDir]
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, openEveryPanel, serveApp, settled } from './server.ts';

const WIDTHS = [360, 768, 1280, 1920] as const;
/** A4 at 96 dpi less the print margins, the width the report is laid out for (as verdict.test.ts prints it). */
const A4 = { width: 703, height: 1039 };
/** Enough runs for bands, few enough that the decision panels finish in minutes on a loaded machine. */
const QUERY = '?preset=status-quo&simulation.replications=8';
/** Panels shot as elements: each in full, however tall. */
const PANELS = { results: '#results', goal: '#goal', sensitivity: '#sensitivity', map: '#map', editor: '#advanced' } as const;

const outDir = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(outDir, { recursive: true });


/** Lays the page out at `width` and waits until the charts have been drawn again at it. */
async function atWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 800 ? 800 : 1000 });
  // Charts redraw on the next frames after a resize; two frames and a pause cover the debounce.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(600);
}

/**
 * Each panel in slices a screen high (the editor alone is 20 000 px or more): a slice can be
 * looked at whole, where a panel in one picture is too tall to read once scaled to fit.
 */
async function shoot(page: Page, lang: string, width: number, panels: Record<string, string>): Promise<void> {
  const screen = page.viewportSize()?.height ?? 1000;
  for (const [name, selector] of Object.entries(panels)) {
    const box = await page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
    });
    for (let top = 0, n = 1; top < box.height; top += screen, n++) {
      const clip = { x: box.x, y: box.y + top, width: box.width, height: Math.min(screen, box.height - top) };
      await page.screenshot({ path: `${outDir}/${lang}-${width}-${name}-${String(n).padStart(2, '0')}.png`, clip, fullPage: true });
    }
  }
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: `${outDir}/${lang}-${width}-first-screen.png` });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  if (overflow > 0) console.warn(`${lang} ${width} px: the page scrolls sideways by ${overflow} px`);
}

const app = await serveApp();
const browser = await launchChromium();
try {
  for (const lang of ['da', 'en'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${app.url}${QUERY}&lang=${lang}`);
    await settled(page);
    await openEveryPanel(page, { goal: true, timeout: 900_000 });
    for (const width of WIDTHS) {
      await atWidth(page, width);
      await shoot(page, lang, width, PANELS);
    }
    // Compared with another preset: both series in the charts, the caption and the verdict against it.
    await page.selectOption('#compare', 'herning-model');
    await settled(page, 'compare=herning-model');
    for (const width of WIDTHS) {
      await atWidth(page, width);
      await shoot(page, lang, width, { compare: '#results' });
    }
    await page.setViewportSize(A4);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${outDir}/${lang}-a4-report.png`, fullPage: true });
    await page.close();
    console.log(`${lang}: done`);
  }
} finally {
  await browser.close();
  await app.close();
}
console.log(`screenshots in ${outDir}`);
