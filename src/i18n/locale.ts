/**
 * Which language a visit shows, and where each language's text lives. No i18next here: the boot
 * code (src/main.tsx) reads this before the rest of the app has loaded, to start fetching the
 * right text at once. The inline guard in index.html (src/app/prerender) mirrors detectLocale().
 */
import { readText, writeItem, type WriteResult } from '../lib/safe-storage';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_KEY = 'rnh.locale';

/**
 * Each locale's text comes in three lazily loaded chunks: `start` (the app's frame and the
 * start page: what the first visit needs), `wizard` (the steps and check-answers page) and
 * `plan` (methods, legal texts, letters, tools).
 */
export const START_NAMESPACES = ['app', 'home'] as const;
export const WIZARD_NAMESPACES = ['wizard'] as const;
export const PLAN_NAMESPACES = [
  'plan',
  'methods',
  'reasons',
  'urgent',
  'court',
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

export type Chunk = 'start' | 'wizard' | 'plan';

/** The chunk a namespace is in. */
export function chunkOf(ns: string): Chunk {
  if ((START_NAMESPACES as readonly string[]).includes(ns)) return 'start';
  if ((WIZARD_NAMESPACES as readonly string[]).includes(ns)) return 'wizard';
  return 'plan';
}

/** Each locale's chunks; an English reader never downloads Chinese text, nor the reverse. */
export const BUNDLES: Record<Locale, Record<Chunk, () => Promise<Bundle>>> = {
  'zh-CN': {
    start: () => import('../../content/zh-CN/start-bundle').then((m) => m.default),
    wizard: () => import('../../content/zh-CN/wizard-bundle').then((m) => m.default),
    plan: () => import('../../content/zh-CN/plan-bundle').then((m) => m.default),
  },
  en: {
    start: () => import('../../content/en/start-bundle').then((m) => m.default),
    wizard: () => import('../../content/en/wizard-bundle').then((m) => m.default),
    plan: () => import('../../content/en/plan-bundle').then((m) => m.default),
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Saved choice first, then the browser's languages, then zh-CN. */
export function detectLocale(): Locale {
  // Nothing saved, or storage blocked: the browser's languages.
  const saved = readText(LOCALE_KEY);
  if (isLocale(saved)) return saved;
  const langs =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const lang of langs) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

/** Remembers the chosen language on this device; says whether it could. */
export function saveLocale(locale: Locale): WriteResult {
  return writeItem(LOCALE_KEY, locale);
}
