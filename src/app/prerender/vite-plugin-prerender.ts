/**
 * Puts the start page's HTML into dist/index.html at build time (issue 7: paint before the
 * JavaScript runs). The HTML is only a first paint: the app renders over it with createRoot.
 *
 * A deep link (#/plan/…, #/step/…) or an English reader must not see the Chinese start page
 * flash first, so a tiny inline script, allowed by its hash in the Content-Security-Policy,
 * hides the prerendered markup in those cases until the app has rendered.
 */
import { createHash } from 'node:crypto';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Mirrors detectLocale() in src/i18n/i18n.ts: saved choice, then the browser's languages. */
export const PRERENDER_GUARD_SCRIPT =
  '(function(){try{var d=document.documentElement,h=location.hash,l=null;' +
  "try{l=localStorage.getItem('rnh.locale')}catch(e){}" +
  "var en=l?l==='en':(function(){var a=navigator.languages||[navigator.language];" +
  'for(var i=0;i<a.length;i++){var x=String(a[i]).toLowerCase();' +
  "if(x.indexOf('zh')===0)return false;if(x.indexOf('en')===0)return true}return false})();" +
  "if((h&&h!=='#'&&h!=='#/')||en)d.className+=' prerender-hidden'}catch(e){}})();";

/** The CSP source that allows exactly the guard script. */
export const PRERENDER_GUARD_HASH = `'sha256-${createHash('sha256').update(PRERENDER_GUARD_SCRIPT).digest('base64')}'`;

export function prerenderStartPage(): Plugin {
  let root = process.cwd();
  return {
    name: 'rnh:prerender-start-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        let markup: string;
        try {
          const mod = await server.ssrLoadModule('/src/app/prerender/entry-server.tsx');
          markup = (mod as { renderStartPage: () => string }).renderStartPage();
        } finally {
          await server.close();
        }
        // The memory router writes app paths ("/step/cause"); the browser app uses hash routes.
        markup = markup.replace(/href="\/(?!\/)/g, 'href="#/');
        const container = '<div id="root"></div>';
        if (!html.includes(container)) throw new Error(`index.html needs ${container}`);
        return html
          .replace(container, `<div id="root" data-prerendered="">${markup}</div>`)
          .replace('</title>', `</title>\n    <script>${PRERENDER_GUARD_SCRIPT}</script>`);
      },
    },
  };
}
