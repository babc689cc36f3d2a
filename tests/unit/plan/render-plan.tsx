/**
 * Renders plan pages with the real content: a fresh i18next instance initialised synchronously
 * from content/<locale>/ui-bundle.ts + plan-bundle.ts, a memory router with the routes the plan
 * pages link to, and a probe showing the current address.
 */
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createInstance, type i18n as I18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import zhUi from '../../../content/zh-CN/ui-bundle';
import zhPlan from '../../../content/zh-CN/plan-bundle';
import enUi from '../../../content/en/ui-bundle';
import enPlan from '../../../content/en/plan-bundle';
import PlanPage from '../../../src/features/plan/PlanPage';
import SharedPlanPage from '../../../src/features/plan/SharedPlanPage';

// Unmount after each test (vitest runs without globals, so RTL cannot register this itself).
afterEach(cleanup);

export type TestLocale = 'zh-CN' | 'en';

export function makeI18n(locale: TestLocale = 'zh-CN'): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { ...zhUi, ...zhPlan },
      en: { ...enUi, ...enPlan },
    } as Record<string, Record<string, Record<string, unknown>>>,
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    initAsync: false,
  });
  return instance;
}

function Where() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

/** Renders `/plan`, `/plan/*` (as src/app/App.tsx does) and stubs of the pages they link to, at `path`. */
export function renderAt(path: string, locale: TestLocale = 'zh-CN') {
  const i18n = makeI18n(locale);
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/plan" element={<PlanPage />} />
            <Route path="/plan/*" element={<SharedPlanPage />} />
            <Route path="*" element={null} />
          </Routes>
          <Where />
        </MemoryRouter>
      </I18nextProvider>,
    ),
  };
}

export function renderWithI18n(ui: ReactElement, locale: TestLocale = 'zh-CN') {
  const i18n = makeI18n(locale);
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>{ui}</MemoryRouter>
    </I18nextProvider>,
  );
}
