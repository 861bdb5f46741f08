import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The architecture's import boundaries, one entry per folder under src/, each message saying why.
 * `no-restricted-imports` from a later config block replaces an earlier one's for the same
 * file, so each folder gets exactly one block, built from this table; every other folder of
 * src/ gets the simjs rule alone. Globs match relative imports at any depth ('../model/x.ts').
 * Dynamic import() is not checked by this rule.
 */
const layers = (...names) => names.map((name) => `**/${name}/*`);
const srcFiles = (folder) => [`src/${folder}/**/*.ts`, `src/${folder}/**/*.js`];
const SIMJS = {
  group: ['simjs', 'simjs/*'],
  message: 'simjs is used only through src/kernel/simjs.ts, so the kernel can be replaced in one place.',
};
const BOUNDARIES = {
  app: [
    { group: layers('model'), message: 'the app reaches the model through src/experiment/catalogue.ts.' },
    { group: layers('kernel'), message: 'the app runs simulations through src/runner, never the kernel.' },
    SIMJS,
  ],
  scenario: [
    {
      group: layers('model', 'experiment', 'runner', 'app', 'cli', 'kernel'),
      message: 'scenarios are data every layer reads: src/scenario may import only src/formula and src/random.',
    },
    SIMJS,
  ],
  formula: [
    // Not expressible as a gitignore glob ('./' cannot be negated): anything but './…' and mathjs.
    {
      regex: '^(?!\\./|mathjs(?:/|$))',
      message: 'src/formula is a leaf shared by scenario and model: it imports only mathjs and itself.',
    },
  ],
  kernel: [{ group: ['../*'], message: 'src/kernel wraps simjs and depends on nothing else under src/.' }],
  model: [
    {
      group: layers('runner', 'app', 'cli', 'experiment'),
      message: 'the model runs one replication; runners, experiments and front ends build on it, never the reverse.',
    },
    SIMJS,
  ],
  experiment: [
    { group: layers('app', 'cli'), message: 'experiments serve both front ends (app, cli), so depend on neither.' },
    SIMJS,
  ],
  notebooks: [
    {
      group: layers('model', 'kernel', 'cli'),
      message: 'the notebooks are a front end like the app: they run the model through src/experiment and src/runner, and read about it in src/experiment/catalogue.ts.',
    },
    SIMJS,
  ],
  runner: [
    {
      group: layers('app', 'cli', 'experiment'),
      message: 'the runner only ships replications to workers; front ends and experiments drive it, not the reverse.',
    },
    SIMJS,
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'bin/compiled/', 'scratch/', 'node_modules/', 'coverage/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Every random draw must come from a seeded stream (src/random): reproducible links depend on it.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded stream from src/random.' },
      ],
    },
  },
  ...Object.entries(BOUNDARIES).map(([folder, patterns]) => ({
    files: srcFiles(folder),
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    files: ['src/**/*.ts', 'src/**/*.js'],
    ignores: Object.keys(BOUNDARIES).flatMap(srcFiles),
    rules: { 'no-restricted-imports': ['error', { patterns: [SIMJS] }] },
  },
  {
    // Plot is a third of the page's code and the first numbers do not need it: src/app/plot.ts loads it on the first chart.
    files: srcFiles('app'),
    ignores: ['src/app/plot.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@observablehq/plot', allowTypeImports: true, message: 'charts take Plot from src/app/plot.ts, which loads it after the first numbers.' }] },
      ],
    },
  },
);
