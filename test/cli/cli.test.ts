/**
 * The CLI as a user runs it: a child process, its exit status, stdout and stderr. Checks of
 * refused input run in this process (test/support/cli.ts), two of them also as a child.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { METRIC_IDS, SERIES_IDS } from '../../src/model/metrics.ts';
import { PRESET_NAMES } from '../../src/scenario/presets.ts';
import { sagstalInProcess } from '../support/cli.ts';
import { pollutionSince, prototypeSnapshot } from '../support/prototypes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sagstal = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/sagstal.js', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const SHORT = ['--replications', '3', '--set', 'simulation.horizonWeeks=8'];
const tmp = mkdtempSync(join(tmpdir(), 'sagstal-cli-'));

describe('sagstal', () => {
  it('prints its help and the presets', () => {
    const help = sagstal('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('sagstal run <scenario>');
    const presets = sagstal('presets');
    expect(presets.status).toBe(0);
    for (const name of PRESET_NAMES) expect(presets.stdout).toContain(name);
  });

  it('runs a preset and prints the documented JSON', () => {
    const { status, stdout, stderr } = sagstal('run', 'status-quo', ...SHORT, '--seed', '7');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.seed).toBe(7);
    expect(result.replications).toBe(3);
    expect(result.scenario.simulation.horizonWeeks).toBe(8);
    expect(Object.keys(result.derived).sort()).toEqual(
      ['arrivalsPerDay', 'caseSlots', 'horizonDays', 'meanDurationDays', 'requiredFteByWorkloadFormula'].sort(),
    );
    expect(Object.keys(result.metrics).sort()).toEqual([...METRIC_IDS].sort());
    for (const m of Object.values(result.metrics) as { p10: number; p50: number; p90: number; unit: string }[]) {
      expect(typeof m.unit).toBe('string');
      if (m.p50 !== null) expect(m.p10).toBeLessThanOrEqual(m.p90);
    }
    expect(Object.keys(result.series).sort()).toEqual([...SERIES_IDS].sort());
    expect(result.series.waitingList).toHaveLength(9);
    // Filled posts only: 34 posts less vacancies (turnover 24 %/year, 91 days to refill).
    expect(result.metrics.staffCostPerYear.p50).toBeLessThan(34 * 625_000);
    expect(result.metrics.staffCostPerYear.p50).toBeGreaterThan(31 * 625_000);
  });

  it('gives the same bytes with one worker and with three', () => {
    const one = sagstal('run', 'intake-plus-25', ...SHORT);
    const three = sagstal('run', 'intake-plus-25', ...SHORT, '--workers', '3');
    expect(three.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });

  it('writes CSV to a file', () => {
    const out = join(tmp, 'result.csv');
    const { status } = sagstal('run', 'herning-model', ...SHORT, '--format', 'csv', '--out', out);
    expect(status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('kind,id,week,unit,mean,p10,p50,p90');
    expect(lines.filter((l) => l.startsWith('metric,'))).toHaveLength(METRIC_IDS.length);
    expect(lines.filter((l) => l.startsWith('series,waitingList,'))).toHaveLength(9);
  });

  it('reads a scenario file', () => {
    const file = join(tmp, 'small.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, title: 'Lille', advisors: { fte: 12 }, simulation: { horizonWeeks: 6, replications: 2 } }));
    const { status, stdout } = sagstal('run', file);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).scenario.advisors.fte).toBe(12);
  });
});

/** Exit 2, exactly one line on stderr, no stack trace, nothing on stdout. */
function refusedWith({ status, stderr, stdout }: { status: number | null; stdout: string; stderr: string }): string {
  expect(status).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return stderr.trimEnd();
}

describe('sagstal on bad input, as a child process', () => {
  it('names a parameter out of range', () => {
    expect(refusedWith(sagstal('run', 'status-quo', '--set', 'advisors.fte=-3'))).toBe('sagstal: status-quo: advisors.fte must be between 0.5 and 5000, got -3');
  });

  it('refuses a path through __proto__ before it reaches anything', () => {
    expect(refusedWith(sagstal('run', 'status-quo', '--set', '__proto__.kind=list'))).toBe(
      'sagstal: __proto__.kind is refused: __proto__ can never be a field or an id',
    );
  });
});

