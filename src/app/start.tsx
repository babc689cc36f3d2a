/**
 * Renders the app into #root. When the page shows the prerendered start page in the language
 * of this visit, the app hydrates it (same DOM, no second paint) in a transition, which React
 * splits into short slices; otherwise (a deep link, a start page prerendered in the other
 * language) it renders from scratch, and the inline guard keeps the prerendered markup hidden
 * until then.
 */
import { StrictMode, startTransition, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, type Locale } from '../i18n/i18n';
import { replayHeldInput } from './early-input';
import { nextTask } from '../lib/tasks';
import { readHidden } from '../store/device-data';

/** Once the app has rendered over the prerendered start page, nothing of it stays hidden. */
function RevealOnCommit({ root, children }: { root: HTMLElement; children: ReactNode }) {
  useLayoutEffect(() => {
    root.removeAttribute('data-prerendered');
    document.documentElement.classList.remove('prerender-hidden', 'prerender-en');
    // After React's own effects, so the tapped control's handler sees a running app.
    setTimeout(replayHeldInput, 0);
  }, [root]);
  return children;
}

/** What is rendered into (or hydrated over) `root`; its tree must match the prerender's. */
export function appElement(root: HTMLElement) {
  return (
    <StrictMode>
      <RevealOnCommit root={root}>
        <App />
      </RevealOnCommit>
    </StrictMode>
  );
}

export async function startApp(locale: Locale): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');

  const i18n = await initI18n(locale);
  await nextTask();
  // i18next compiles its translate path on the first call; one call here, in a task of its own,
  // keeps that out of the first hydration slices (Layout and the start page call t() ~20 times).
  i18n.t('name');
  await nextTask();
  const app = appElement(root);
  const startPage = location.hash === '' || location.hash === '#' || location.hash === '#/';
  // After quick exit the app shows its cover, not the prerendered start page: render afresh.
  if (startPage && !readHidden() && root.getAttribute('data-prerendered') === i18n.language) {
    // Anything that differs from the prerendered HTML (saved answers, a notice) is re-rendered
    // by React on its own, which is expected and needs no report.
    startTransition(() => {
      hydrateRoot(root, app, { onRecoverableError: () => {} });
    });
  } else {
    createRoot(root).render(app);
  }
}
