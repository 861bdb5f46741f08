#!/usr/bin/env node
// Compiles the `sagstal` command and its worker thread to plain JavaScript (bin/compiled/), so
// the command starts in a fraction of a second instead of compiling TypeScript on every run.
// Runs on `npm install` (the `prepare` script); bin/sagstal.js falls back to the sources when
// the compiled files are missing or older than src/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Another folder may be given (tests build into a temporary one).
const outdir = process.argv[2] ?? 'bin/compiled';
await build({
  absWorkingDir: root,
  entryPoints: {
    // The worker's name is the one node-threads.ts resolves next to the running script.
    sagstal: 'src/cli/entry.ts',
    'node-worker-entry': 'src/runner/node-worker.ts',
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some dependencies are CommonJS and call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
