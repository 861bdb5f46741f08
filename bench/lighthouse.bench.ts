/**
 * `npm run bench:lighthouse`: Lighthouse's performance category on the built app, as JSON on
 * stdout (progress on stderr). Issue 13's goals are on the mobile profile: score ≥ 90, total
 * blocking time under 200 ms, layout shift under 0.1.
 *
 * - profiles: Lighthouse's default (mobile: a mid-range phone, slow 4G, CPU slowed 4 times)
 *   and its desktop preset, both with its default simulated throttling: the page loads at
 *   full speed and the metrics are projected onto the profile from the trace.
 * - runs: 3 per profile (`--runs N`), each in a fresh headless Chromium; medians and every run.
 * - per run: score (0–100), TBT, CLS, LCP, FCP, Speed Index, and the three failing audits with
 *   the largest estimated savings (ms: the largest saving on a timed metric). Whole reports go
 *   to bench/out/lighthouse/ for their details (long tasks, scripts, main-thread work).
 * - errored: audits that failed to compute, so missing from topSavings. Chromium 156 is newer
 *   than this Lighthouse, and six diagnostics (the LCP element and layout-shift causes among
 *   them) fail on its trace; the scored metrics do not depend on them.
 *
 * On two cores the mobile TBT varies about threefold between runs (the page's worker competes
 * with its main thread, and the redraws that stream in until it is quiet all count), the score
 * far less: TBT earns almost nothing on mobile either way.
 *
 * Lighthouse is pinned to 12.2.3, the last release that runs on Node 20 (12.3 to 13 do not
 * install here); chrome-launcher comes with it, and drives the Chromium the browser tests use.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { CHROMIUM, serveApp } from '../test/browser/server.ts';
import { median } from './median.ts';

/** A run that takes longer has hung: a normal one takes 20–30 s. */
const RUN_TIMEOUT_MS = 180_000;
const OUT_DIR = new URL('out/lighthouse/', import.meta.url);
const PROFILES: { name: 'mobile' | 'desktop'; config?: Config }[] = [{ name: 'mobile' }, { name: 'desktop', config: desktopConfig }];
const METRICS = {
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  lcpMs: 'largest-contentful-paint',
  fcpMs: 'first-contentful-paint',
  speedIndexMs: 'speed-index',
} as const;
type Metric = keyof typeof METRICS;

const log = (message: string) => process.stderr.write(`bench:lighthouse: ${message}\n`);

function runsOption(): number {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`invalid runs: ${values.runs}`);
  return runs;
}

/** The failing audits (score under 0.9) of the category with the largest estimated savings. */
function topSavings(lhr: Result, count = 3) {
  const perf = lhr.categories['performance'];
  const failing = (perf?.auditRefs ?? [])
    .filter((ref) => ref.group !== 'metrics')
    .map((ref) => lhr.audits[ref.id])
    .filter((a): a is NonNullable<typeof a> => a !== undefined && a.score !== null && a.score < 0.9);
  return failing
    .map((a) => {
      const { CLS: cls, ...timed } = a.metricSavings ?? {};
      const details = a.details as { overallSavingsMs?: number; overallSavingsBytes?: number } | undefined;
      const savingsMs = Math.max(0, details?.overallSavingsMs ?? 0, ...Object.values(timed).map((v) => v ?? 0));
      return {
        id: a.id,
        savingsMs: Math.round(savingsMs),
        ...(cls ? { savingsCls: Number(cls.toFixed(3)) } : {}),
        ...(details?.overallSavingsBytes ? { savingsBytes: Math.round(details.overallSavingsBytes) } : {}),
      };
    })
    .sort((a, b) => b.savingsMs - a.savingsMs || (b.savingsCls ?? 0) - (a.savingsCls ?? 0))
    .slice(0, count);
}

function figures(lhr: Result) {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, id]) => [key, key === 'cls' ? Number(value(id).toFixed(3)) : Math.round(value(id))]),
  ) as Record<Metric, number>;
  // Audits that fail to compute are left out of topSavings: named here so that is seen.
  const errored = Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id);
  return { score: Math.round((lhr.categories['performance']?.score ?? NaN) * 100), ...metrics, topSavings: topSavings(lhr), warnings: lhr.runWarnings, errored };
}

/** One Lighthouse run in a fresh Chromium, killed afterwards whatever happens. */
async function runOnce(url: string, config: Config | undefined): Promise<Result> {
  let chrome: LaunchedChrome | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless', '--no-sandbox'], logLevel: 'silent' });
    const port = chrome.port;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`a Lighthouse run took over ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
    });
    const result = await Promise.race([lighthouse(url, { port, onlyCategories: ['performance'], logLevel: 'error' }, config), timeout]);
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    clearTimeout(timer);
    chrome?.kill();
  }
}

const runs = runsOption();
log('building and serving the app');
const app = await serveApp();
const out: Record<string, unknown> = {};
let environment: { lighthouse: string; browser: string } | undefined;
try {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const { name, config } of PROFILES) {
    const results: ReturnType<typeof figures>[] = [];
    let settings: Result['configSettings'] | undefined;
    for (let i = 1; i <= runs; i++) {
      log(`${name} run ${i} of ${runs}`);
      const lhr = await runOnce(app.url, config);
      writeFileSync(new URL(`${name}-${i}.report.json`, OUT_DIR), JSON.stringify(lhr));
      results.push(figures(lhr));
      settings = lhr.configSettings;
      environment = { lighthouse: lhr.lighthouseVersion, browser: lhr.environment.hostUserAgent };
    }
    const medians = Object.fromEntries((['score', ...Object.keys(METRICS)] as ('score' | Metric)[]).map((key) => [key, median(results.map((r) => r[key]))]));
    // The failing audits of the run whose score is the median, as the profile's.
    const medianRun = results.find((r) => r.score === medians['score']) as (typeof results)[number];
    out[name] = {
      formFactor: settings?.formFactor,
      throttling: settings && {
        method: settings.throttlingMethod,
        rttMs: settings.throttling.rttMs,
        throughputKbps: settings.throttling.throughputKbps,
        cpuSlowdownMultiplier: settings.throttling.cpuSlowdownMultiplier,
      },
      median: { ...medians, topSavings: medianRun.topSavings },
      runs: results,
    };
  }
} finally {
  await app.close();
}
log(`reports in ${OUT_DIR.pathname}`);
console.log(
  JSON.stringify({ ...environment, runs, goals: { mobile: { score: 90, tbtMs: 200, cls: 0.1 } }, ...out }, null, 2),
);
