/**
 * Renders the real routes (src/app/App.tsx) in a memory router, with i18next initialised
 * synchronously on the real content, and a clean store and localStorage for every test.
 */
import { cleanup, configure, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/App';
import { useAnswersStore } from '../../src/store/answers-store';
import uiZh from '../../content/zh-CN/ui-bundle';
import planZh from '../../content/zh-CN/plan-bundle';
import uiEn from '../../content/en/ui-bundle';
import startZh from '../../content/zh-CN/start-bundle';
import startEn from '../../content/en/start-bundle';
import planEn from '../../content/en/plan-bundle';

// Lazy pages are compiled on first use in tests, which can take longer than the 1 s default.
configure({ asyncUtilTimeout: 8000 });

// Vitest runs without globals, so Testing Library cannot unmount by itself.
afterEach(() => cleanup());

export function initTestI18n(lng: 'zh-CN' | 'en' = 'zh-CN') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng,
      fallbackLng: 'zh-CN',
      resources: {
        'zh-CN': { ...startZh, ...uiZh, ...planZh },
        en: { ...startEn, ...uiEn, ...planEn },
      },
      ns: [...Object.keys(startZh), ...Object.keys(uiZh), ...Object.keys(planZh)],
      defaultNS: 'app',
      interpolation: { escapeValue: false },
      initAsync: false,
      react: { useSuspense: false },
    });
  } else if (i18next.language !== lng) {
    void i18next.changeLanguage(lng);
  }
  return i18next;
}

/** Empties the store and everything saved, as a fresh visit would find it. */
export function resetAnswers() {
  localStorage.clear();
  useAnswersStore.setState({ draft: {}, extras: {}, storageNotice: 'none' });
  localStorage.clear();
  delete document.body.dataset.navigated;
}

/** Renders the app's routes at `path`; returns the router (to read the location) and a user. */
export function renderRoute(path: string) {
  if (!i18next.isInitialized) initTestI18n();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  const view = render(<RouterProvider router={router} />);
  return { router, user, ...view };
}

/** The current path plus query, e.g. "/step/income?return=check". */
export function currentPath(router: ReturnType<typeof createMemoryRouter>) {
  return router.state.location.pathname + router.state.location.search;
}
