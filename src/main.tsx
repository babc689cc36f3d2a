import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
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

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <RevealOnCommit>
        <App />
      </RevealOnCommit>
    </StrictMode>,
  );
});
