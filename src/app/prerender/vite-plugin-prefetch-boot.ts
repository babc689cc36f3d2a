/**
 * src/main.tsx loads the app with dynamic imports after the first paint, React in one task and
 * the rest in the next. Left alone, the second import would only start downloading once the
 * first had run. This lists a <link rel="prefetch"> for every chunk those imports need in a
 * <template id="boot-preload"> (inert: nothing is fetched while it sits there); the boot moves
 * the links into <head> right after the first paint, so all the code downloads at once without
 * competing with the document and the CSS the first paint needs.
 *
 * Prefetch, not modulepreload: a module preload is compiled on the main thread as soon as it
 * arrives, while a prefetched file only waits in the HTTP cache, and the import that uses it
 * compiles it off the main thread (measured with `npm run bench`: about 100 ms less blocking
 * time on the simulated phone). For the same reason vite.config.ts turns Vite's own module
 * preloading off.
 * The language bundles are left out: the boot fetches only the language of the visit.
 */
import type { Plugin } from 'vite';

const LANGUAGE_BUNDLE = /(?:^|\/)(?:start|wizard|plan)-bundle-[^/]*\.js$/;

/**
 * `firstImport`: the module the boot imports first, right after the paint (React). Its chunks
 * are requested by that import at once, so they are not prefetched as well.
 */
export function prefetchBootChunks(firstImport = /\/react-dom\/client\.js$/): Plugin {
  return {
    name: 'rnh:prefetch-boot-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return html;
        /** The chunk and every chunk it imports statically. */
        const closure = (file: string, into = new Set<string>()) => {
          const chunk = bundle[file];
          if (into.has(file) || !chunk || chunk.type !== 'chunk') return into;
          into.add(file);
          chunk.imports.forEach((f) => closure(f, into));
          return into;
        };
        const boot = entry.dynamicImports.filter((f) => !LANGUAGE_BUNDLE.test(f));
        const isFirst = (f: string) => {
          const chunk = bundle[f];
          return chunk?.type === 'chunk' && firstImport.test(chunk.facadeModuleId ?? '');
        };
        const wanted = new Set<string>();
        boot.filter((f) => !isFirst(f)).forEach((f) => closure(f, wanted));
        // Requested at once by the first import, or loaded with the entry itself.
        for (const f of boot.filter(isFirst)) closure(f).forEach((g) => wanted.delete(g));
        wanted.delete(entry.fileName);
        entry.imports.forEach((f) => wanted.delete(f));
        const links = [...wanted]
          .sort()
          .map((f) => `<link rel="prefetch" crossorigin href="./${f}">`)
          .join('');
        return html.replace(
          '</body>',
          `  <template id="boot-preload">${links}</template>\n  </body>`,
        );
      },
    },
  };
}
