// Journey (c): a reload in the middle of the wizard keeps every answer given so far.
import { assert, exactly, expectVisible, openFresh, test } from './harness.mjs';
import { texts } from './wizard.mjs';

test('reloading mid-wizard keeps the answers', async ({ page, url }) => {
  const t = texts('zh-CN');
  const { w, h } = t;
  const heading = (/** @type {string} */ key) =>
    expectVisible(page.getByRole('heading', { level: 1, name: w(key) }));
  const next = () => page.getByRole('button', { name: exactly(w('common.continue')) }).click();
  const causeLabel = w('fields.cause.options.income_drop.label');

  await page.goto(url('/'));
  await page.getByRole('link', { name: exactly(h('start.start')) }).click();
  await heading('steps.cause.title');
  await page.getByRole('radio', { name: exactly(causeLabel) }).check();
  await next();
  await heading('steps.income_expected.title');
  await page.getByRole('textbox', { name: w('steps.income_expected.title') }).fill('45');
  await next();
  await heading('steps.income.title');
  await page.getByRole('textbox', { name: w('steps.income.title') }).fill('5200');
  await next();
  await heading('steps.essentials.title');

  await page.reload();
  await heading('steps.essentials.title');
  assert.match(page.url(), /#\/step\/essentials$/);

  // Back through the steps: every answer is still there.
  await page.getByRole('link', { name: w('common.back') }).click();
  await heading('steps.income.title');
  assert.equal(
    await page.getByRole('textbox', { name: w('steps.income.title') }).inputValue(),
    '5200',
  );
  await page.getByRole('link', { name: w('common.back') }).click();
  await heading('steps.income_expected.title');
  assert.equal(
    await page.getByRole('textbox', { name: w('steps.income_expected.title') }).inputValue(),
    '45',
  );
  await page.getByRole('link', { name: w('common.back') }).click();
  await heading('steps.cause.title');
  assert.equal(await page.getByRole('radio', { name: exactly(causeLabel) }).isChecked(), true);

  // A fresh visit to the start page offers to continue where the person stopped.
  await openFresh(page, url('/'));
  await expectVisible(page.getByText(h('start.saved')));
  await page.getByRole('link', { name: exactly(h('start.continue')) }).click();
  await heading('steps.essentials.title');
});
