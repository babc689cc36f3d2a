import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import {
  PRERENDER_SCRIPT_HASHES,
  prerenderStartPage,
} from './src/app/prerender/vite-plugin-prerender.ts';
import { prefetchBootChunks } from './src/app/prerender/vite-plugin-prefetch-boot.ts';

/**
 * The Content-Security-Policy of the built app: everything from its own origin, nothing else.
 * `frame-ancestors` is left out of the meta tag because browsers ignore it there (and log an
 * error); hosts that can send headers should add it (see README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The only inline scripts are the prerender guard and swap, allowed by their hashes.
  `script-src 'self' ${PRERENDER_SCRIPT_HASHES}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the CSP meta tag to the built index.html only, so dev server HMR keeps working. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'rnh:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, so the policy covers every tag that follows it.
      handler: (html) => {
        const charset = /<meta charset="UTF-8" \/>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset="UTF-8" />');
        return html.replace(
          charset,
          (tag) =>
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}

/**
 * Runs the content checks of src/content (schemas, locale parity, placeholders, legal refs) when
 * `vite build` starts: invalid content stops the build with the list of problems. The checker is
 * loaded through Vite's module runner instead of a static import, so this config file stays free
 * of the checker's extensionless TS and JSON imports (which Vite's native config loader rejects
 * and warns about on every start). Unit tests in tests/unit/content run the same checks.
 */
function validateContentOnBuild(): Plugin {
  let root = process.cwd();
  return {
    name: 'rnh:validate-content',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const { module } = await runnerImport<typeof import('./src/content/schema')>(
        resolve(root, 'src/content/schema.ts'),
        { root, logLevel: 'error' },
      );
      const problems = module.validateContent();
      if (problems.length === 0) return;
      const list = problems.map((p) => `  - ${p}`).join('\n');
      this.error(`content is invalid (${problems.length}):\n${list}`);
    },
  };
}

// Relative base: dist/ works from any folder of any static host (routes live in the hash).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    validateContentOnBuild(),
    prerenderStartPage(),
    prefetchBootChunks(),
    contentSecurityPolicy(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // Registered by the app itself once it runs (src/app/service-worker.ts), not on `load`.
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      // public/ files are already matched by workbox.globPatterns; listing them again duplicates.
      includeManifestIcons: false,
      manifest: {
        name: '协商还款助手',
        short_name: '还款助手',
        description: '整理自己的情况，生成一份协商还款计划。填写的内容只保存在这台设备上。',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e89',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every built file, including lazily loaded pages and the per-locale content chunks,
        // is cached on the first visit, so the whole app works offline afterwards.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // Never cache anything from another origin (there should be none).
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    target: 'es2020',
    sourcemap: false,
    // No module preloading: a preloaded module is compiled on the main thread as soon as it
    // arrives, which blocks a slow phone while the page comes alive. The boot prefetches its
    // chunks instead (src/app/prerender/vite-plugin-prefetch-boot.ts); other pages come from
    // the service worker's cache after the first visit.
    modulePreload: false,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
