// Issue 15, in the browser: after quick exit, no way back shows the person's data. Back three
// times, Forward, and opening again every address of the app the tab went through (as a history
// list or a restored tab would) all land on a neutral cover, until "continue" is tapped; by
// default the data is still there after that tap. The same holds before the app has started,
// in English, at 320 px, in a browser set up like WeChat's.
import { readFileSync } from 'node:fs';
import {
  appStarted,
  assert,
  expectVisible,
  exactly,
  guardContext,
  openFresh,
  test,
} from './harness.mjs';
import { SALARY_LATE, content, seedDraftScript, text } from './fixtures.mjs';

/** @typedef {import('playwright-core').Page} Page */

const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) AppleWebKit/537.36 ' +
  '(KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 ' +
  'MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin ' +
  'NetType/WIFI Language/zh_CN ABI/arm64';

/** A shared plan whose answers ride in the link itself (names included). */
const shared = JSON.parse(
  readFileSync(
    new URL('../fixtures/links/v1-five-lenders-long-names.json', import.meta.url),
    'utf8',
  ),
);
const LOG_LENDER = '某某借款App';

/**
 * What must never be on screen after quick exit: lender names (the seeded one, the one in the
 * log, those in the shared link), amounts, an answer, and what the app is about.
 */
function forbidden(/** @type {'zh-CN' | 'en'} */ locale) {
  const app = content(locale, 'app');
  const wizard = content(locale, 'wizard');
  return [
    SALARY_LATE.debts[0].name,
    LOG_LENDER,
    ...shared.answers.debts.map((/** @type {{ name: string }} */ d) => d.name.slice(0, 8)),
    '3,000',
    '8,000',
    '4,500',
    text(wizard, `fields.cause.options.${SALARY_LATE.cause}.label`),
    text(app, 'name'),
    text(app, 'quick_exit'),
  ];
}

/** The cover is showing, and nothing else of the app or the person is on the page. */
async function expectCoverOnly(
  /** @type {Page} */ page,
  /** @type {'zh-CN' | 'en'} */ locale,
  where,
) {
  const app = content(locale, 'app');
  await expectVisible(
    page.getByRole('heading', { level: 1, name: exactly(text(app, 'cover.title')) }),
  );
  const shown = await page.evaluate(() => document.body.innerText);
  for (const words of forbidden(locale)) {
    assert.ok(!shown.includes(words), `${where}: "${words}" is on screen: ${shown.slice(0, 200)}`);
  }
  assert.equal(await page.title(), text(app, 'cover.title'), `${where}: the tab title`);
}

/** Adds one log entry through the form. */
async function addLogEntry(/** @type {Page} */ page) {
  const tools = content('zh-CN', 'tools');
  const log = (/** @type {string} */ key) => text(tools, `log.${key}`);
  const form = page.getByRole('form', { name: log('form_add') });
  const lender = form.getByRole('combobox', { name: exactly(log('lender.label')) });
  await lender.selectOption({ label: log('lender.other') });
  await form.getByRole('textbox', { name: exactly(log('lender.other_label')) }).fill(LOG_LENDER);
  await form
    .getByRole('group', { name: log('channel.legend') })
    .getByRole('radio', { name: exactly(log('channels.phone')) })
    .check();
  await form
    .getByRole('group', { name: log('written.legend') })
    .getByRole('radio', { name: exactly(log('written.no')) })
    .check();
  await form.getByRole('button', { name: exactly(log('save_add')) }).click();
  await expectVisible(page.getByRole('status').filter({ hasText: log('saved') }));
}

