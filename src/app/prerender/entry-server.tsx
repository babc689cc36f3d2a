/**
 * Build-time only: renders the start page (zh-CN, no saved answers) to HTML, so a phone on a
 * slow network paints it before any JavaScript has run. Not part of the browser bundle.
 */
import { renderToString } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import zhCN from '../../../content/zh-CN/ui-bundle';
import { Layout } from '../Layout';
import { StartPage } from '../../features/wizard/StartPage';

export function renderStartPage(): string {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng: 'zh-CN',
    resources: { 'zh-CN': zhCN },
    ns: Object.keys(zhCN),
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const router = createMemoryRouter([
    { element: <Layout />, children: [{ path: '/', element: <StartPage /> }] },
  ]);
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}
