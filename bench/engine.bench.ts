/**
 * `npm run bench`: the engine's speed as machine-readable JSON, always as ratios against a
 * reference run in the same process (machines differ; ratios travel).
 *
 * - engine: cases per second through `runReplication` on the shipped `mmc-validation`
 *   scenario (one worker), beside `minimal-mmc.ts`, the same queue as the smallest event loop.
 * - kernel: the same queue with no model logic, scheduled through simjs's documented
 *   `Entity.setTimer` and through the adapter's lean timers: what the kernel alone costs.
 * - statusQuo: replications per second of the shipped `status-quo` scenario.
 * - cliStartup: `sagstal --version` compiled and from the sources, against a bare node start.
 * - endToEnd: the same queue through the compiled CLI's `run --format json` (end-to-end.ts).
 * - scale: cost per event from the default department to a national one (scale.ts).
 * - goalSeek: `sagstal solve` on status-quo as the app asks it, against one plain run (questions.ts).
 *
 * Each figure is the median (and p95) of timed batches after warm-up batches.
 */
import alea from 'seedrandom/lib/alea.js';
import { createKernel, entityTimerKernel } from '../src/kernel/simjs.ts';
import { runReplication } from '../src/model/run-replication.ts';
import { MODEL_VERSION } from '../src/model/version.ts';
import { parseScenarioOrThrow } from '../src/scenario/parse.ts';
import { loadPreset } from '../src/scenario/presets.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { runMinimalMmc } from './minimal-mmc.ts';
import { measureQuestions } from './questions.ts';
import { measureEndToEnd } from './end-to-end.ts';
import { measureScale } from './scale.ts';
import { measureStartup } from './startup.ts';

const WARMUP_BATCHES = 2;
const BATCHES = 7;

interface Figure {
  median: number;
  p95: number;
}

