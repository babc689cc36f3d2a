// Privacy: nothing leaves the device. The runner fails any test whose context requests
// another origin; these tests check it explicitly and check the Content-Security-Policy.
import { assert, expectVisible, openFresh, test } from './harness.mjs';
import { SALARY_LATE, content, seedDraftScript, text } from './fixtures.mjs';

const app = content('zh-CN', 'app');
const plan = content('zh-CN', 'plan');

test('every request stays on the app origin, and no cookie is set', async (f) => {
  const { page, url, requests, outsideRequests, context, baseURL } = f;
  await page.goto(url('/'));
  await expectVisible(page.getByText(text(app, 'footer.privacy')));
  await page.waitForLoadState('networkidle');
  assert.ok(requests.length > 0, 'the page made no requests at all: the recorder is broken');
  const origin = new URL(baseURL).origin;
  for (const r of requests) {
    const { protocol, origin: o } = new URL(r);
    assert.ok(o === origin || protocol === 'data:' || protocol === 'blob:', `outside request ${r}`);
  }
  assert.deepEqual(outsideRequests, []);
  assert.deepEqual(await context.cookies(), [], 'the app must not set cookies');
  const referrer = await page.locator('meta[name="referrer"]').getAttribute('content');
  assert.equal(referrer, 'no-referrer');
});

test('the Content-Security-Policy blocks connections to other hosts', async (f) => {
  const { page, url, consoleErrors, outsideRequests } = f;
  await page.goto(url('/'));
  await expectVisible(page.getByText(text(app, 'footer.privacy')));
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  assert.match(csp ?? '', /default-src 'self'/);
  assert.match(csp ?? '', /connect-src 'self'/);
  // Scripts only from the app itself, plus the two inline prerender scripts pinned by hashes:
  // no 'unsafe-inline', no 'unsafe-eval', no other host.
  assert.match(csp ?? '', /script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}'){0,2}(;|$)/);

  const failed = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.violatedDirective),
    );
    let fetched = 'allowed';
    try {
      await fetch('https://example.com/collect', { mode: 'no-cors' });
    } catch {
      fetched = 'blocked';
    }
    const img = await new Promise((resolve) => {
      const el = new Image();
      el.onload = () => resolve('allowed');
      el.onerror = () => resolve('blocked');
      el.src = 'https://example.com/pixel.gif';
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { fetched, img, violations };
  });
  assert.deepEqual(
    { fetched: outcome.fetched, img: outcome.img },
    { fetched: 'blocked', img: 'blocked' },
  );
  assert.ok(outcome.violations.includes('connect-src'), 'no connect-src violation reported');
  assert.ok(outcome.violations.includes('img-src'), 'no img-src violation reported');
  // The image request is announced, then refused by the browser before it leaves.
  for (const r of outsideRequests) {
    assert.ok(
      failed.some((x) => x.startsWith(r) && / (csp|net::ERR_BLOCKED_BY_CSP)$/i.test(x)),
      `${r} was not blocked by the CSP (failures: ${failed.join(', ') || 'none'})`,
    );
  }
  // These attempts were this test's own; the global guard checks everything else.
  outsideRequests.length = 0;
  // The browser logs each blocked request as a console error: those are this test's point.
  const expected = consoleErrors.filter((e) => /Content Security Policy|example\.com/.test(e));
  assert.ok(expected.length > 0, 'the browser reported no CSP violation in the console');
  consoleErrors.splice(
    0,
    consoleErrors.length,
    ...consoleErrors.filter((e) => !expected.includes(e)),
  );
});

test('a share link keeps its payload in the URL fragment, never sent anywhere', async (f) => {
  const { page, context, url, baseURL, requests, screenshot } = f;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL).origin,
  });
  await page.goto(url('/'));
  await page.evaluate(seedDraftScript(SALARY_LATE));
  await openFresh(page, url('/plan'));
  await expectVisible(page.getByRole('heading', { level: 1, name: text(plan, 'title') }));
  await page.getByRole('button', { name: text(plan, 'actions.copy_link') }).click();
  await expectVisible(page.getByText(text(plan, 'actions.copied')));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const { hash, origin } = new URL(link);
  assert.equal(origin, new URL(baseURL).origin);
  assert.match(hash, /^#\/plan\/.{20,}/, `unexpected share link ${link}`);
  const payload = hash.slice('#/plan/'.length);

  const shared = await context.newPage();
  await shared.goto(link);
  await expectVisible(shared.getByText(text(plan, 'shared.banner')).first());
  await expectVisible(shared.getByRole('heading', { level: 1, name: text(plan, 'title') }));
  // Names stay out of links by default.
  assert.equal(await shared.getByText(SALARY_LATE.debts[0].name).count(), 0);
  for (const r of requests) assert.ok(!r.includes(payload), `the payload was requested: ${r}`);
  await shared.close();
  await page.goto(link);
  await expectVisible(page.getByText(text(plan, 'shared.banner')).first());
  await screenshot('shared-plan');
});
