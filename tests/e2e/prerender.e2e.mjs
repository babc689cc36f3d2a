// The start page is in index.html, in both languages: it paints before any of the app's
// JavaScript has arrived, in the reader's language, and the app then takes over the very same
// DOM (hydration) instead of painting it again. A deep link never shows it.
import { appStarted, assert, expectVisible, test } from './harness.mjs';
import { content, text } from './fixtures.mjs';

const homeZh = content('zh-CN', 'home');
const homeEn = content('en', 'home');

/**
 * Holds back the app's scripts until `release()` is called: all of them, or all but the small
 * entry module (`exceptEntry`), which installs the handling of early taps.
 * @param {import('playwright-core').Page} page
 * @param {string} baseURL
 */
async function holdScripts(page, baseURL, exceptEntry = false) {
  const html = await (await page.request.get(baseURL)).text();
  const entry = /<script type="module"[^>]* src="\.\/([^"]+)"/.exec(html)?.[1];
  assert.ok(entry, 'index.html loads an entry module');
  /** @type {() => void} */
  let release = () => {};
  const gate = new Promise((resolve) => {
    release = () => resolve(undefined);
  });
  const held = [];
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    if (exceptEntry && route.request().url().endsWith(entry)) return route.continue();
    held.push(route.request().url());
    await gate;
    await route.continue();
  });
  return { release, held };
}

/** Waits until the prerendered page is in the document (scripts may still be held). */
const prerendered = (/** @type {import('playwright-core').Page} */ page) =>
  page.waitForSelector('#root[data-prerendered] h1', { state: 'attached' });

for (const [locale, home] of /** @type {const} */ ([
  ['zh-CN', homeZh],
  ['en', homeEn],
])) {
  test(`[${locale}] the start page paints before any script runs, then the app hydrates it`, async (f) => {
    const { page, url, baseURL } = f;
    await page.goto(url('/'));
    await page.evaluate((l) => localStorage.setItem('rnh.locale', l), locale);
    const { release, held } = await holdScripts(page, baseURL);
    await page.reload({ waitUntil: 'commit' });

    const heading = page.getByRole('heading', { level: 1, name: text(home, 'start.title') });
    await expectVisible(heading);
    await expectVisible(page.getByRole('link', { name: text(home, 'start.start') }));
    assert.equal(await page.locator('html').getAttribute('lang'), locale);
    assert.ok(held.length > 0, 'the app script was requested and is being held');
    assert.equal(
      await page.evaluate(() => document.getElementById('root')?.getAttribute('data-prerendered')),
      locale,
    );
    await page.evaluate(() => {
      /** @type {any} */ (window).prerenderedHeading = document.querySelector('h1');
    });

    release();
    await appStarted(page);
    // Hydrated: the heading on screen is the node that was painted from HTML, not a new one.
    assert.equal(
      await page.evaluate(
        () => document.querySelector('h1') === /** @type {any} */ (window).prerenderedHeading,
      ),
      true,
    );
    await expectVisible(heading);
    // And it is alive: the start link leads into the wizard.
    await page.getByRole('link', { name: text(home, 'start.start') }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/step/'));
    await expectVisible(page.getByRole('heading', { level: 1 }));
    assert.notEqual(await page.locator('h1').textContent(), text(home, 'start.title'));
  });
}

test('a deep link never shows the prerendered start page', async (f) => {
  const { page, url, baseURL } = f;
  await page.goto(url('/'));
  await page.goto(url('/step/cause'));
  await page.waitForFunction(() => location.hash === '#/step/cause');
  const { release } = await holdScripts(page, baseURL);
  await page.reload({ waitUntil: 'commit' });
  await prerendered(page);
  const startHeading = page.locator('h1').filter({ hasText: text(homeZh, 'start.title') });
  // In the DOM (it is the prerendered HTML) but not shown while the app's code is held.
  assert.equal(await startHeading.count(), 1);
  assert.equal(await startHeading.isVisible(), false);
  release();
  await appStarted(page);
  await expectVisible(page.getByRole('heading', { level: 1 }));
  assert.equal(await startHeading.count(), 0);
});

test('quick exit works before the app has started', async (f) => {
  const { page, url, baseURL } = f;
  const app = content('zh-CN', 'app');
  await page.goto(url('/'));
  await page.evaluate(() => localStorage.setItem('rnh.clear_on_exit', '1'));
  await page.evaluate(() => localStorage.setItem('rnh.answers', '{"state":{"draft":{}}}'));
  const { release } = await holdScripts(page, baseURL, true);
  await page.reload({ waitUntil: 'commit' });
  await prerendered(page);
  // Only the small entry script may run; the app itself is still held back.
  await page.getByRole('button', { name: text(app, 'quick_exit') }).click();
  await page.waitForURL('about:blank');
  release();
  await page.goto(url('/'));
  assert.equal(await page.evaluate(() => localStorage.getItem('rnh.answers')), null);
});

test('a tap on "English" before the app has started is not lost', async (f) => {
  const { page, url, baseURL } = f;
  const appZh = content('zh-CN', 'app');
  await page.goto(url('/'));
  const { release } = await holdScripts(page, baseURL, true);
  await page.reload({ waitUntil: 'commit' });
  await prerendered(page);
  await page
    .getByRole('navigation', { name: text(appZh, 'language.label') })
    .getByRole('button', { name: 'English' })
    .click();
  release();
  await appStarted(page);
  await expectVisible(page.getByRole('heading', { level: 1, name: text(homeEn, 'start.title') }));
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
});
