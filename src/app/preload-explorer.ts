/**
 * A build step (vite.config.ts): index.html names every chunk of the explorer (main.ts and the
 * chunks it imports) as a module to preload. The page's entry (boot.ts) imports the explorer
 * dynamically, after starting the workers, so the HTML named only the entry's own chunks; Vite's
 * loader then added the explorer's nine preload links from script when the import ran: the
 * browser found them late, and adding them took a long task of its own on a slow phone (about
 * 80 ms at 4x CPU slowdown). Named in the HTML, they are fetched and parsed while the page loads,
 * and the loader, finding them there, adds nothing. What the explorer imports dynamically is named
 * too, as a prefetch.
 */
import type { Plugin } from 'vite';

export function preloadExplorer(): Plugin {
  let base = '/';
  return {
    name: 'sagstal-preload-explorer',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !(ctx.path.endsWith('/index.html') || ctx.path === '/')) return html;
        const explorer = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/app/main.ts'));
        if (!explorer) throw new Error('preload-explorer: the build has no chunk for src/app/main.ts');
        /** `fileName` and every chunk it imports statically, in `into`. */
        const closure = (fileName: string, into: string[]): string[] => {
          const chunk = bundle[fileName];
          if (into.includes(fileName) || chunk?.type !== 'chunk') return into;
          into.push(fileName);
          for (const imported of chunk.imports) closure(imported, into);
          return into;
        };
        const preload = closure(explorer.fileName, []);
        // What the explorer imports later (Plot, once the first numbers are in): fetched when the
        // network is idle, not parsed, and left alone by the loader as well.
        const later = preload
          .flatMap((f) => (bundle[f]?.type === 'chunk' ? bundle[f].dynamicImports : []))
          .flatMap((f) => closure(f, []))
          .filter((f, i, all) => !preload.includes(f) && all.indexOf(f) === i);
        const link = (rel: string, f: string) => ({ tag: 'link', attrs: { rel, crossorigin: true, href: `${base}${f}` }, injectTo: 'head' as const });
        return {
          html,
          tags: [
            ...preload.filter((f) => !html.includes(`${base}${f}"`)).map((f) => link('modulepreload', f)),
            ...later.map((f) => link('prefetch', f)),
          ],
        };
      },
    },
  };
}
