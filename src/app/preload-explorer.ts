/**
 * How the page's code is preloaded (a build step, vite.config.ts). The page's entry (boot.ts)
 * imports the explorer dynamically, after starting the workers, so the HTML named only the
 * entry's own chunks, and Vite's loader added the explorer's nine preload links from script when
 * the import ran: late, and as a long task of its own on a slow phone (about 80 ms at 4x CPU
 * slowdown); it did the same again for Plot's three after the first numbers. Now index.html
 * names the explorer's chunks (main.ts and what it imports), so the browser fetches and parses
 * them while the page loads, and the loader preloads nothing for an import made from script
 * ({@link scriptImportsPreloadNothing}): Plot's chunk names the rest of Plot, which the browser
 * then fetches itself, still only once the first numbers are in.
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
        return {
          html,
          tags: preload
            .filter((f) => !html.includes(`${base}${f}"`))
            .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' as const })),
        };
      },
    },
  };
}

/** Vite's `build.modulePreload.resolveDependencies`: see the header. */
export function scriptImportsPreloadNothing(_file: string, deps: string[], context: { hostType: 'html' | 'js' }): string[] {
  return context.hostType === 'html' ? deps : [];
}
