// Journey (e): a lender name that looks like HTML is shown as text everywhere; nothing runs.
import { assert, exactly, expectVisible, test } from './harness.mjs';
import { text } from './fixtures.mjs';
import { SALARY_LATE_INPUT, completeWizardWithMouse, texts } from './wizard.mjs';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a hostile lender name shows as text and no dialog fires', async (f) => {
  const { page, url, dialogs, requests, screenshot } = f;
  const t = texts('zh-CN');
  await page.goto(url('/'));
  await completeWizardWithMouse(page, t, {
    ...SALARY_LATE_INPUT,
    debts: [{ ...SALARY_LATE_INPUT.debts[0], name: HOSTILE }],
  });

  // On the plan the name appears literally, as text.
  await expectVisible(page.getByText(HOSTILE).first());
  const planText = await page.locator('main').innerText();
  assert.ok(planText.includes(HOSTILE), 'the plan does not show the name as typed');

  // The check-answers page and the debts list show it as text too.
  await page.goto(url('/check'));
  await expectVisible(page.getByRole('heading', { level: 1, name: t.w('check.title') }));
  await expectVisible(page.getByText(HOSTILE).first());
  await page.goto(url('/step/debts'));
  await expectVisible(page.getByRole('heading', { level: 2, name: exactly(HOSTILE) }));

  // No element was made from it, no image was fetched, no dialog opened.
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.ok(!requests.some((r) => new URL(r).pathname.endsWith('/x')), 'the browser fetched "x"');
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
  assert.equal(
    await page.evaluate(() => document.title.includes('<img')),
    false,
    'the name leaked into the document title',
  );
  await expectVisible(page.getByText(text(t.app, 'footer.privacy')));
  await screenshot('debts-hostile-name');
});
