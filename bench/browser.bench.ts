/**
 * `npm run bench:browser`: how fast the explorer answers, in headless Chromium on the built
 * app, as JSON. Reference: the same replications run on one thread in this Node process, so
 * the ratio says what the Web Worker pool and the page add or save on this machine.
 *
 * - firstEstimateMs: from navigation to the first numbers on the cards
 * - doneMs: from navigation to the final numbers, charts drawn (today against today: the
 *   default replications of one scenario, shared by both)
 * - sliderFirstEstimateMs / sliderDoneMs: from a keyboard move of the advisors slider to the
 *   first numbers, and to the final ones, for the new value
 * - sliderWhileRunningFirstEstimateMs: the same first numbers for a move made while the previous
 *   value's replications are still running (as when exploring: those are abandoned)
 * - dragLongTasksOver50ms: main-thread tasks over 50 ms while the slider is dragged across
 *   for a second (the page must not freeze)
 * - goalSeek: from pressing "Beregn" in "Hvor mange rådgivere skal der til?" to the answer, on
 *   today with the preset targets, once the page has settled (error-curve sweep included); with
 *   the headcounts tried and the replications they ran (each new one is work; today's were
 *   cached), against the same goal seek on one Node thread
 * - stability, memory: layout shift, blocking time, initial JavaScript and the heap over 600
 *   slider moves (browser-page.ts)
 * - timeline: where the time to the first and final numbers goes, read off the progress bar
 *   as results arrive: when the page asked for them, the first (cold) replication, the
 *   replications after it, and the error curve's sweep. These are the floor the targets meet.
 */
import type { Page } from 'playwright-core';
import { DEFAULT_GOAL, searchReplications } from '../src/app/goal-targets.ts';
import { goalSeek } from '../src/experiment/goal-seek.ts';
import { Replicator } from '../src/experiment/replicator.ts';
import { runReplication } from '../src/model/run-replication.ts';
import { createSyncRunner } from '../src/runner/sync.ts';
import { parseScenarioOrThrow } from '../src/scenario/parse.ts';
import { loadPreset } from '../src/scenario/presets.ts';
import { setPath } from '../src/scenario/set-path.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { defaultWorkerCount } from '../src/runner/web-workers.ts';
import { launchChromium, serveApp } from '../test/browser/server.ts';
import { measureMemory, measureStability } from './browser-page.ts';
import { median } from './median.ts';

const RUNS = 5;
const round = (x: number) => Math.round(x);

const hasNumbers = (forPart: string) =>
  `(() => { const r = document.querySelector('#results'); return (r.dataset.for ?? '').includes(${JSON.stringify(forPart)}) && document.querySelector('[data-metric="caseload"]').hasAttribute('data-value'); })()`;
const isDone = (forPart: string) =>
  `(() => { const r = document.querySelector('#results'); return r.dataset.status === 'done' && (r.dataset.for ?? '').includes(${JSON.stringify(forPart)}); })()`;

/** Installed before the page's scripts: each change of the progress bar, with its time. */
const WATCH_PROGRESS = `
  window.__progress = [];
  new MutationObserver(() => {
    const p = document.querySelector('#progress');
    if (!p) return;
    const last = window.__progress.at(-1);
    if (!last || last.value !== p.value || last.max !== p.max) window.__progress.push({ t: performance.now(), value: p.value, max: p.max });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['value', 'max'] });
`;

/** The load's timeline from the progress bar (see the header); null when it could not be read. */
async function loadTimeline(page: Page, replications: number, doneAt: number) {
  const marks = await page.evaluate(() => (window as unknown as { __progress: { t: number; value: number; max: number }[] }).__progress);
  const ours = marks.filter((m) => m.max === replications);
  const at = (n: number) => ours.find((m) => m.value >= n)?.t;
  const asked = ours[0]?.t;
  const first = at(1);
  const all = at(replications);
  if (asked === undefined || first === undefined || all === undefined) return null;
  // Replications after the first few, which a fresh worker runs before its code is optimised.
  const warm: number[] = [];
  for (let n = 11; n <= replications; n++) {
    const a = at(n - 1);
    const b = at(n);
    if (a !== undefined && b !== undefined && b > a) warm.push(b - a);
  }
  return { askedMs: asked, firstReplicationMs: first - asked, allReplicationsMs: all, replicationMsAfterTenth: warm.length ? median(warm) : null, errorCurveMs: doneAt - all };
}

