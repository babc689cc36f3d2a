/**
 * Puts the start page's HTML into dist/index.html at build time (issue 7: paint before the
 * JavaScript runs), in both languages: the Chinese page inside #root, the English one in a
 * <template>. The app then hydrates whichever is showing (src/app/start.tsx).
 *
 * Two tiny inline scripts, each allowed by its hash in the Content-Security-Policy, decide what
 * shows before the first paint:
 * - the guard (in <head>) hides the prerendered page for a deep link (#/plan/…, #/step/…), so a
 *   plan link never flashes the start page, and marks an English visit;
 * - the swap (after #root) puts the English page in place for an English visit.
 * Without JavaScript, or if either script fails, the worst case is the Chinese start page.
 */
import { createHash } from 'node:crypto';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Mirrors detectLocale() in src/i18n/locale.ts: saved choice, then the browser's languages.
 * After quick exit (the hidden mark, src/store/device-data.ts HIDDEN_KEY) nothing of the app
 * shows until the app has rendered its neutral cover.
 */
export const PRERENDER_GUARD_SCRIPT =
  '(function(){try{var d=document.documentElement,h=location.hash,l=null,x=null;' +
  "try{l=localStorage.getItem('rnh.locale')}catch(e){}" +
  "try{x=localStorage.getItem('rnh.hidden')||sessionStorage.getItem('rnh.hidden')}catch(e){}" +
  "var en=l?l==='en':(function(){var a=navigator.languages||[navigator.language];" +
  'for(var i=0;i<a.length;i++){var x=String(a[i]).toLowerCase();' +
  "if(x.indexOf('zh')===0)return false;if(x.indexOf('en')===0)return true}return false})();" +
  "if(x||(h&&h!=='#'&&h!=='#/'))d.className+=' prerender-hidden';" +
  "else if(en)d.className+=' prerender-hidden prerender-en'}catch(e){}})();";

/** Swaps in the English start page; on any failure the page stays hidden until the app renders. */
export const PRERENDER_SWAP_SCRIPT =
  "(function(){var d=document.documentElement;if(!d.classList.contains('prerender-en'))return;" +
  "try{var r=document.getElementById('root'),t=document.getElementById('prerender-en');" +
  "r.replaceChildren(t.content.cloneNode(true));r.setAttribute('data-prerendered','en');" +
  "d.lang='en';document.title=t.getAttribute('data-title')}catch(e){return}" +
  "d.classList.remove('prerender-hidden','prerender-en')})();";

const sha256 = (script: string) =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The CSP sources that allow exactly the two inline scripts. */
export const PRERENDER_SCRIPT_HASHES = [
  sha256(PRERENDER_GUARD_SCRIPT),
  sha256(PRERENDER_SWAP_SCRIPT),
].join(' ');

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

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
        let pages: { zh: string; en: string; enTitle: string };
        try {
          const mod = (await server.ssrLoadModule('/src/app/prerender/entry-server.tsx')) as {
            renderStartPage: (locale: 'zh-CN' | 'en') => { html: string; title: string };
          };
          const en = mod.renderStartPage('en');
          pages = { zh: mod.renderStartPage('zh-CN').html, en: en.html, enTitle: en.title };
        } finally {
          await server.close();
        }
        const container = '<div id="root"></div>';
        if (!html.includes(container)) throw new Error(`index.html needs ${container}`);
        return html
          .replace(
            container,
            `<div id="root" data-prerendered="zh-CN">${pages.zh}</div>\n` +
              `    <template id="prerender-en" data-title="${escapeAttribute(pages.enTitle)}">` +
              `${pages.en}</template>\n` +
              `    <script>${PRERENDER_SWAP_SCRIPT}</script>`,
          )
          .replace('</title>', `</title>\n    <script>${PRERENDER_GUARD_SCRIPT}</script>`);
      },
    },
  };
}
