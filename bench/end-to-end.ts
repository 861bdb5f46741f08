/**
 * The engine end to end, as a user runs it: `sagstal run mmc-validation --format json` (one
 * worker, compiled CLI), its `--version` start-up subtracted, in cases per second beside the
 * minimal loop measured in the same process. Summaries, series and JSON are part of the cost.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runReplication } from '../src/model/run-replication.ts';
import type { Scenario } from '../src/scenario/types.ts';

const REPLICATIONS = 400;

function seconds(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

/** Null when the CLI is not compiled (npm install builds it). */
export function measureEndToEnd(mmc: Scenario, minimalCasesPerSecond: number) {
  const cli = 'bin/compiled/sagstal.js';
  if (!existsSync(cli)) return null;
  let cases = 0;
  for (let r = 0; r < REPLICATIONS; r++) cases += runReplication(mmc, mmc.simulation.seed, r).arrivals;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const startup = seconds([cli, '--version']);
    const total = seconds([cli, 'run', 'mmc-validation', '--format', 'json', '--workers', '1', '--quiet', '--replications', String(REPLICATIONS), '--out', '/dev/null']);
    runs.push(cases / Math.max(1e-3, total - startup));
  }
  runs.sort((a, b) => a - b);
  const median = runs[1] as number;
  return { replications: REPLICATIONS, cases, casesPerSecond: median, ratioToMinimalLoop: median / minimalCasesPerSecond, goal: 0.35 };
}