async function timeUntil(page: Page, predicate: string): Promise<number> {
  await page.waitForFunction(predicate, null, { timeout: 120_000, polling: 'raf' });
  return page.evaluate(() => performance.now());
}

/** Drags the advisors slider across for about a second and reports the main thread's long tasks. */
async function dragAndWatch(page: Page): Promise<{ count: number; maxMs: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  const box = await page.locator('#fte').boundingBox();
  if (!box) throw new Error('no slider');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  for (let step = 0; step <= 40; step++) {
    await page.mouse.move(box.x + 4 + ((box.width - 8) * step) / 40, y);
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  return { count: tasks.length, maxMs: Math.round(Math.max(0, ...tasks)) };
}

/** Today's headcount, as the page opens on it, and one more (the slider's first step). */
const TODAY_FTE = Number(loadPreset('status-quo').advisors?.fte);
const DEFAULT_REPLICATIONS = parseScenarioOrThrow(loadPreset('status-quo')).simulation.replications;
let dragLongTasks = { count: 0, maxMs: 0 };
const app = await serveApp();
const browser = await launchChromium();
const first: number[] = [];
const done: number[] = [];
const sliderFirst: number[] = [];
const sliderDone: number[] = [];
const sliderBusyFirst: number[] = [];
const timelines: NonNullable<Awaited<ReturnType<typeof loadTimeline>>>[] = [];
let cores = 0;
for (let i = 0; i < RUNS; i++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.addInitScript(WATCH_PROGRESS);
  await page.goto(app.url);
  first.push(await timeUntil(page, hasNumbers(`fte=${TODAY_FTE}&`)));
  done.push(await timeUntil(page, isDone(`fte=${TODAY_FTE}&`)));
  const timeline = await loadTimeline(page, DEFAULT_REPLICATIONS, done.at(-1) as number);
  if (timeline) timelines.push(timeline);
  cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.focus('#fte');
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('ArrowRight');
  sliderFirst.push((await timeUntil(page, hasNumbers(`fte=${TODAY_FTE + 1}&`))) - t0);
  sliderDone.push((await timeUntil(page, isDone(`fte=${TODAY_FTE + 1}&`))) - t0);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    (part) => (document.querySelector<HTMLElement>('#results')?.dataset['for'] ?? '').includes(part) && (document.querySelector<HTMLProgressElement>('#progress')?.value ?? 0) >= 12,
    `fte=${TODAY_FTE + 2}&`,
    { timeout: 120_000, polling: 'raf' },
  );
  const t1 = await page.evaluate(() => performance.now());
  await page.keyboard.press('ArrowRight');
  sliderBusyFirst.push((await timeUntil(page, hasNumbers(`fte=${TODAY_FTE + 3}&`))) - t1);
  if (i === 0) dragLongTasks = await dragAndWatch(page);
  await page.close();
}

/** The goal seek on a settled page: press, wait for the answer; the tries as the panel's table lists them. */
const GOAL_RUNS = 3;
const goalMs: number[] = [];
let goalWork = { tries: 0, replications: 0 };
for (let i = 0; i < GOAL_RUNS; i++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(app.url);
  await timeUntil(page, isDone(`fte=${TODAY_FTE}&`));
  // The error-curve sweep runs after "done" on the same workers: let it finish first.
  await page.waitForFunction(() => !(document.querySelector('[data-chart="errors"] .band-note')?.textContent ?? '').includes('beregnes'), null, { timeout: 120_000 });
  const t0 = await page.evaluate(() => performance.now());
  await page.click('#goal-compute');
  goalMs.push((await timeUntil(page, `document.querySelector('#goal')?.dataset.status === 'done'`)) - t0);
  // Rows: posts, share meeting the targets, interval, replications (the most any run of that headcount had).
  const runs = await page.$$eval('.goal-chart table tbody tr', (rows) => rows.map((r) => Number(r.querySelectorAll('td')[3]?.textContent)));
  goalWork = { tries: Number(/(\d+)/.exec((await page.textContent('#goal-status')) ?? '')?.[1]), replications: runs.reduce((a, b) => a + b, 0) };
  await page.close();
}
const stability = await measureStability(browser, app.url);
const memory = await measureMemory(browser, app.url);
await browser.close();
await app.close();

