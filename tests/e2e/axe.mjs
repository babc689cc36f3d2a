/**
 * axe-core in the real browser, through @axe-core/playwright, checking WCAG 2.2 A and AA.
 * `AxeChecker` collects the violations of every page state a spec visits, so one run lists all
 * of them; `assertClean()` then fails with the rule, impact, help, link and the elements hit.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { appStarted, assert, openFresh } from './harness.mjs';
import { seedDraftScript } from './fixtures.mjs';

/** @typedef {import('playwright-core').Page} Page */

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Where the app keeps the chosen language (src/i18n/i18n.ts LOCALE_KEY). */
export const LOCALE_KEY = 'rnh.locale';

export const LOCALES = /** @type {const} */ (['zh-CN', 'en']);

export class AxeChecker {
  /** @param {Page} page */
  constructor(page) {
    this.page = page;
    /** @type {string[]} the page states checked so far */
    this.states = [];
    /** @type {{ state: string, id: string, impact: string, help: string, helpUrl: string, nodes: string[] }[]} */
    this.violations = [];
  }

  /** Runs axe on the page as it is now and records what it finds under `state`. */
  async check(/** @type {string} */ state) {
    // Let React finish the render and any focus move before looking.
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const results = await new AxeBuilder({ page: /** @type {any} */ (this.page) })
      .withTags(WCAG_TAGS)
      .analyze();
    this.states.push(state);
    for (const v of results.violations) {
      this.violations.push({
        state,
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map(
          (n) =>
            `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
        ),
      });
    }
  }

  /** Fails, listing every violation found, unless there were none. */
  assertClean() {
    assert.ok(this.states.length > 0, 'axe checked no page state');
    if (this.violations.length === 0) {
      console.log(`      axe: ${this.states.length} page states, 0 violations`);
      return;
    }
    const lines = this.violations.map(
      (v) =>
        `[${v.state}] ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n    ${v.nodes
          .slice(0, 6)
          .join('\n    ')}${v.nodes.length > 6 ? `\n    … and ${v.nodes.length - 6} more` : ''}`,
    );
    assert.fail(
      `axe found ${this.violations.length} WCAG 2.2 A/AA violation(s) in ${this.states.length} page states:\n${lines.join('\n')}`,
    );
  }
}

/**
 * Opens the app in `locale` with `draft` (or nothing) saved, then goes to `hashPath`, loading
 * it afresh so the app reads what was stored.
 * @param {Page} page
 * @param {(hashPath?: string) => string} url
 * @param {{ locale: 'zh-CN' | 'en', draft?: object | null, path?: string }} options
 */
export async function openWith(page, url, { locale, draft = null, path = '/' }) {
  await page.goto(url('/'));
  await page.evaluate(
    ({ key, locale: l }) => {
      localStorage.clear();
      localStorage.setItem(key, l);
    },
    { key: LOCALE_KEY, locale },
  );
  if (draft) await page.evaluate(seedDraftScript(draft));
  await openFresh(page, url(path));
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
  await appStarted(page);
}

/**
 * Five lenders, lost job, sued (the day the complaint arrived not remembered, no date on the
 * notice), collectors calling at night and contacting family.
 */
export const RICH_DRAFT = (() => {
  const { answers } = JSON.parse(
    readFileSync(
      new URL('../fixtures/links/v1-five-lenders-long-names.json', import.meta.url),
      'utf8',
    ),
  );
  const draft = { ...answers };
  delete draft.v;
  return {
    ...draft,
    collection: ['contacts_third_parties', 'night_calls', 'threats_or_insults'],
    courtPaper: { debt: 0, paper: 'complaint', receivedOn: null, courtDate: null },
  };
})();
