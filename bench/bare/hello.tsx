// The floor of our stack: React + react-router + i18next + zustand + zod, hello world.
// `npm run bench` builds this beside the app and compares what each loads first.
import { createHashRouter, RouterProvider } from 'react-router';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { z } from 'zod';

const Name = z.object({ name: z.string().min(1) });
const useStore = create<{ name: string }>(() => Name.parse({ name: 'world' }));

void i18n.use(initReactI18next).init({
  lng: 'zh-CN',
  resources: { 'zh-CN': { translation: { hello: '你好，{{name}}' } } },
  interpolation: { escapeValue: false },
});

function Hello() {
  const { t } = useTranslation();
  const name = useStore((s) => s.name);
  return <h1>{t('hello', { name })}</h1>;
}

const router = createHashRouter([{ path: '/', element: <Hello /> }]);

/** The whole app; it renders `<h1>你好，world</h1>`. */
export const hello = <RouterProvider router={router} />;
