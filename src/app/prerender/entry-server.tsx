/**
 * Build-time only: renders the start page (no saved answers) to HTML in one language, so a
 * phone on a slow network paints it before any JavaScript has run. Not part of the browser
 * bundle.
 */
import { renderToString } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import zhCN from '../../../content/zh-CN/start-bundle';
import en from '../../../content/en/start-bundle';
import zhPlan from '../../../content/zh-CN/plan.json';
import enPlan from '../../../content/en/plan.json';
import { Layout } from '../Layout';
import { StartPage } from '../../features/wizard/StartPage';

const TEXT = {
  'zh-CN': { ui: zhCN, title: zhPlan.title },
  en: { ui: en, title: enPlan.title },
};

/** The start page's markup, and the neutral document title (the same as index.html's). */
export function renderStartPage(locale: 'zh-CN' | 'en'): { html: string; title: string } {
  const { ui, title } = TEXT[locale];
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng: locale,
    resources: { [locale]: ui },
    ns: Object.keys(ui),
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  // The same router (declarative) and route shape as the app's, so hydration meets its own DOM.
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route path="/" element={<StartPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
  // The memory router writes app paths ("/step/cause"); the browser app uses hash routes.
  return { html: html.replace(/href="\/(?!\/)/g, 'href="#/'), title };
}
