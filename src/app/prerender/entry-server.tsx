/**
 * Build-time only: renders the start page (no saved answers) to HTML in one language, so a
 * phone on a slow network paints it before any JavaScript has run. Not part of the browser
 * bundle.
 */
import { renderToString } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import zhCN from '../../../content/zh-CN/start-bundle';
import en from '../../../content/en/start-bundle';
import zhPlan from '../../../content/zh-CN/plan.json';
import enPlan from '../../../content/en/plan.json';
import { AppRoutes } from '../App';

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
  // The app's own routes, so hydration meets exactly the tree it renders itself.
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <AppRoutes />
      </MemoryRouter>
    </I18nextProvider>,
  );
  // The memory router writes app paths ("/step/cause"); the browser app uses hash routes.
  return { html: html.replace(/href="\/(?!\/)/g, 'href="#/'), title };
}
