import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { notebookAliases, notebookPages, notebooks } from './notebooks/lib/vite-plugin.ts';
import { prerenderDanish } from './src/app/prerender-text.ts';
import { preloadExplorer, scriptImportsPreloadNothing } from './src/app/preload-explorer.ts';

export default defineConfig({
  // The Observable notebooks (notebooks/*.html) are pages of this build, beside the app.
  plugins: [
    notebooks(),
    // The app's fixed Danish text in the HTML itself, so the first paint does not jump (src/app/prerender-text.ts).
    // The explorer's chunks named in index.html, to be fetched while the page loads (src/app/preload-explorer.ts).
    preloadExplorer(),
    { name: 'sagstal-prerender-text', transformIndexHtml: { order: 'pre', handler: (html, ctx) => (ctx.path.endsWith('/index.html') || ctx.path === '/' ? prerenderDanish(html) : html) } },
  ],
  resolve: { alias: notebookAliases },
  // Workers are ES modules so the model (which imports simjs, mathjs, seedrandom) loads unchanged.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    modulePreload: { resolveDependencies: scriptImportsPreloadNothing },
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
