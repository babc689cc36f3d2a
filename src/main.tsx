import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import './ui/tokens.css';
import './ui/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

/** Once the app has rendered over the prerendered start page, nothing of it stays hidden. */
function RevealOnCommit({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    root?.removeAttribute('data-prerendered');
    document.documentElement.classList.remove('prerender-hidden');
  }, []);
  return children;
}

void initI18n().then((i18n) => {
  const app = (
    <StrictMode>
      <RevealOnCommit>
        <App />
      </RevealOnCommit>
    </StrictMode>
  );
  // The build prerenders the Chinese start page. When that is what this visit shows, hydrate it:
  // the painted text stays the same DOM (no second paint). Anything that differs (saved answers,
  // a notice) is re-rendered by React on its own, which is expected and needs no report.
  const startPage = location.hash === '' || location.hash === '#' || location.hash === '#/';
  if (root.hasAttribute('data-prerendered') && startPage && i18n.language === 'zh-CN') {
    hydrateRoot(root, app, { onRecoverableError: () => {} });
  } else {
    createRoot(root).render(app);
  }
});
