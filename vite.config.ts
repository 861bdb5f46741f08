import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { notebookAliases, notebookPages, notebooks } from './notebooks/lib/vite-plugin.ts';
import { OPENING_RUN_MODULE, openingRun, openingRunModule } from './src/app/opening-run.ts';
import { prerenderDanish } from './src/app/prerender-text.ts';

/** What the explorer asks first on a bare address, for the page's entry and its first worker (src/app/opening-run.ts). */
function openingRunPlugin(): Plugin {
  return {
    name: 'sagstal-opening-run',
    resolveId: (id) => (id === OPENING_RUN_MODULE ? `\0${OPENING_RUN_MODULE}` : undefined),
    load: (id) => (id === `\0${OPENING_RUN_MODULE}` ? openingRunModule(openingRun()) : undefined),
  };
}

export default defineConfig({
  // The Observable notebooks (notebooks/*.html) are pages of this build, beside the app.
  plugins: [
    notebooks(),
    // The app's fixed Danish text in the HTML itself, so the first paint does not jump (src/app/prerender-text.ts).
    { name: 'sagstal-prerender-text', transformIndexHtml: { order: 'pre', handler: (html, ctx) => (ctx.path.endsWith('/index.html') || ctx.path === '/' ? prerenderDanish(html) : html) } },
    openingRunPlugin(),
  ],
  resolve: { alias: notebookAliases },
  // Workers are ES modules so the model (which imports simjs, mathjs, seedrandom) loads unchanged.
  worker: { format: 'es', plugins: () => [openingRunPlugin()] },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), ...notebookPages() } },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Browser tests run the app twice over in places; on a loaded two-core machine some take 50 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { TZ: 'Europe/Copenhagen' },
  },
});
