// Journey (a): salary a week late, completed with the mouse: extension (展期) comes first.
// Journey (d): the same person in English, switching language with the header button.
import { assert, expectVisible, test } from './harness.mjs';
import { text } from './fixtures.mjs';
import { SALARY_LATE_INPUT, completeWizardWithMouse, methodHeadings, texts } from './wizard.mjs';

test('salary a week late: the plan puts extension first, recommended', async (f) => {
  const { page, url, screenshot } = f;
  const t = texts('zh-CN');
  await page.goto(url('/'));
  await expectVisible(page.getByRole('heading', { level: 1, name: t.h('start.title') }));
  await completeWizardWithMouse(page, t, SALARY_LATE_INPUT);

  const [first] = await methodHeadings(page, t);
  assert.ok(first?.includes(text(t.methods, 'extension.name')), `top method is "${first}"`);
  assert.ok(first?.includes(text(t.plan, 'fit.recommended')), `top method is "${first}"`);
  // The person's own lender name appears in the script to say.
  await expectVisible(page.getByText(SALARY_LATE_INPUT.debts[0].name).first());
  await screenshot('plan-salary-delay');
});

test('in English: the language switch translates the wizard and the plan', async (f) => {
  const { page, url, screenshot } = f;
  const zh = texts('zh-CN');
  const t = texts('en');
  await page.goto(url('/'));
  await expectVisible(page.getByRole('heading', { level: 1, name: zh.h('start.title') }));
  await page
    .getByRole('navigation', { name: text(zh.app, 'language.label') })
    .getByRole('button', { name: 'English' })
    .click();
  await expectVisible(page.getByRole('heading', { level: 1, name: t.h('start.title') }));
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await expectVisible(page.getByText(text(t.app, 'footer.privacy')));
  await screenshot('start-en');

  await completeWizardWithMouse(page, t, SALARY_LATE_INPUT);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  const [first] = await methodHeadings(page, t);
  assert.ok(first?.includes(text(t.methods, 'extension.name')), `top method is "${first}"`);
  assert.ok(first?.includes(text(t.plan, 'fit.recommended')), `top method is "${first}"`);
  await screenshot('plan-en');

  // The choice is remembered: a reload stays in English.
  await page.reload();
  await expectVisible(page.getByRole('heading', { level: 1, name: text(t.plan, 'title') }));
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
});
