/**
 * i18next set-up. zh-CN is the default, and the language used for any browser language we lack.
 * Each locale's text is split in two lazily loaded chunks (see ./locale): `ui` (what the wizard
 * needs) and `plan` (methods, legal texts, letters…), so the first page loads only the active
 * language's UI text.
 */
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  BUNDLES,
  DEFAULT_LOCALE,
  LOCALES,
  START_NAMESPACES,
  chunkOf,
  detectLocale,
  isLocale,
  type Locale,
} from './locale';

export {
  BUNDLES,
  DEFAULT_LOCALE,
  LOCALES,
  LOCALE_KEY,
  PLAN_NAMESPACES,
  START_NAMESPACES,
  WIZARD_NAMESPACES,
  chunkOf,
  detectLocale,
  isLocale,
  saveLocale,
  type Locale,
} from './locale';

/** Reads a namespace from its locale's lazily imported chunk (see ./locale). */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => {},
  read(lng, ns, callback) {
    const l = isLocale(lng) ? lng : DEFAULT_LOCALE;
    BUNDLES[l][chunkOf(ns)]().then(
      (bundle) => callback(null, (bundle[ns] ?? {}) as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export async function initI18n(locale: Locale = detectLocale()): Promise<typeof i18n> {
  await i18n
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
      lng: locale,
      // English is complete (tests/unit/content checks parity key by key), so it needs no
      // runtime fallback: an English reader never downloads the Chinese text as well.
      fallbackLng: (code: string) => (code === 'en' ? [] : [DEFAULT_LOCALE]),
      supportedLngs: [...LOCALES],
      ns: [...START_NAMESPACES],
      defaultNS: 'app',
      interpolation: { escapeValue: false }, // React escapes; text is never set as HTML
      react: { useSuspense: true },
      returnNull: false,
    });
  applyDocumentLocale(locale);
  // The choice is saved where it is made (src/app/LanguageSwitch.tsx), which reports a failure.
  i18n.on('languageChanged', (lng) => {
    if (isLocale(lng)) applyDocumentLocale(lng);
  });
  return i18n;
}

function applyDocumentLocale(locale: Locale) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export default i18n;