// Reference: the page's work on one Node thread: the default scenario's replications, and
// after the slider step those of 31 advisors (today's are cached by then).
const statusQuo = parseScenarioOrThrow(loadPreset('status-quo'));
const stepped = parseScenarioOrThrow(setPath(loadPreset('status-quo'), 'advisors.fte', TODAY_FTE + 1));
const replications = statusQuo.simulation.replications;
const oneThread = (scenario: Scenario) => {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    for (let r = 0; r < replications; r++) runReplication(scenario, 1, r);
    times.push(performance.now() - t0);
  }
  return median(times);
};
const reference = { defaultMs: oneThread(statusQuo), sliderMs: oneThread(stepped) };
// The same goal seek on one Node thread, today's replications cached first as on the page.
const goalReplicator = new Replicator(createSyncRunner());
await goalReplicator.replicate(statusQuo, statusQuo.simulation.seed, replications);
const g0 = performance.now();
const solved = await goalSeek(
  { scenario: statusQuo, targets: DEFAULT_GOAL.targets, probability: DEFAULT_GOAL.probability, step: 1, searchReplications: searchReplications(replications) },
  { replicator: goalReplicator },
);
const goalReferenceMs = performance.now() - g0;

console.log(
  JSON.stringify(
    {
      scenario: 'status-quo',
      replications,
      cores,
      webWorkers: defaultWorkerCount(cores),
      runs: RUNS,
      firstEstimateMs: round(median(first)),
      doneMs: round(median(done)),
      sliderFirstEstimateMs: round(median(sliderFirst)),
      sliderDoneMs: round(median(sliderDone)),
      sliderWhileRunningFirstEstimateMs: round(median(sliderBusyFirst)),
      dragLongTasksOver50ms: dragLongTasks,
      // Medians over the runs, ms from navigation (askedMs, allReplicationsMs) or durations.
      timeline: timelines.length
        ? Object.fromEntries(
            Object.keys(timelines[0] as object).map((k) => {
              const xs = timelines.map((t) => t[k as keyof (typeof timelines)[number]]).filter((x): x is number => x !== null);
              return [k, xs.length ? round(median(xs)) : null];
            }),
          )
        : null,
      targets: { firstEstimateMs: 500, doneMs: 1500, sliderFirstEstimateMs: 150 },
      referenceNodeOneThreadMs: { default: round(reference.defaultMs), slider: round(reference.sliderMs) },
      doneRatioToReference: Number((median(done) / reference.defaultMs).toFixed(3)),
      sliderDoneRatioToReference: Number((median(sliderDone) / reference.sliderMs).toFixed(3)),
      // Layout shift, blocking time and initial scripts (browser-page.ts).
      stability,
      memory,
      goalSeek: {
        runs: GOAL_RUNS,
        targets: solved.targets,
        probability: solved.probability,
        answerPosts: solved.answer?.postsFte ?? null,
        ms: round(median(goalMs)),
        maxMs: round(Math.max(...goalMs)),
        tries: goalWork.tries,
        // Replications run for the tries beyond today's (cached by the page's own estimate).
        newReplications: goalWork.replications - replications,
        msPerNewReplication: round(median(goalMs) / Math.max(1, goalWork.replications - replications)),
        target: 15_000,
        referenceNodeOneThreadMs: round(goalReferenceMs),
        ratioToReference: Number((median(goalMs) / goalReferenceMs).toFixed(3)),
      },
    },
    null,
    2,
  ),
);
