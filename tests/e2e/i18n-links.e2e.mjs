// A plan link made in one language opens, whole and in the reader's language, in the other;
// numbers outside the contract's bounds are refused at the field with a message that says what
// to do, and what is typed the Chinese way is accepted.
import { assert, expectVisible, openFresh, templatePattern, test } from './harness.mjs';
import { SALARY_LATE, content, seedDraftScript, text } from './fixtures.mjs';

const planZh = content('zh-CN', 'plan');
const planEn = content('en', 'plan');
const methodsZh = content('zh-CN', 'methods');
const methodsEn = content('en', 'methods');
const wizard = content('zh-CN', 'wizard');

test('a plan link copied in Chinese opens the same plan in English', async (f) => {
  const { page, context, url, baseURL } = f;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL).origin,
  });
  await page.goto(url('/'));
  await page.evaluate(seedDraftScript(SALARY_LATE));
  await openFresh(page, url('/plan'));
  await expectVisible(page.getByRole('heading', { level: 1, name: text(planZh, 'title') }));
  // A salary a week late: extension (展期) is the method to ask for first.
  const firstZh = page.locator('.method-card').first();
  await expectVisible(firstZh.getByText(text(methodsZh, 'extension.name')));
  await page.getByRole('button', { name: text(planZh, 'actions.copy_link') }).click();
  await expectVisible(page.getByText(text(planZh, 'actions.copied')));
  const link = await page.evaluate(() => navigator.clipboard.readText());

  // The reader prefers English: the same link shows the same plan in English.
  const reader = await context.newPage();
  await reader.goto(url('/'));
  await reader.evaluate(() => localStorage.setItem('rnh.locale', 'en'));
  await reader.goto(link);
  // Same origin, hash-only change: reload so the app starts afresh with the reader's language.
  await reader.waitForFunction((hash) => location.hash === hash, new URL(link).hash);
  await reader.reload();
  await expectVisible(reader.getByRole('heading', { level: 1, name: text(planEn, 'title') }));
  await expectVisible(reader.getByText(text(planEn, 'shared.banner')).first());
  assert.equal(await reader.locator('html').getAttribute('lang'), 'en');
  const firstEn = reader.locator('.method-card').first();
  await expectVisible(firstEn.getByText(text(methodsEn, 'extension.name')));
  assert.equal(await reader.getByText(text(methodsZh, 'extension.name')).count(), 0);
  await reader.close();
});

test('amounts outside the bounds are refused with a message; Chinese-style amounts pass', async ({
  page,
  url,
}) => {
  await page.goto(url('/step/income'));
  const heading = page.getByRole('heading', { level: 1, name: text(wizard, 'steps.income.title') });
  await expectVisible(heading);
  const input = page.getByRole('textbox').first();
  const submit = page.getByRole('button', { name: text(wizard, 'common.continue') });
  const summary = page.getByRole('alert');

  for (const [typed, key] of [
    ['200000000', 'errors.amount_too_large'],
    ['-5', 'errors.amount_negative'],
    ['五千', 'errors.amount_format'],
    ['12.345', 'errors.amount_decimals'],
  ]) {
    await input.fill(typed);
    await submit.click();
    await expectVisible(summary.getByText(templatePattern(text(wizard, key))));
    assert.equal(await summary.evaluate((el) => el.contains(document.activeElement)), true);
    await expectVisible(heading);
  }

  await input.fill('１．２万');
  await submit.click();
  await page.waitForURL(/#\/step\/(?!income)/);
  const saved = await page.evaluate(() => localStorage.getItem('rnh.answers'));
  assert.match(saved ?? '', /"monthlyIncome":12000\b/);
});
