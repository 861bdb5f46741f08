/**
 * The command's start-up: `sagstal --version` compiled (bin/compiled/, what `npm install`
 * builds) and from the sources through tsx, each against a bare `node -e ""` start in the same
 * process (the floor no command can beat). Medians of several spawns.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SPAWNS = 5;

function medianSeconds(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < SPAWNS; i++) {
    const start = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export function measureStartup() {
  const bare = medianSeconds(['-e', '']);
  const compiled = existsSync('bin/compiled/sagstal.js') ? medianSeconds(['bin/compiled/sagstal.js', '--version']) : null;
  const sources = medianSeconds(['bin/run-ts.js', 'src/cli/entry.ts', '--version']);
  const round = (x: number) => Number(x.toPrecision(3));
  return {
    bareNodeSeconds: round(bare),
    compiledSeconds: compiled === null ? null : round(compiled),
    sourcesSeconds: round(sources),
    compiledRatioToBareNode: compiled === null ? null : round(compiled / bare),
    goalSeconds: 0.3,
  };
}