test('quick exit holds: Back ×3, Forward and every address in the history show only the cover', async (f) => {
  const { page, url } = f;
  const app = content('zh-CN', 'app');
  const plan = content('zh-CN', 'plan');
  await page.goto(url('/'));
  await page.evaluate(seedDraftScript(SALARY_LATE));
  await openFresh(page, url('/check'));
  await expectVisible(page.getByText(SALARY_LATE.debts[0].name).first());
  /** Every address of the app this tab goes through, as the history would list them. */
  const visited = [url('/'), url('/check')];
  const visit = async (/** @type {string} */ target) => {
    await page.goto(target);
    visited.push(target);
  };
  await visit(url('/plan'));
  await expectVisible(page.getByRole('heading', { level: 1, name: text(plan, 'title') }));
  await visit(url('/log'));
  await addLogEntry(page);
  await visit(url(`/plan/${shared.payload}`));
  await expectVisible(page.getByText(text(plan, 'shared.banner')).first());
  await visit(url('/letters/negotiation_request'));
  await expectVisible(page.getByText(SALARY_LATE.debts[0].name).first());

  await page.getByRole('button', { name: exactly(text(app, 'quick_exit')) }).click();
  await page.waitForURL('about:blank');

  for (let i = 1; i <= 3; i += 1) {
    await page.goBack();
    assert.notEqual(page.url(), 'about:blank', `Back ${i} left the app's history`);
    await expectCoverOnly(page, 'zh-CN', `Back ${i} (${page.url()})`);
  }
  await page.goForward();
  await expectCoverOnly(page, 'zh-CN', `Forward (${page.url()})`);
  for (const address of visited) {
    await page.goto(address);
    await expectCoverOnly(page, 'zh-CN', `reopened ${address}`);
  }
  // A fresh load of every address too (a restored tab, a bookmark): no prerendered flash either.
  for (const address of visited) {
    await openFresh(page, address);
    await expectCoverOnly(page, 'zh-CN', `reloaded ${address}`);
  }

  // Only a deliberate tap lifts it; the data was kept (clearing on exit is a separate choice).
  await openFresh(page, url('/check'));
  await page.getByRole('button', { name: exactly(text(app, 'cover.continue')) }).click();
  await expectVisible(page.getByText(SALARY_LATE.debts[0].name).first());
  await page.goto(url('/log'));
  await expectVisible(page.getByText(LOG_LENDER).first());
});

test('[en] quick exit holds at 320 px in a WeChat-like browser, in every tab of the app', async (f) => {
  const browser = f.context.browser();
  assert.ok(browser, 'the test context belongs to a browser');
  // A context of its own for WeChat's user agent, under the same guards as the runner's.
  const context = await browser.newContext({
    baseURL: f.baseURL,
    viewport: { width: 320, height: 640 },
    locale: 'en-GB',
    userAgent: WECHAT_ANDROID,
  });
  guardContext(context, f);
  try {
    const page = await context.newPage();
    const other = await context.newPage();
    const app = content('en', 'app');
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      window.print = () => {};
    });
    await page.goto(f.url('/'));
    await page.evaluate(
      `${seedDraftScript(SALARY_LATE)} localStorage.setItem('rnh.locale', 'en');`,
    );
    await openFresh(page, f.url('/check'));
    await expectVisible(page.getByText(SALARY_LATE.debts[0].name).first());
    await page.goto(f.url('/plan'));
    await page.goto(f.url('/log'));
    // A second tab of the app, open on the plan.
    await other.goto(f.url('/plan'));
    await expectVisible(other.getByText(SALARY_LATE.debts[0].name).first());

    await page.getByRole('button', { name: exactly(text(app, 'quick_exit')) }).click();
    await page.waitForURL('about:blank');
    // The other tab is covered too.
    await expectCoverOnly(other, 'en', 'the other tab');
    for (let i = 1; i <= 3; i += 1) {
      await page.goBack();
      await expectCoverOnly(page, 'en', `Back ${i}`);
    }
    await page.goForward();
    await expectCoverOnly(page, 'en', 'Forward');
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(sideways <= 0, `the cover scrolls sideways by ${sideways} px at 320 px`);
    await page.screenshot({ path: 'artifacts/screenshots/quick-exit-cover-en-320.png' });
  } finally {
    await context.close();
  }
});

test('quick exit before the app has started holds too', async (f) => {
  const { page, url, baseURL } = f;
  const app = content('zh-CN', 'app');
  await page.goto(url('/'));
  await page.evaluate(seedDraftScript(SALARY_LATE));
  await page.goto(url('/check'));
  await expectVisible(page.getByText(SALARY_LATE.debts[0].name).first());
  await page.goto(url('/'));
  // Hold every script but the tiny entry: the page is the prerendered start page.
  const html = await (await page.request.get(baseURL)).text();
  const entry = /<script type="module"[^>]* src="\.\/([^"]+)"/.exec(html)?.[1];
  assert.ok(entry, 'index.html loads an entry module');
  /** @type {() => void} */
  let release = () => {};
  const gate = new Promise((resolve) => {
    release = () => resolve(undefined);
  });
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    if (!route.request().url().endsWith(entry)) await gate;
    // A request the page dropped when it left is already gone.
    await route.continue().catch(() => {});
  });
  await page.reload({ waitUntil: 'commit' });
  await page.waitForSelector('#root[data-prerendered] h1', { state: 'attached' });
  await page.getByRole('button', { name: exactly(text(app, 'quick_exit')) }).click();
  await page.waitForURL('about:blank');
  release();

  await page.goBack();
  await appStarted(page);
  await expectCoverOnly(page, 'zh-CN', 'Back after an early quick exit');
  await page.goto(url('/check'));
  await expectCoverOnly(page, 'zh-CN', 'reopened /check');
  await openFresh(page, url('/plan'));
  await expectCoverOnly(page, 'zh-CN', 'reloaded /plan');
});
