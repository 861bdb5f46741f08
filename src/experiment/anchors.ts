/**
 * The calibration anchors as data: each figure from the sources (../shared/design/model.md,
 * ../shared/domain/) that the model must reproduce, with the scenario that stands for it, the
 * metric, and the band it must land in. A test runs them all with a fresh seed, and
 * docs/model.md prints them with the model's figures, so a change that moves the model off an
 * anchor fails loudly and the docs cannot drift.
 */
import type { MetricId, ReplicationResult } from '../model/metrics.ts';
import { runReplication } from '../model/run-replication.ts';
import { parseScenarioOrThrow } from '../scenario/parse.ts';
import { loadPreset, type PresetName } from '../scenario/presets.ts';
import { setPath } from '../scenario/set-path.ts';
import type { Scenario } from '../scenario/types.ts';

/** A scenario by preset and the paths it changes (`advisors.fte` → 40). */
export interface AnchorScenario {
  preset: PresetName;
  set?: Readonly<Record<string, unknown>>;
}

interface AnchorBase {
  id: string;
  /** What the source measured, in one line. */
  what: string;
  /** The source, short (details and links: shared/domain/facts.md). */
  source: string;
  metric: MetricId;
}

/** The model's mean must lie in [low, high] for the scenario. */
export interface BandAnchor extends AnchorBase {
  kind: 'band';
  scenario: AnchorScenario;
  low: number;
  high: number;
}

/** The model's mean must be lower in `better` than in `worse`, by at least `margin`. */
export interface OrderAnchor extends AnchorBase {
  kind: 'order';
  better: AnchorScenario;
  worse: AnchorScenario;
  margin: number;
}

export type Anchor = BandAnchor | OrderAnchor;

/** The Herning preset once its hires are in: 64 posts in post, cap 25, Herning's practice. */
const HERNING_IN_POST: AnchorScenario = { preset: 'herning-model', set: { 'advisors.fte': 64, 'advisors.hiring': [] } };

export const ANCHORS: readonly Anchor[] = [
  {
    id: 'investigations-late',
    kind: 'band',
    what: 'Børnefaglige undersøgelser not finished within 4 months; status quo carries 45 cases per advisor, above the national 31–33, so at or above the national figures',
    source: 'Børnesagsbarometret: 40 % late (2021), 66 % (2023), 50 % (2024); DS caseload surveys 2019–23',
    metric: 'investigationsLateShare',
    scenario: { preset: 'status-quo' },
    low: 0.5,
    high: 0.75,
  },
  {
    id: 'placement-files',
    kind: 'band',
    what: 'Placement files breaking at least one legal requirement, at about 46 cases per advisor (band: the 95 % interval of 125 audited cases, ±0.066, widened by ±0.04 for the model\'s own sampling)',
    source: 'Ankestyrelsen, praksisundersøgelse 2009: 83 % of 125 placement cases',
    metric: 'auditedPlacementFileErrorShare',
    scenario: { preset: 'status-quo' },
    low: 0.72,
    high: 0.94,
  },
  {
    id: 'follow-ups',
    kind: 'band',
    what: 'Follow-ups not held by their due date',
    source: 'Børnesagsbarometret: first follow-up within 3 months in 50 % (2020–22) and 75 % (2024) of cases',
    metric: 'followUpsLateShare',
    scenario: { preset: 'status-quo' },
    low: 0.2,
    high: 0.55,
  },
  {
    id: 'herning-few-errors',
    kind: 'band',
    what: 'Few decisions missing a legal element at 20–25 cases per advisor',
    source: 'Herning (KORA 2015): "almost no complaints" after caseloads were halved; assumption: at most 1 in 10',
    metric: 'decisionErrorShare',
    scenario: HERNING_IN_POST,
    low: 0,
    high: 0.1,
  },
  {
    id: 'herning-beats-headcount',
    kind: 'order',
    what: 'Advisors with 23 cases each (the Herning model, its hires in post) miss fewer legal elements than advisors with 33 cases under the same time pressure (45 posts at cap 50)',
    source: 'DS guideline 20–30 cases; Herning 2013–15; mechanism: the caseload effect (assumption)',
    metric: 'decisionErrorShare',
    better: HERNING_IN_POST,
    worse: { preset: 'status-quo', set: { 'advisors.fte': 45 } },
    margin: 0.02,
  },
];

/** The anchor's scenario, resolved. */
export function anchorScenario(a: AnchorScenario): Scenario {
  let input = loadPreset(a.preset);
  for (const [path, value] of Object.entries(a.set ?? {})) input = setPath(input, path, value);
  return parseScenarioOrThrow(input);
}

/** Replications 0..n−1 of each anchor scenario, run once however many anchors read it. */
function replicationsOf(seed: number, replications: number): (a: AnchorScenario) => ReplicationResult[] {
  const runs = new Map<string, ReplicationResult[]>();
  return (a) => {
    const key = JSON.stringify(a);
    let results = runs.get(key);
    if (!results) {
      const scenario = anchorScenario(a);
      results = Array.from({ length: replications }, (_, i) => runReplication(scenario, seed, i));
      runs.set(key, results);
    }
    return results;
  };
}

export interface AnchorCheck {
  anchor: Anchor;
  /** Band: the figure. Order: the better scenario's figure. */
  figure: number;
  /** Order: the worse scenario's figure. */
  other: number | null;
  holds: boolean;
}

/** Runs every anchor's scenarios and says whether it holds. */
export function checkAnchors(seed: number, replications: number): AnchorCheck[] {
  const runs = replicationsOf(seed, replications);
  const figureOf = (a: AnchorScenario, metric: MetricId) => {
    const results = runs(a);
    return results.reduce((sum, r) => sum + r.metrics[metric], 0) / results.length;
  };
  return ANCHORS.map((anchor) => {
    if (anchor.kind === 'band') {
      const figure = figureOf(anchor.scenario, anchor.metric);
      return { anchor, figure, other: null, holds: figure >= anchor.low && figure <= anchor.high };
    }
    const figure = figureOf(anchor.better, anchor.metric);
    const other = figureOf(anchor.worse, anchor.metric);
    return { anchor, figure, other, holds: figure <= other - anchor.margin };
  });
}

/** The anchors as a Markdown table with the model's figures (docs/model.md embeds it). */
export function anchorTable(checks: readonly AnchorCheck[], seed: number, replications: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const scenarioText = (s: AnchorScenario) =>
    [s.preset, ...Object.entries(s.set ?? {}).map(([path, value]) => `${path}=${JSON.stringify(value)}`)].join(' ');
  const rows = checks.map(({ anchor, figure, other, holds }) => {
    const where = anchor.kind === 'band' ? scenarioText(anchor.scenario) : `${scenarioText(anchor.better)} vs ${scenarioText(anchor.worse)}`;
    const band = anchor.kind === 'band' ? `${pct(anchor.low)} – ${pct(anchor.high)}` : `lower by ≥ ${pct(anchor.margin)}`;
    const model = other === null ? pct(figure) : `${pct(figure)} vs ${pct(other)}`;
    return [anchor.what, anchor.source, `\`${anchor.metric}\``, where, band, model, holds ? 'holds' : '**fails**'];
  });
  const header = ['anchor', 'source', 'metric', 'scenario', 'must be', `model (seed ${seed}, ${replications} runs)`, 'verdict'];
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
