/**
 * Entry point, kept tiny on purpose (issue 7). The start page's HTML is already in index.html
 * (prerendered at build), so the first thing a phone shows needs no JavaScript at all. This
 * file waits until that first paint, then loads the app in steps and hands the main thread back
 * between them, so that no single long task holds up a tap while the page comes alive.
 *
 * The CSS of the start page is imported here, so it is one render-blocking file in index.html
 * instead of arriving later with the code (which would move the page once it is on screen).
 */
import './ui/tokens.css';
import './ui/base.css';
import './ui/forms.css';
import './features/wizard/wizard.css';
import { BUNDLES, detectLocale } from './i18n/locale';
import { installEarlyInput } from './app/early-input';
import { bootSucceeded, reloadOnceAfterFailedBoot } from './app/boot-retry';
import { nextTask } from './lib/tasks';
import { registerServiceWorker } from './app/service-worker';

/** Resolves once the browser has painted what it has, or at once if the page is not visible. */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState !== 'visible') resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

async function boot() {
  installEarlyInput();
  const locale = detectLocale();
  await afterFirstPaint();
  // Fetch all of the app's code at once (src/app/prerender/vite-plugin-prefetch-boot.ts).
  const preload = document.getElementById('boot-preload');
  if (preload instanceof HTMLTemplateElement) document.head.append(preload.content);
  // Fetch this language's text in parallel with the code (initI18n reuses the same module).
  void BUNDLES[locale].start().catch(() => {
    // reported by initI18n, which asks for the same module
  });
  // React, the router, i18next, zod and the saved answers are each evaluated in a task of their
  // own, then the app.
  await import('react-dom/client');
  await nextTask();
  await import('./app/boot/router');
  await nextTask();
  await import('./app/boot/i18n');
  await nextTask();
  await import('./rules/zod-config');
  await nextTask();
  // The saved answers (read from this device, checked against the schema) in a task of their own.
  await import('./store/answers-store');
  await nextTask();
  const { startApp } = await import('./app/start');
  await nextTask();
  await startApp(locale);
  bootSucceeded();
  if (import.meta.env.PROD) registerServiceWorker();
}

boot().catch(() => {
  reloadOnceAfterFailedBoot();
});