/** Runs `batch` (which returns how many units it processed) and reports units per second. */
function measure(batch: (i: number) => number): Figure {
  for (let i = 0; i < WARMUP_BATCHES; i++) batch(i);
  const rates: number[] = [];
  for (let i = 0; i < BATCHES; i++) {
    const t0 = performance.now();
    const units = batch(WARMUP_BATCHES + i);
    rates.push(units / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  // Rates: the slow tail is the low end, so p95 of time is p5 of rate.
  return { median: rates[Math.floor(BATCHES / 2)] as number, p95: rates[Math.floor(BATCHES * 0.05)] as number };
}

const mmc = parseScenarioOrThrow(loadPreset('mmc-validation'));
const statusQuo = parseScenarioOrThrow(loadPreset('status-quo'));
const queue = queueOf(mmc);
const REPS_PER_BATCH = 40;

/** The M/M/c parameters of a one-type, task-free scenario. */
function queueOf(s: Scenario) {
  const [type] = s.caseTypes;
  if (!type || s.caseTypes.length !== 1) throw new Error('mmc-validation must have exactly one case type');
  const { horizonWeeks, warmupWeeks } = s.simulation;
  return {
    arrivalsPerDay: type.arrivalsPerWeek / 7,
    meanServiceDays: type.duration.meanDays,
    servers: s.advisors.fte * s.advisors.caseCap,
    endDay: (horizonWeeks + warmupWeeks) * 7,
    warmupDay: warmupWeeks * 7,
  };
}

/** Cases that arrive in one replication of the queue (same as the engine's count, by construction). */
function casesOf(run: (rep: number) => number) {
  return (batch: number) => {
    let cases = 0;
    for (let r = 0; r < REPS_PER_BATCH; r++) cases += run(batch * REPS_PER_BATCH + r);
    return cases;
  };
}

const engine = measure(casesOf((rep) => runReplication(mmc, 1, rep).arrivals));
const minimal = measure(casesOf((rep) => runMinimalMmc({ ...queue, seed: `bench/${rep}` }).cases));

/** Kernel-only M/M/c: arrivals and departures with no model logic. */
function kernelOnly(kind: 'entity' | 'lean') {
  return casesOf((rep) => {
    const rng = alea(`kernel/${rep}`);
    const exp = (mean: number) => -mean * Math.log(1 - rng());
    let busy = 0;
    let waiting = 0;
    let cases = 0;
    if (kind === 'entity') {
      const k = entityTimerKernel();
      const depart = () => {
        busy--;
        if (waiting > 0) {
          waiting--;
          busy++;
          k.after(exp(queue.meanServiceDays), depart);
        }
      };
      const arrive = () => {
        cases++;
        if (busy < queue.servers) {
          busy++;
          k.after(exp(queue.meanServiceDays), depart);
        } else waiting++;
        k.after(exp(1 / queue.arrivalsPerDay), arrive);
      };
      k.after(exp(1 / queue.arrivalsPerDay), arrive);
      k.simulate(queue.endDay);
    } else {
      const k = createKernel();
      const depart = () => {
        busy--;
        if (waiting > 0) {
          waiting--;
          busy++;
          k.at(exp(queue.meanServiceDays), depart, null);
        }
      };
      const arrive = () => {
        cases++;
        if (busy < queue.servers) {
          busy++;
          k.at(exp(queue.meanServiceDays), depart, null);
        } else waiting++;
        k.at(exp(1 / queue.arrivalsPerDay), arrive, null);
      };
      k.at(exp(1 / queue.arrivalsPerDay), arrive, null);
      k.simulate(queue.endDay, Number.MAX_SAFE_INTEGER);
    }
    return cases;
  });
}
const kernelEntity = measure(kernelOnly('entity'));
const kernelLean = measure(kernelOnly('lean'));

const statusQuoReplications = measure((batch) => {
  for (let r = 0; r < 4; r++) runReplication(statusQuo, 1, batch * 4 + r);
  return 4;
});

const scale = measureScale(statusQuo);
const endToEnd = measureEndToEnd(mmc, minimal.median);
const questions = await measureQuestions(statusQuo);
const startup = measureStartup();

const round = (x: number, digits = 3) => Number(x.toPrecision(digits + 1));
console.log(
  JSON.stringify(
    {
      modelVersion: MODEL_VERSION,
      node: process.version,
      engine: {
        scenario: 'mmc-validation',
        casesPerSecond: { median: round(engine.median), p95: round(engine.p95) },
        minimalLoopCasesPerSecond: { median: round(minimal.median), p95: round(minimal.p95) },
        ratioToMinimalLoop: round(engine.median / minimal.median),
        goal: 0.35,
      },
      // `sagstal run mmc-validation --format json`, start-up subtracted (end-to-end.ts).
      endToEnd: endToEnd && { ...endToEnd, casesPerSecond: round(endToEnd.casesPerSecond), ratioToMinimalLoop: round(endToEnd.ratioToMinimalLoop) },
      kernel: {
        entitySetTimerCasesPerSecond: round(kernelEntity.median),
        leanTimerCasesPerSecond: round(kernelLean.median),
        entitySetTimerRatioToMinimalLoop: round(kernelEntity.median / minimal.median),
        leanTimerRatioToMinimalLoop: round(kernelLean.median / minimal.median),
      },
      statusQuo: {
        replicationsPerSecond: { median: round(statusQuoReplications.median), p95: round(statusQuoReplications.p95) },
      },
      // status-quo's shape at 1x, 10x and 60x (national size): seconds per replication and µs per event.
      scale: {
        sizes: scale.sizes.map((x) => ({ ...x, secondsPerReplication: round(x.secondsPerReplication), microsecondsPerEvent: round(x.microsecondsPerEvent) })),
        perEventRatioLargestToDefault: round(scale.perEventRatioLargestToDefault),
        goal: scale.goal,
      },
      // Goal seek on status-quo with the app's targets (caseload, investigations, waiting list), 2 threads.
      goalSeek: questions,
      // `sagstal --version`: compiled (npm install builds it) and from the sources, beside a bare node start.
      cliStartup: startup,
    },
    null,
    2,
  ),
);
