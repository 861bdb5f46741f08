/**
 * The import boundaries in eslint.config.js fire where they should and only there: each case
 * lints one import line as if it were a file in the given folder. One ESLint instance, reused.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

/** The no-restricted-imports messages for `code` linted as `filePath` (relative to the repo). */
async function restrictions(filePath: string, code: string): Promise<{ severity: number; message: string }[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${repoRoot}/${filePath}`, warnIgnored: true });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map(({ severity, message }) => ({ severity, message }));
}

const use = (from: string) => `import { x } from '${from}';\nexport const y = x;`;

/** [file, import source, the why-message expected (a fragment), or null when allowed] */
const CASES: [string, string, string | null][] = [
  // The app reaches the model only through the catalogue; never the kernel or simjs.
  ['src/app/x.ts', '../model/metrics.ts', 'src/experiment/catalogue.ts'],
  ['src/app/x.ts', '../model/version.ts', 'src/experiment/catalogue.ts'],
  ['src/app/sub/x.ts', '../../model/metrics.ts', 'src/experiment/catalogue.ts'],
  ['src/app/x.ts', '../experiment/catalogue.ts', null],
  ['src/app/x.ts', '../experiment/summarize.ts', null],
  ['src/app/x.ts', '../runner/abort.ts', null],
  ['src/app/x.ts', '../scenario/parse.ts', null],
  ['src/app/x.ts', '../kernel/simjs.ts', 'never the kernel'],
  ['src/app/x.ts', 'simjs', 'src/kernel/simjs.ts'],
  // Plot only through src/app/plot.ts, which loads it after the first numbers.
  ['src/app/x.ts', '@observablehq/plot', 'src/app/plot.ts'],
  ['src/app/plot.ts', '@observablehq/plot', null],
  ['src/app/x.ts', './plot.ts', null],
  ['src/notebooks/x.ts', '@observablehq/plot', null],
  // Scenario: only formula and random.
  ['src/scenario/x.ts', '../model/metrics.ts', 'only src/formula and src/random'],
  ['src/scenario/x.ts', '../experiment/summarize.ts', 'only src/formula and src/random'],
  ['src/scenario/x.ts', '../runner/pool.ts', 'only src/formula and src/random'],
  ['src/scenario/x.ts', '../app/link.ts', 'only src/formula and src/random'],
  ['src/scenario/x.ts', '../cli/args.ts', 'only src/formula and src/random'],
  ['src/scenario/x.ts', '../kernel/simjs.ts', 'only src/formula and src/random'],
  ['src/scenario/x.ts', '../formula/formula.ts', null],
  ['src/scenario/x.ts', '../random/streams.ts', null],
  ['src/scenario/x.ts', './types.ts', null],
  ['src/scenario/x.ts', 'simjs', 'src/kernel/simjs.ts'],
  // Formula: mathjs and itself.
  ['src/formula/x.ts', '../model/metrics.ts', 'only mathjs and itself'],
  ['src/formula/x.ts', '../scenario/types.ts', 'only mathjs and itself'],
  ['src/formula/x.ts', '../random/streams.ts', 'only mathjs and itself'],
  ['src/formula/x.ts', 'simjs', 'only mathjs and itself'],
  ['src/formula/x.ts', 'seedrandom', 'only mathjs and itself'],
  ['src/formula/x.ts', 'mathjs', null],
  ['src/formula/x.ts', 'mathjs/number', null],
  ['src/formula/x.ts', './math.ts', null],
  // Notebooks: a front end beside the app, through the experiment layer and the runner.
  ['src/notebooks/x.ts', '../model/metrics.ts', 'src/experiment/catalogue.ts'],
  ['src/notebooks/x.ts', '../kernel/simjs.ts', 'src/experiment/catalogue.ts'],
  ['src/notebooks/x.ts', '../cli/args.ts', 'src/experiment/catalogue.ts'],
  ['src/notebooks/x.ts', '../experiment/anchors.ts', null],
  ['src/notebooks/x.ts', '../runner/web-workers.ts', null],
  ['src/notebooks/x.ts', '../app/i18n.ts', null],
  ['src/notebooks/x.ts', 'simjs', 'src/kernel/simjs.ts'],
  // Model: not the layers built on it.
  ['src/model/x.ts', '../runner/pool.ts', 'never the reverse'],
  ['src/model/x.ts', '../app/link.ts', 'never the reverse'],
  ['src/model/x.ts', '../cli/args.ts', 'never the reverse'],
  ['src/model/x.ts', '../experiment/summarize.ts', 'never the reverse'],
  ['src/model/x.ts', '../kernel/simjs.ts', null],
  ['src/model/x.ts', '../scenario/types.ts', null],
  ['src/model/x.ts', '../formula/formula.ts', null],
  ['src/model/x.ts', '../random/streams.ts', null],
  ['src/model/x.ts', 'simjs', 'src/kernel/simjs.ts'],
  // Experiment: not the front ends.
  ['src/experiment/x.ts', '../app/link.ts', 'depend on neither'],
  ['src/experiment/x.ts', '../cli/args.ts', 'depend on neither'],
  ['src/experiment/x.ts', '../model/metrics.ts', null],
  ['src/experiment/x.ts', '../runner/pool.ts', null],
  // Runner: not the front ends, not experiments (also in its plain-JS files).
  ['src/runner/x.ts', '../app/link.ts', 'not the reverse'],
  ['src/runner/x.ts', '../cli/args.ts', 'not the reverse'],
  ['src/runner/x.ts', '../experiment/summarize.ts', 'not the reverse'],
  ['src/runner/x.js', '../experiment/summarize.ts', 'not the reverse'],
  ['src/runner/x.ts', '../model/run-replication.ts', null],
  // Kernel: simjs and itself.
  ['src/kernel/x.ts', 'simjs', null],
  ['src/kernel/x.ts', './simjs-window.ts', null],
  ['src/kernel/x.ts', '../random/streams.ts', 'nothing else under src/'],
  ['src/kernel/x.ts', '../model/case.ts', 'nothing else under src/'],
  // simjs outside the kernel, in folders without a boundary of their own too.
  ['src/cli/x.ts', 'simjs', 'src/kernel/simjs.ts'],
  ['src/random/x.ts', 'simjs', 'src/kernel/simjs.ts'],
  ['src/cli/x.ts', '../model/metrics.ts', null],
];

describe('import boundaries (eslint no-restricted-imports, and its TypeScript twin for Plot)', () => {
  it.each(CASES)('%s importing %s', async (file, from, why) => {
    const found = await restrictions(file, use(from));
    if (why === null) {
      expect(found).toEqual([]);
    } else {
      expect(found).toHaveLength(1);
      expect(found[0]?.severity).toBe(2);
      expect(found[0]?.message).toContain(why);
    }
  });

  it('covers type-only imports and re-exports too', async () => {
    expect(await restrictions('src/app/x.ts', "import type { ReplicationResult } from '../model/metrics.ts';\nexport type R = ReplicationResult;")).toHaveLength(1);
    expect(await restrictions('src/app/x.ts', "export { METRICS } from '../model/metrics.ts';")).toHaveLength(1);
    expect(await restrictions('src/app/x.ts', "export type { ReplicationResult } from '../experiment/catalogue.ts';")).toEqual([]);
    // Plot's types cost the page nothing: only its code waits for the first chart.
    expect(await restrictions('src/app/x.ts', "import type * as PlotTypes from '@observablehq/plot';\nexport type O = PlotTypes.PlotOptions;")).toEqual([]);
  });
});
