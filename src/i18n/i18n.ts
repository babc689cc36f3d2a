/**
 * i18next set-up. zh-CN is the default, and the language used for any browser language we lack. Each locale's text is split in two
 * lazily loaded chunks: `ui` (what the wizard needs) and `plan` (methods, legal texts,
 * letters…), so the first page loads only the active language's UI text.
 */
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_KEY = 'rnh.locale';

/** Namespaces in the `ui` chunk; every other namespace is in the `plan` chunk. */
export const UI_NAMESPACES = ['app', 'wizard'] as const;
export const PLAN_NAMESPACES = [
  'plan',
  'methods',
  'reasons',
  'urgent',
  'flags',
  'pitfalls',
  'documents',
  'legal',
  'channels',
  'tips',
  'refused',
  'letters',
  'tools',
] as const;

type Bundle = Record<string, Record<string, unknown>>;
const loaders: Record<Locale, { ui: () => Promise<Bundle>; plan: () => Promise<Bundle> }> = {
  'zh-CN': {
    ui: () => import('../../content/zh-CN/ui-bundle').then((m) => m.default),
    plan: () => import('../../content/zh-CN/plan-bundle').then((m) => m.default),
  },
  en: {
    ui: () => import('../../content/en/ui-bundle').then((m) => m.default),
    plan: () => import('../../content/en/plan-bundle').then((m) => m.default),
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Saved choice first, then the browser's languages, then zh-CN. */
export function detectLocale(): Locale {
  try {
    const saved = localStorage.getItem(LOCALE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage blocked: fall through to the browser's language
  }
  const langs =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const lang of langs) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

export async function initI18n(locale: Locale = detectLocale()): Promise<typeof i18n> {
  await i18n
    .use(
      resourcesToBackend(async (lng: string, ns: string) => {
        const l = isLocale(lng) ? lng : DEFAULT_LOCALE;
        const chunk = (UI_NAMESPACES as readonly string[]).includes(ns) ? 'ui' : 'plan';
        const bundle = await loaders[l][chunk]();
        return bundle[ns] ?? {};
      }),
    )
    .use(initReactI18next)
    .init({
      lng: locale,
      // English is complete (tests/unit/content checks parity key by key), so it needs no
      // runtime fallback: an English reader never downloads the Chinese text as well.
      fallbackLng: (code: string) => (code === 'en' ? [] : [DEFAULT_LOCALE]),
      supportedLngs: [...LOCALES],
      ns: [...UI_NAMESPACES],
      defaultNS: 'app',
      interpolation: { escapeValue: false }, // React escapes; text is never set as HTML
      react: { useSuspense: true },
      returnNull: false,
    });
  applyDocumentLocale(locale);
  i18n.on('languageChanged', (lng) => {
    if (isLocale(lng)) {
      applyDocumentLocale(lng);
      try {
        localStorage.setItem(LOCALE_KEY, lng);
      } catch {
        // storage full or blocked: the choice lasts for this visit only
      }
    }
  });
  return i18n;
}

function applyDocumentLocale(locale: Locale) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export default i18n;
