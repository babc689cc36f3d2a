/**
 * Which language a visit shows, and where each language's text lives. No i18next here: the boot
 * code (src/main.tsx) reads this before the rest of the app has loaded, to start fetching the
 * right text at once. The inline guard in index.html (src/app/prerender) mirrors detectLocale().
 */
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

export type Bundle = Record<string, Record<string, unknown>>;

/** Each locale's text as two lazily loaded chunks; an English reader never downloads Chinese. */
export const BUNDLES: Record<Locale, { ui: () => Promise<Bundle>; plan: () => Promise<Bundle> }> = {
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
    // storage blocked: fall through to the browser's languages
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
