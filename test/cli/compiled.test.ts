/**
 * The compiled command (what `npm install` builds into bin/compiled/ so that `sagstal` starts
 * without compiling TypeScript) gives the same output as the sources, worker threads included.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sagstalInProcess } from '../support/cli.ts';

const run = promisify(execFile);
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sagstal-compiled-'));
  await run(process.execPath, ['bin/build-cli.js', dir]);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the compiled sagstal', () => {
  it('prints what the sources print, with two worker threads', async () => {
    const args = ['run', 'status-quo', '-n', '3', '-w', '2', '-q'];
    const compiled = await run(process.execPath, [join(dir, 'sagstal.js'), ...args], { maxBuffer: 64 << 20 });
    const sources = await sagstalInProcess(...args);
    expect(compiled.stdout).toBe(sources.stdout);
  }, 60_000);

  it('refuses bad input with the same one line and exit status 2', async () => {
    const failed = await run(process.execPath, [join(dir, 'sagstal.js'), 'run', 'status-quo', '--set', 'advisors.fte=-1']).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(2);
    expect(failed.stderr).toBe((await sagstalInProcess('run', 'status-quo', '--set', 'advisors.fte=-1')).stderr);
  }, 30_000);
});
