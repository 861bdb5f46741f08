/**
 * The built app served as a user gets it: `vite build` into a temporary folder, then
 * `vite preview` on a free port. Browser tests and the browser benchmark share it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface App {
  url: string;
  close(): Promise<void>;
}

export async function serveApp(): Promise<App> {
  const outDir = mkdtempSync(join(tmpdir(), 'sagstal-dist-'));
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** Waits until the results are final for controls matching `part` of the query string (`#results[data-for]`). */
export async function settled(page: Page, part = ''): Promise<void> {
  await page.waitForFunction(
    (p) => {
      const r = document.querySelector<HTMLElement>('#results');
      return r?.dataset['status'] === 'done' && (r.dataset['for'] ?? '').includes(p);
    },
    part,
    { timeout: 60_000 },
  );
}

/**
 * Opens every disclosure and computes the panels that compute on request (the tornado and the
 * map; the goal seek too with `goal`), then opens the disclosures those drew. The editor is
 * built once its own disclosure opens, with disclosures of its own: hence opening twice.
 */
export async function openEveryPanel(page: Page, { goal = false, timeout = 180_000 } = {}): Promise<void> {
  const openAll = () =>
    page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
  await openAll();
  await page.waitForSelector('#editor [data-path]', { state: 'attached' });
  const panels = goal ? ['goal', 'sensitivity', 'map'] : ['sensitivity', 'map'];
  if (goal) await page.click('#goal-compute');
  await page.click('#sensitivity .compute');
  await page.click('#map .compute');
  await page.waitForFunction(
    (ids) => ids.every((id) => ['done', 'error'].includes(document.getElementById(id)?.dataset['status'] ?? '')),
    panels,
    { timeout, polling: 1000 },
  );
  await openAll();
}
