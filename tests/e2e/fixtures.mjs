/**
 * Content and answers shared by the browser specs. Texts come from the content files, so a
 * spec finds the same words a user sees and never drifts when wording changes.
 */
import { readFileSync } from 'node:fs';

const contentDir = new URL('../../content/', import.meta.url);

/** Reads content/<locale>/<namespace>.json. */
export function content(/** @type {'zh-CN' | 'en'} */ locale, /** @type {string} */ namespace) {
  return JSON.parse(readFileSync(new URL(`${locale}/${namespace}.json`, contentDir), 'utf8'));
}

/** Reads a dotted key from a content object; fails loudly when the key is missing. */
export function text(/** @type {Record<string, unknown>} */ ns, /** @type {string} */ key) {
  let value = /** @type {unknown} */ (ns);
  for (const part of key.split('.')) {
    value = value && typeof value === 'object' ? /** @type {any} */ (value)[part] : undefined;
  }
  if (typeof value !== 'string') throw new Error(`content key "${key}" is missing or not text`);
  return value;
}

/** Read from src/store/answers-store.ts, so seeded drafts always use the store's format. */
const storeSource = readFileSync(
  new URL('../../src/store/answers-store.ts', import.meta.url),
  'utf8',
);
export const STORAGE_KEY = /STORAGE_KEY = '([^']+)'/.exec(storeSource)?.[1] ?? 'rnh.answers';
export const STORE_VERSION = Number(/STORE_VERSION = (\d+)/.exec(storeSource)?.[1] ?? 1);

/** Complete Answers v1 (without `v`) of someone whose salary is a week late. */
export const SALARY_LATE = {
  cause: 'salary_delay',
  incomeExpectedInDays: 7,
  monthlyIncome: 8000,
  monthlyEssentials: 4500,
  lumpSumAvailable: 0,
  debts: [
    {
      name: '花呗',
      kind: 'consumer_finance',
      outstanding: 3000,
      overdueDays: 5,
      apr: null,
      penalties: null,
    },
  ],
  evidence: [],
  collection: [],
  legal: 'none',
  negotiated: 'not_yet',
};

/** The string a test page runs to put a draft into the app's storage before it loads. */
export function seedDraftScript(/** @type {object} */ draft) {
  return `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(
    JSON.stringify({ state: { draft, extras: {} }, version: STORE_VERSION }),
  )});`;
}

/**
 * Twenty lenders with long, different Chinese names (they do not compress): with names in it,
 * the plan link is some 3,000 characters, past what a QR code and chat apps carry.
 */
export const TWENTY_LONG_NAMES = (() => {
  const cjk = (/** @type {number} */ seed) =>
    Array.from({ length: 40 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104729) % 20000)),
    ).join('');
  const debt = SALARY_LATE.debts[0];
  return {
    ...SALARY_LATE,
    debts: Array.from({ length: 20 }, (_, i) => ({ ...debt, name: cjk(i) })),
  };
})();
