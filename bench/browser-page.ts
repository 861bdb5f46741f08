/**
 * What `npm run bench:browser` measures of the page itself, beside the speed figures:
 *
 * - stability: cumulative layout shift (Lighthouse's definition: the largest session window of
 *   shifts without recent input, gaps under 1 s, windows up to 5 s) and total blocking time
 *   (the main thread's long tasks, each counted beyond 50 ms) from navigation to the final
 *   numbers; at 1440 px, and on a mobile profile (390 px, CPU slowed 4 times as Lighthouse's
 *   mobile run does).
 * - initial JavaScript: the scripts the page loads before its first numbers, raw and gzipped;
 *   later JavaScript: those it loads after them (Plot, for the charts).
 * - memory: the main thread's heap and array buffers after a forced collection, every 150 slider
 *   moves, 600 in all.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { median } from './median.ts';

const isDone = `(() => { const r = document.querySelector('#results'); return r.dataset.status === 'done'; })()`;
const hasFirstNumbers = `document.querySelector('[data-metric="caseload"]')?.hasAttribute('data-value')`;

/** Installed before any page script runs: collects layout shifts and long tasks from the start. */
const OBSERVE = `
  window.__shifts = []; window.__longTasks = []; window.__firstNumbersAt = null;
  new MutationObserver((records, observer) => {
    if (!document.querySelector('[data-metric="caseload"]')?.hasAttribute('data-value')) return;
    window.__firstNumbersAt = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-value'] });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__shifts.push({ t: e.startTime, v: e.value }); })).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push({ t: e.startTime, d: e.duration }))).observe({ type: 'longtask', buffered: true });
`;

/** Lighthouse's CLS: the largest sum over session windows (gap < 1 s, span ≤ 5 s). */
export function sessionWindowCls(shifts: readonly { t: number; v: number }[]): number {
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.t - b.t)) {
    if (s.t - last >= 1000 || s.t - start > 5000) {
      sum = 0;
      start = s.t;
    }
    sum += s.v;
    last = s.t;
    best = Math.max(best, sum);
  }
  return best;
}

async function loadOnce(browser: Browser, url: string, mobile: boolean) {
  const page = await browser.newPage({ viewport: mobile ? { width: 390, height: 844 } : { width: 1440, height: 1000 } });
  await page.addInitScript(OBSERVE);
  if (mobile) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(url);
  await page.waitForFunction(hasFirstNumbers, null, { timeout: 180_000, polling: 'raf' });
  // When the first numbers were set, to the microtask (the observer in OBSERVE), not when this poll saw them.
  const firstAt = await page.evaluate(() => (window as unknown as { __firstNumbersAt: number }).__firstNumbersAt);
  await page.waitForFunction(isDone, null, { timeout: 180_000, polling: 'raf' });
  // Let the charts that follow "done" (the error curve) land before reading the shifts.
  await page.waitForTimeout(1500);
  const { shifts, longTasks, doneAt, scripts } = await page.evaluate(() => {
    const w = window as unknown as { __shifts: { t: number; v: number }[]; __longTasks: { t: number; d: number }[] };
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script' || r.name.endsWith('.js'))
      .map((r) => ({ name: r.name, start: r.startTime }));
    return { shifts: w.__shifts, longTasks: w.__longTasks, doneAt: performance.now(), scripts };
  });
  await page.close();
  return {
    cls: sessionWindowCls(shifts),
    totalBlockingMs: longTasks.filter((t) => t.t <= doneAt).reduce((sum, t) => sum + Math.max(0, t.d - 50), 0),
    scripts: scripts.filter((s) => s.start <= firstAt),
    laterScripts: scripts.filter((s) => s.start > firstAt),
  };
}


export async function measureStability(browser: Browser, url: string, runs = 3) {
  const out: Record<string, { cls: number; totalBlockingMs: number }> = {};
  let scripts: { name: string; start: number }[] = [];
  let laterScripts: { name: string; start: number }[] = [];
  for (const profile of ['desktop', 'mobile'] as const) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await loadOnce(browser, url, profile === 'mobile'));
    out[profile] = {
      cls: Number(median(results.map((r) => r.cls)).toFixed(3)),
      totalBlockingMs: Math.round(median(results.map((r) => r.totalBlockingMs))),
    };
    ({ scripts, laterScripts } = results[0] as (typeof results)[number]);
  }
  // Initial: fetched before the first numbers (the workers' included: they start at load); later: what waits for them (Plot).
  return { ...out, goals: { cls: 0.1, totalBlockingMs: 200 }, initialJavaScript: await sizes(scripts), laterJavaScript: await sizes(laterScripts) };
}

/** Raw and gzipped bytes of the page's scripts (workers included: they start at load). */
async function sizes(scripts: { name: string }[]) {
  let raw = 0;
  let gzip = 0;
  const files: Record<string, number> = {};
  for (const { name } of scripts) {
    const body = Buffer.from(await (await fetch(name)).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
    files[new URL(name).pathname] = body.length;
  }
  return { rawBytes: raw, gzipBytes: gzip, files };
}

/**
 * The page's memory after a forced collection, every 150 slider moves (600 in all): the main
 * thread's JavaScript heap, and the array buffers beside it, where the replications' series live
 * (`usedSize` leaves them out: a result cache filling up grew them 1.1 MB per 150 moves while the
 * heap figure moved 0.13 MB). The growth after the first 150 counts both.
 *
 * The slider goes back and forth over the same ten headcounts throughout: growth then means the
 * page keeps something for work it has done before. (Restarting the back and forth with each 150
 * moved the slider ten headcounts further every time, 34 to 74 advisors, so each block settled
 * on new scenarios, which the result cache is there to remember, up to its budget; that bound has
 * its own test.) What still grows is the engine's optimised code, as more of the page's
 * functions turn hot (about 0.2 MB per 150 moves in heap snapshots), bounded by the code itself.
 */
export async function measureMemory(browser: Browser, url: string) {
  const page: Page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(isDone, null, { timeout: 180_000 });
  const mb = (bytes: number) => Number((bytes / 1e6).toFixed(2));
  const usage = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, backingStorageSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize: number };
    return { heap: usedSize, arrayBuffers: backingStorageSize };
  };
  const after = [await usage()];
  await page.focus('#fte');
  for (let move = 0; move < 600; move++) {
    // Ten steps up, ten down, as a politician tries headcounts, waiting for each to settle now and then.
    await page.keyboard.press(Math.floor(move / 10) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    if (move % 25 === 24) await page.waitForFunction(isDone, null, { timeout: 180_000 });
    if (move % 150 === 149) after.push(await usage());
  }
  await page.close();
  const total = (u: { heap: number; arrayBuffers: number }) => u.heap + u.arrayBuffers;
  return {
    heapMbAfterEvery150Moves: after.map((u) => mb(u.heap)),
    arrayBuffersMbAfterEvery150Moves: after.map((u) => mb(u.arrayBuffers)),
    growthAfterFirst150Mb: mb(total(after[4] as (typeof after)[number]) - total(after[1] as (typeof after)[number])),
    goalMb: 1,
  };
}
