/**
 * Renders the tools pages the way the app does — real content bundles through i18next, real
 * stores, a router — but synchronously, so tests need no waiting for lazy chunks.
 */
import { render } from '@testing-library/react';
import { createInstance, type i18n as I18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import zhUi from '../../../content/zh-CN/ui-bundle';
import zhPlan from '../../../content/zh-CN/plan-bundle';
import enUi from '../../../content/en/ui-bundle';
import enPlan from '../../../content/en/plan-bundle';
import TrueCostPage from '../../../src/features/tools/TrueCostPage';
import LetterPage from '../../../src/features/tools/LetterPage';
import NegotiationLogPage from '../../../src/features/tools/NegotiationLogPage';

export type TestLocale = 'zh-CN' | 'en';

export function createTestI18n(locale: TestLocale = 'zh-CN'): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { ...zhUi, ...zhPlan },
      en: { ...enUi, ...enPlan },
    } as never,
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    initAsync: false,
  });
  return instance;
}

export function renderRoute(path: string, locale: TestLocale = 'zh-CN') {
  const i18n = createTestI18n(locale);
  const router = createMemoryRouter(
    [
      { path: '/tools/true-cost', element: <TrueCostPage /> },
      { path: '/letters/:letterId', element: <LetterPage /> },
      { path: '/log', element: <NegotiationLogPage /> },
      { path: '*', element: null },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { ...result, router, i18n };
}
