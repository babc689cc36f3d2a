// Issue 15, in the browser: plan links as chat apps deliver them, and honest long links.
// - A plan link opens the same way as made, with WeChat/QQ's `?from=…&isappinstalled=0` before
//   the `#`, with `&from=…&isappinstalled=0` after the payload, and with a `/` a chat app put in
//   it; a damaged link gets the broken-link message, never "page not found".
// - A link too long for a QR code shows no code and no "scan"; a link too long for chat apps is
//   said so, with leaving names out (the default) offered, at 320 px and 1280 px, in both
//   languages.
import { readFileSync } from 'node:fs';
import { assert, exactly, expectVisible, guardContext, openFresh, test } from './harness.mjs';
import { TWENTY_LONG_NAMES, content, seedDraftScript, text } from './fixtures.mjs';

/** @typedef {import('playwright-core').Page} Page */

const golden = JSON.parse(
  readFileSync(new URL('../fixtures/links/v1-single-short-gap.json', import.meta.url), 'utf8'),
);
const LENDER = golden.answers.debts[0].name;
const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) AppleWebKit/537.36 ' +
  '(KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 ' +
  'MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin ' +
  'NetType/WIFI Language/zh_CN ABI/arm64';

/** Opens `address` as a fresh page load (a link tapped in a chat opens a new page). */
async function open(/** @type {Page} */ page, /** @type {string} */ address) {
  await page.goto('about:blank');
  await page.goto(address);
}

test('a plan link opens as made, as WeChat and QQ deliver it, and with a / put in it', async (f) => {
  const { page, baseURL } = f;
  const plan = content('zh-CN', 'plan');
  const app = content('zh-CN', 'app');
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  const p = golden.payload;
  const variants = [
    `${baseURL}#/plan/${p}`,
    `${baseURL}?from=singlemessage&isappinstalled=0#/plan/${p}`,
    `${baseURL}#/plan/${p}&from=singlemessage&isappinstalled=0`,
    `${baseURL}?from=groupmessage#/plan/${p}&from=timeline&isappinstalled=0`,
    `${baseURL}#/plan/${p.slice(0, 12)}/${p.slice(12)}`,
    `${baseURL}#/plan/${p}/`,
  ];
  for (const address of variants) {
    await open(page, address);
    await expectVisible(page.getByText(text(plan, 'shared.banner')).first());
    await expectVisible(page.getByText(LENDER).first());
    assert.equal(await page.getByText(text(app, 'not_found.title')).count(), 0, address);
  }
});

test('a damaged plan link gets the broken-link message, never "page not found"', async (f) => {
  const { page, baseURL } = f;
  const app = content('zh-CN', 'app');
  const p = golden.payload;
  for (const [locale, address] of /** @type {const} */ ([
    ['zh-CN', `${baseURL}#/plan/${p}xyz`],
    ['zh-CN', `${baseURL}#/plan/${p.slice(0, -6)}`],
    ['zh-CN', `${baseURL}#/plan/${p.slice(0, 10)}/x/${p.slice(10)}/y`],
    ['zh-CN', `${baseURL}#/plan/`],
    ['en', `${baseURL}#/plan/${p.slice(0, 20)}`],
  ])) {
    const plan = content(locale, 'plan');
    await page.goto(baseURL);
    await page.evaluate((l) => localStorage.setItem('rnh.locale', l), locale);
    await open(page, address);
    await expectVisible(
      page.getByRole('heading', { level: 1, name: exactly(text(plan, 'shared.error_title')) }),
    );
    assert.equal(await page.getByText(text(app, 'not_found.title')).count(), 0, address);
    assert.equal(await page.getByText(LENDER).count(), 0, address);
  }
});

for (const locale of /** @type {const} */ (['zh-CN', 'en'])) {
  test(`[${locale}] a long link: no QR and no "scan" when there is no code; the chat warning offers leaving names out`, async (f) => {
    const { page, url } = f;
    const plan = content(locale, 'plan');
    await page.goto(url('/'));
    await page.evaluate(
      `${seedDraftScript(TWENTY_LONG_NAMES)} localStorage.setItem('rnh.locale', '${locale}');`,
    );
    await openFresh(page, url('/plan'));
    await expectVisible(page.getByRole('heading', { level: 1, name: text(plan, 'title') }));
    const qr = page.getByRole('region', { name: text(plan, 'sections.qr') });
    const omit = page.getByRole('checkbox', { name: text(plan, 'actions.omit_names') });

    // Names left out (the default): a short link, a code, and "scan".
    assert.equal(await omit.isChecked(), true);
    await expectVisible(qr.getByRole('img', { name: text(plan, 'qr.alt') }));
    await expectVisible(qr.getByText(text(plan, 'qr.caption')));
    assert.equal(await page.getByTestId('link-too-long').count(), 0);

    // Names in: past what a code and a chat carry.
    await omit.uncheck();
    await expectVisible(qr.getByText(text(plan, 'qr.too_long')));
    assert.equal(await qr.getByRole('img').count(), 0, 'a QR code is drawn for a link too long');
    assert.equal(await qr.getByText(text(plan, 'qr.caption')).count(), 0, 'it still says "scan"');
    const warning = page.getByTestId('link-too-long');
    await expectVisible(warning.getByText(text(plan, 'actions.link_too_long')));
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(sideways <= 0, `${width} px: the page scrolls sideways by ${sideways} px`);
      await warning.screenshot({ path: `artifacts/screenshots/long-link-${locale}-${width}.png` });
    }
    await page.setViewportSize({ width: 390, height: 844 });

    await warning
      .getByRole('button', { name: exactly(text(plan, 'actions.leave_names_out')) })
      .click();
    assert.equal(await omit.isChecked(), true);
    await expectVisible(qr.getByRole('img', { name: text(plan, 'qr.alt') }));
    assert.equal(await page.getByTestId('link-too-long').count(), 0);
  });
}

test('in a WeChat-like browser, the shared plan from a chat link opens at 320 px', async (f) => {
  const browser = f.context.browser();
  assert.ok(browser);
  const context = await browser.newContext({
    baseURL: f.baseURL,
    viewport: { width: 320, height: 640 },
    userAgent: WECHAT_ANDROID,
    locale: 'zh-CN',
  });
  guardContext(context, f);
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      Object.defineProperty(navigator, 'share', { value: undefined });
      window.print = () => {};
    });
    const plan = content('zh-CN', 'plan');
    await page.goto(
      `${f.baseURL}?from=singlemessage&isappinstalled=0#/plan/${golden.payload}&from=singlemessage&isappinstalled=0`,
    );
    await expectVisible(page.getByText(text(plan, 'shared.banner')).first());
    await expectVisible(page.getByText(LENDER).first());
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(sideways <= 0, `the shared plan scrolls sideways by ${sideways} px at 320 px`);
  } finally {
    await context.close();
  }
});
