// Offline: after one visit the service worker has cached the whole app, so with the network
// gone a reload still shows the start page and, with answers saved, the plan.
import { assert, expectVisible, openFresh, test } from './harness.mjs';
import { SALARY_LATE, content, seedDraftScript, text } from './fixtures.mjs';

const app = content('zh-CN', 'app');
const plan = content('zh-CN', 'plan');
const tools = content('zh-CN', 'tools');
const en = { home: content('en', 'home'), plan: content('en', 'plan') };

/** Waits until a service worker controls the page (it has installed and cached everything). */
async function waitForServiceWorker(page) {
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    return registration.scope;
  });
  assert.ok(scope, 'no service worker registered');
}

test(
  'after one visit the start page and the plan open offline',
  async ({ page, context, url }) => {
    await page.goto(url('/'));
    await expectVisible(page.getByText(text(app, 'footer.privacy')));
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await expectVisible(page.getByText(text(app, 'footer.privacy')));
    await expectVisible(page.getByRole('heading', { level: 1 }));
    assert.equal(await page.evaluate(() => navigator.onLine), false);

    // Answers saved on this device: the plan (a lazily loaded page and content chunk) opens.
    await page.evaluate(seedDraftScript(SALARY_LATE));
    await openFresh(page, url('/plan'));
    await expectVisible(page.getByRole('heading', { level: 1, name: text(plan, 'title') }));

    // Pages and content never opened online were cached too: a tool page, the other language.
    await page.goto(url('/tools/true-cost'));
    await expectVisible(
      page.getByRole('heading', { level: 1, name: text(tools, 'true_cost.title') }),
    );
    await page.goto(url('/plan'));
    await page.getByRole('button', { name: 'English' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: text(en.plan, 'title') }));
    await page.goto(url('/'));
    await expectVisible(
      page.getByRole('heading', { level: 1, name: text(en.home, 'start.title') }),
    );
    await context.setOffline(false);
  },
  { timeout: 90_000 },
);

test('the web manifest names the app and its icons load', async ({ page, url, baseURL }) => {
  await page.goto(url('/'));
  await expectVisible(page.getByText(text(app, 'footer.privacy')));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert.ok(href, 'no <link rel="manifest">');
  const manifest = await page.evaluate(async (h) => (await fetch(h)).json(), href);
  assert.equal(manifest.name, text(app, 'name'));
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.theme_color, '#1d4e89');
  const sizes = manifest.icons.map((/** @type {{ sizes: string }} */ i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), `icon sizes: ${sizes}`);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, new URL(href, baseURL)).href);
    assert.equal(response.status(), 200, `${icon.src} did not load`);
    const type = response.headers()['content-type'] ?? '';
    assert.ok(type.startsWith(icon.type), `${icon.src} is ${type}, not ${icon.type}`);
  }
});
