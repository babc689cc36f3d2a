/**
 * The small test API that browser specs use. Specs call `test(name, fn)`; run.mjs collects
 * them, gives each a fresh browser context and checks the global guards after it:
 * no request outside the app's origin, no console error, no page error, no alert dialog.
 */
import assert from 'node:assert/strict';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Locator} Locator */

/**
 * @typedef {object} Fixture
 * @property {Page} page the first page of a fresh context (390×844, locale zh-CN)
 * @property {BrowserContext} context
 * @property {string} baseURL the app's root, ending in '/'
 * @property {(hashPath?: string) => string} url the app URL for a hash route, e.g. url('/plan')
 * @property {string[]} requests every URL requested in this context so far
 * @property {string[]} outsideRequests requests that left the app's origin (must stay empty)
 * @property {string[]} consoleErrors console errors and page errors so far
 * @property {{ type: string, message: string }[]} dialogs dialogs opened (all dismissed)
 * @property {(name: string) => Promise<void>} screenshot saves artifacts/screenshots/<name>-390.png and -1280.png
 */

/** @type {{ name: string, fn: (f: Fixture) => Promise<void>, timeout: number, file?: string }[]} */
export const registry = [];

/**
 * Registers a browser test.
 * @param {string} name
 * @param {(f: Fixture) => Promise<void>} fn
 * @param {{ timeout?: number }} [options]
 */
export function test(name, fn, options = {}) {
  registry.push({ name, fn, timeout: options.timeout ?? 60_000 });
}

export { assert };

/** Waits until the locator's first match is visible, or fails naming what was awaited. */
export async function expectVisible(/** @type {Locator} */ locator, timeout = 10_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    assert.fail(`expected to see ${String(locator)} within ${timeout} ms`);
  }
}

/** Polls until `check` returns without throwing (or the time runs out, rethrowing its error). */
export async function eventually(check, timeout = 10_000, interval = 100) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(/** @type {string} */ text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A RegExp matching the text exactly (after trimming), for getByRole names. */
export function exactly(/** @type {string} */ text) {
  return new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`);
}

/**
 * Turns an i18next string with {{placeholders}} into a RegExp that matches any value there,
 * so specs can find text from content files whatever numbers were filled in.
 */
export function templatePattern(/** @type {string} */ template, flags = '') {
  const parts = template.split(/\{\{\s*[\w.]+\s*\}\}/);
  return new RegExp(parts.map(escapeRegExp).join('[\\s\\S]*?'), flags);
}

/** Describes the focused element: role-ish tag, type, and accessible-ish name. */
export async function focusedElement(/** @type {Page} */ page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', type: '', name: '', checked: false };
    const input = /** @type {HTMLInputElement} */ (el);
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ||
      (labelled
        ? labelled
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : '') ||
      (input.labels && input.labels.length > 0
        ? Array.from(input.labels)
            .map((l) => l.textContent ?? '')
            .join(' ')
        : '') ||
      el.textContent ||
      '';
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? '',
      name: name.replace(/\s+/g, ' ').trim(),
      checked: Boolean(input.checked),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches `name`
 * (string: contains; RegExp: test) and, if given, its tag. Keyboard only.
 * @param {Page} page
 * @param {string | RegExp} name
 * @param {{ tag?: string, backwards?: boolean, max?: number }} [options]
 */
export async function tabTo(page, name, options = {}) {
  const { tag, backwards = false, max = 80 } = options;
  const matches = (/** @type {{ tag: string, name: string }} */ f) =>
    (typeof name === 'string' ? f.name.includes(name) : name.test(f.name)) &&
    (tag === undefined || f.tag === tag);
  const seen = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focusedElement(page);
    if (matches(f)) return f;
    seen.push(`${f.tag}:${f.name.slice(0, 30)}`);
  }
  assert.fail(`Tab never reached ${String(name)}; focus went through: ${seen.join(' | ')}`);
}

/**
 * With focus on a radio button, moves through its group with the arrow keys (which select)
 * until the radio whose label matches `name` is checked. Keyboard only.
 * @param {Page} page
 * @param {string | RegExp} name
 */
export async function arrowToRadio(page, name, max = 20) {
  const matches = (/** @type {string} */ n) =>
    typeof name === 'string' ? n.includes(name) : name.test(n);
  for (let i = 0; i < max; i += 1) {
    const f = await focusedElement(page);
    assert.equal(f.type, 'radio', `expected focus on a radio button, found ${f.tag} "${f.name}"`);
    if (matches(f.name)) {
      if (!f.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`no radio button in the group is labelled ${String(name)}`);
}

/**
 * Waits until the app has taken over the page: the prerendered start page (in index.html) is
 * on screen before any script runs, and its buttons only do their job once the app is running.
 * @param {Page} page
 */
export async function appStarted(page) {
  await page.waitForFunction(
    () => !document.getElementById('root')?.hasAttribute('data-prerendered'),
  );
}

/**
 * Opens an app route as a fresh page load. Going from one hash route to another is a
 * same-document navigation, so this waits until the hash has landed before reloading;
 * otherwise a reload under load can reload the previous route.
 * @param {Page} page
 * @param {string} target a full app URL, e.g. url('/plan')
 */
export async function openFresh(page, target) {
  await page.goto(target);
  await page.waitForFunction((hash) => location.hash === hash, new URL(target).hash);
  await page.reload();
}

/**
 * Holds a context a test made itself (e.g. with another user agent) to the runner's global
 * guards: its requests outside the app's origin and its console and page errors are added to
 * the fixture's, which the runner checks after the test.
 * @param {BrowserContext} context
 * @param {Fixture} f
 */
export function guardContext(context, f) {
  const origin = new URL(f.baseURL).origin;
  context.on('request', (request) => {
    const { protocol, origin: o } = new URL(request.url());
    if (o !== origin && protocol !== 'data:' && protocol !== 'blob:' && protocol !== 'about:') {
      f.outsideRequests.push(request.url());
    }
  });
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') f.consoleErrors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => f.consoleErrors.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      f.dialogs.push({ type: d.type(), message: d.message() });
      void d.dismiss().catch(() => {});
    });
  });
}
