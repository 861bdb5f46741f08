/**
 * One browser test file's app and browser: the built app served (server.ts) and Chromium
 * launched before the file's tests, both closed after them, and pages opened the way every
 * test opens them. Separate from server.ts, which the browser benchmark imports outside vitest.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serveApp, type App } from './server.ts';

export interface PageOptions {
  viewport?: { width: number; height: number };
  /**
   * Cores the page claims (`navigator.hardwareConcurrency`): the pool runs one worker fewer.
   * Three by default, so the pool's multi-worker path runs and tests stay quick on two cores.
   */
  cores?: number;
}

export interface BuiltApp {
  /** The served app's address (valid once the file's tests run). */
  readonly url: string;
  readonly browser: Browser;
  /** Uncaught errors of every page opened so far. */
  readonly pageErrors: string[];
  /** Those, console errors, failed requests and responses of 400 or more: what a user would see go wrong. */
  readonly consoleErrors: string[];
  /** A new page on the app's address + `query`. */
  open(query?: string, options?: PageOptions): Promise<Page>;
}

export function useBuiltApp(): BuiltApp {
  let app: App | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  beforeAll(async () => {
    app = await serveApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('the app is served only while the file\'s tests run');
    return x;
  };
  return {
    get url() {
      return started(app).url;
    },
    get browser() {
      return started(browser);
    },
    pageErrors,
    consoleErrors,
    async open(query = '', { viewport = { width: 1280, height: 900 }, cores = 3 } = {}) {
      const page = await started(browser).newPage({ viewport });
      await page.addInitScript((n) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => n }), cores);
      page.on('pageerror', (e) => {
        pageErrors.push(e.message);
        consoleErrors.push(e.message);
      });
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      page.on('requestfailed', (r) => consoleErrors.push(`request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && consoleErrors.push(`${r.status()} ${r.url()}`));
      await page.goto(started(app).url + query);
      return page;
    },
  };
}
