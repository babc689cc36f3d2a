import { describe, expect, it } from 'vitest';
import { prefetchBootChunks } from '../../../src/app/prerender/vite-plugin-prefetch-boot';

type Chunk = {
  type: 'chunk';
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  facadeModuleId: string | null;
};
const chunk = (
  fileName: string,
  imports: string[] = [],
  dynamicImports: string[] = [],
  facadeModuleId: string | null = null,
): Chunk => ({ type: 'chunk', fileName, imports, dynamicImports, facadeModuleId });

/** Runs the plugin's index.html hook on a made-up bundle. */
function transform(html: string, entry: Chunk, others: Chunk[]): string {
  const bundle = Object.fromEntries([entry, ...others].map((c) => [c.fileName, c]));
  const hook = prefetchBootChunks().transformIndexHtml as {
    handler: (html: string, ctx: { bundle: unknown; chunk: unknown }) => string;
  };
  return hook.handler(html, { bundle, chunk: entry });
}

const HTML = '<html><head></head><body><div id="root"></div></body></html>';

describe('prefetchBootChunks', () => {
  const entry = chunk(
    'assets/index-e.js',
    ['assets/runtime-r.js'],
    [
      'assets/client-c.js',
      'assets/start-s.js',
      'assets/start-bundle-zh.js',
      'assets/plan-bundle-zh.js',
      'assets/wizard-bundle-en.js',
    ],
  );
  const others = [
    chunk('assets/runtime-r.js'),
    chunk(
      'assets/client-c.js',
      ['assets/react-r.js', 'assets/runtime-r.js'],
      [],
      '/app/node_modules/react-dom/client.js',
    ),
    chunk('assets/react-r.js'),
    chunk('assets/start-s.js', ['assets/client-c.js', 'assets/app-a.js'], ['assets/plan-p.js']),
    chunk('assets/app-a.js', ['assets/index-e.js']),
    chunk('assets/plan-p.js'),
    chunk('assets/start-bundle-zh.js'),
    chunk('assets/plan-bundle-zh.js'),
    chunk('assets/wizard-bundle-en.js'),
  ];
  const out = transform(HTML, entry, others);
  const template = /<template id="boot-preload">(.*?)<\/template>/.exec(out)?.[1] ?? '';
  const preloaded = [...template.matchAll(/href="\.\/([^"]+)"/g)].map((m) => m[1]);

  it('lists every chunk the boot imports, with their imports, inside an inert template', () => {
    expect(preloaded).toEqual(['assets/app-a.js', 'assets/start-s.js']);
    expect(template).toContain('rel="prefetch"');
    // Nothing is preloaded from <head>: the first paint gets the network to itself.
    expect(out.slice(0, out.indexOf('</head>'))).not.toContain('prefetch');
  });

  it('leaves out React (imported at once), language bundles, later pages, the entry', () => {
    for (const f of [
      'assets/client-c.js',
      'assets/react-r.js',
      'assets/start-bundle-zh.js',
      'assets/plan-bundle-zh.js',
      'assets/wizard-bundle-en.js',
      'assets/plan-p.js',
      'assets/index-e.js',
      'assets/runtime-r.js',
    ]) {
      expect(preloaded).not.toContain(f);
    }
  });
});
