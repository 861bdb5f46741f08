/**
 * The notebooks in the app's own Vite build: `notebooks/*.html` are Observable Notebook Kit
 * files, rendered by the kit's Vite plugin into pages, so `npm start` serves them beside the app
 * (with live reload) and `npm run build` writes them into `dist/notebooks/` with the app.
 *
 * Why not the kit's `notebooks build`: it builds with its own Vite config, without the project's
 * `worker: { format: 'es' }` that the Web Worker runner needs, and into a folder of its own. Its
 * plugin is the same code; here it is given the notebook pages only (the kit's plugin reads
 * every HTML page as a notebook, and would empty the app's `index.html`), and loaded on the first
 * page so that vitest, which reads this config too, does not start JSDOM for nothing.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexHtmlTransformContext, IndexHtmlTransformResult, Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
/** The folder the notebooks live in. */
export const NOTEBOOKS_DIR = resolve(here, '..');
/** The page around each notebook: header, language switch, favicon (the kit's template format). */
export const TEMPLATE = join(NOTEBOOKS_DIR, 'lib', 'template.tmpl');

/** The notebook files, by name without `.html` (validation, calibration, policy). */
export function notebookPages(): Record<string, string> {
  const files = readdirSync(NOTEBOOKS_DIR).filter((f) => f.endsWith('.html'));
  return Object.fromEntries(files.map((f) => [`notebooks/${basename(f, '.html')}`, join(NOTEBOOKS_DIR, f)]));
}

type Transform = (html: string, context: IndexHtmlTransformContext) => Promise<IndexHtmlTransformResult>;

export function notebooks(): Plugin {
  let transform: Promise<Transform> | null = null;
  const kit = () =>
    (transform ??= import('@observablehq/notebook-kit/vite').then(({ observable }) => {
      const plugin = observable({ template: TEMPLATE }) as Plugin;
      const hook = plugin.transformIndexHtml;
      if (!hook || typeof hook === 'function' || !('handler' in hook)) {
        throw new Error('@observablehq/notebook-kit/vite: its plugin no longer has a transformIndexHtml { handler } (the shape this wrapper was written for, kit 2.1)');
      }
      return hook.handler as Transform;
    }));
  return {
    name: 'sagstal-notebooks',
    buildStart() {
      this.addWatchFile(TEMPLATE);
    },
    handleHotUpdate({ file, server }) {
      // A notebook page reloads by itself (Vite reloads changed HTML); the template is read by the plugin.
      if (resolve(file) === TEMPLATE) server.hot.send({ type: 'full-reload' });
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        if (dirname(resolve(context.filename)) !== NOTEBOOKS_DIR) return html;
        return (await kit())(html, context);
      },
    },
  };
}

/** Resolves the kit's `observable:` imports (its runtime and styles), as the kit's own config does. */
export const notebookAliases = [{ find: /^observable:(.*)$/, replacement: `${fileURLToPath(new URL('../../node_modules/@observablehq/notebook-kit/dist/src/', import.meta.url))}$1` }];