describe('sagstal on bad input', () => {
  const refused = async (...args: string[]) => refusedWith(await sagstalInProcess(...args));

  it('suggests the nearest key for an unknown one', async () => {
    expect(await refused('run', 'status-quo', '--set', 'advisors.ftee=3')).toBe(
      'sagstal: status-quo: advisors.ftee is not a known field; did you mean advisors.fte?',
    );
  });

  it('suggests the nearest case type or task for an unknown id', async () => {
    expect(await refused('run', 'status-quo', '--set', 'caseTypes.investigaton.duration.meanDays=80')).toBe(
      'sagstal: caseTypes.investigaton names no case type; did you mean investigation? (new case types are added in a scenario file, not by --set or a link)',
    );
    expect(await refused('run', 'status-quo', '--set', 'caseTypes.placement.tasks.plann.hours=3')).toMatch(
      /^sagstal: caseTypes\.placement\.tasks\.plann names no task of placement; did you mean plan\?/,
    );
  });

  it('refuses __proto__, constructor and prototype in paths and in files, naming where', async () => {
    const before = prototypeSnapshot();
    expect(await refused('run', 'status-quo', '--set', 'caseTypes.investigation.__proto__.x=1')).toBe(
      'sagstal: caseTypes.investigation.__proto__.x is refused: __proto__ can never be a field or an id',
    );
    const file = join(tmp, 'hostile.json');
    writeFileSync(file, '{ "advisors": { "__proto__": { "polluted": 1 } }, "caseTypes": [{ "id": "constructor" }] }');
    expect(await refused('run', file)).toBe(
      `sagstal: ${file}: caseTypes.constructor is refused: constructor can never be a field or an id; and 1 more: advisors.__proto__ is refused: __proto__ can never be a field or an id`,
    );
    expect(pollutionSince(before)).toEqual([]);
  });

  it('keeps every key of a map when --set changes one', async () => {
    // Measured: the 8 % investigation → placement share used to vanish.
    const changed = await sagstalInProcess('run', 'status-quo', '--set', 'caseTypes.investigation.next.preventive=0.5', '--replications', '1', '--set', 'simulation.horizonWeeks=1');
    expect(changed.status).toBe(0);
    expect(JSON.parse(changed.stdout).scenario.caseTypes[0].next).toEqual({ preventive: 0.5, placement: 0.08 });
  });

  it('explains flags, commands, files and JSON', async () => {
    expect(await refused('run', 'status-quo', '--replications', 'many')).toBe('sagstal: --replications must be a whole number of at least 1, got "many"');
    expect(await refused('run', 'status-quo', '--colour')).toMatch(/^sagstal: Unknown option '--colour'/);
    expect(await refused('simulate')).toBe('sagstal: unknown command "simulate"; the commands are run, solve, sensitivity, sweep, presets and parameters');
    expect(await refused('run', 'no-such-thing')).toMatch(/^sagstal: no scenario file or preset named "no-such-thing" \(presets: status-quo/);
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{\n  "advisors": { "fte": 30, }\n}\n');
    expect(await refused('run', broken)).toMatch(/is not valid JSON: .* at line 2, column \d+$/);
    expect(await refused('run', 'status-quo', '--set', 'advisors.fte')).toBe('sagstal: --set expects path=value (e.g. advisors.fte=34), got "advisors.fte"');
  });

  it('refuses a run over the work bound and names the bound', async () => {
    const message = await refused('run', 'status-quo', '--replications', '2000', '--set', 'simulation.horizonWeeks=520', '--set', 'advisors.fte=400');
    expect(message).toMatch(/refused: this run would schedule about .* events .* over the limit of 4\.00e\+8 events per run/);
  });
});
