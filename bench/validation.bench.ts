/**
 * `npm run bench:validation`: the figures behind docs/model.md's validation table, as JSON.
 * The tests (test/model) assert the same checks with tolerances; this prints the numbers.
 */
import { erlangCMeanWait } from '../src/experiment/erlang-c.ts';
import { derive } from '../src/model/derive.ts';
import type { ReplicationResult } from '../src/model/metrics.ts';
import { runReplication } from '../src/model/run-replication.ts';
import { requiredFte } from '../src/model/workload.ts';
import { MODEL_VERSION } from '../src/model/version.ts';
import { parseScenarioOrThrow } from '../src/scenario/parse.ts';
import { loadPreset, type PresetName } from '../src/scenario/presets.ts';
import type { Scenario } from '../src/scenario/types.ts';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const se = (xs: number[]) => Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1) / xs.length);
const runs = (s: Scenario, n: number, seed = 1): ReplicationResult[] =>
  Array.from({ length: n }, (_, i) => runReplication(s, seed, i));
const r4 = (x: number) => Number(x.toPrecision(4));
const preset = (name: PresetName) => parseScenarioOrThrow(loadPreset(name));


// 1. Queueing limit.
const mmc = preset('mmc-validation');
const [type] = mmc.caseTypes;
const lambda = (type?.arrivalsPerWeek ?? 0) / 7;
const mu = 1 / (type?.duration.meanDays ?? 1);
const c = mmc.advisors.fte * mmc.advisors.caseCap;
const wq = erlangCMeanWait(c, lambda, mu);
const mmcRuns = runs(mmc, 400);
const waits = mmcRuns.map((r) => r.metrics.waitDays);

// 2. Little's law on the default mix with no waiting.
const roomy = preset('status-quo');
roomy.advisors.fte = 60;
roomy.simulation.horizonWeeks = 156;
const roomyRuns = runs(roomy, 20);
const open = roomyRuns.map((r) => r.metrics.openCases);
const d = derive(roomy);

// 3. Workload formula: pressure at the formula FTE, status-quo mix.
const atFormula = preset('status-quo');
atFormula.advisors.fte = Math.round(requiredFte(atFormula) * 100) / 100;
const pressure = runs(atFormula, 20).map((r) => r.metrics.pressure);

// Calibration anchors.
const anchors = Object.fromEntries(
  (['status-quo', 'intake-plus-25', 'herning-model'] as const).map((name) => {
    const s = preset(name);
    const rs = runs(s, 40);
    const m = (id: keyof ReplicationResult['metrics']) => r4(mean(rs.map((r) => r.metrics[id])));
    return [
      name,
      {
        fte: s.advisors.fte,
        caseload: m('caseload'),
        pressure: m('pressure'),
        waitingListEnd: m('waitingListEnd'),
        investigationsLateShare: m('investigationsLateShare'),
        followUpsLateShare: m('followUpsLateShare'),
        childrenLetDownShare: m('childrenLetDownShare'),
        decisionErrorShare: m('decisionErrorShare'),
        auditedFileErrorShare: m('auditedFileErrorShare'),
        auditedPlacementFileErrorShare: m('auditedPlacementFileErrorShare'),
        requiredFteByWorkloadFormula: r4(derive(s).requiredFteByWorkloadFormula),
      },
    ];
  }),
);

console.log(
  JSON.stringify(
    {
      modelVersion: MODEL_VERSION,
      erlangC: { replications: 400, formulaWaitDays: r4(wq), simulatedWaitDays: r4(mean(waits)), standardError: r4(se(waits)) },
      littlesLaw: {
        replications: 20,
        expectedOpenCases: r4(d.arrivalsPerDay * d.meanDurationDays),
        simulatedOpenCases: r4(mean(open)),
        standardError: r4(se(open)),
      },
      workloadFormula: {
        replications: 20,
        fte: atFormula.advisors.fte,
        simulatedPressure: r4(mean(pressure)),
        standardError: r4(se(pressure)),
      },
      anchors,
    },
    null,
    2,
  ),
);
