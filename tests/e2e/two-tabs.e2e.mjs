// Issue 15, in the browser: the app open in two tabs of one browser. Answers given in turn in
// each tab, debts added in each, and negotiation log entries added and deleted in each all end
// up saved and shown in both, without a reload; nothing is lost. A tab that finds data it cannot
// merge (saved by a newer version) says so and does not write over it.
import { assert, eventually, exactly, expectVisible, test } from './harness.mjs';
import { STORAGE_KEY, content, text } from './fixtures.mjs';
import { fillDebtWithMouse, texts } from './wizard.mjs';

/** @typedef {import('playwright-core').Page} Page */

const t = texts('zh-CN');
const { w } = t;
const tools = content('zh-CN', 'tools');
const log = (/** @type {string} */ key) => text(tools, `log.${key}`);

// A person works in one tab at a time: the tab acted in is brought to the front (a tab in the
// background gets no animation frames, which the browser driver waits for).
const next = async (/** @type {Page} */ page) => {
  await page.bringToFront();
  await page.getByRole('button', { name: exactly(w('common.continue')) }).click();
};
const onStep = (/** @type {Page} */ page, /** @type {string} */ key) =>
  expectVisible(page.getByRole('heading', { level: 1, name: w(key) }));

async function addDebt(/** @type {Page} */ page, /** @type {string} */ name, first = false) {
  await page.bringToFront();
  await page
    .getByRole('link', {
      name: exactly(w(first ? 'debt.list.add_first' : 'debt.list.add_another')),
    })
    .click();
  await onStep(page, 'debt.form.title_add');
  await fillDebtWithMouse(page, t, {
    name,
    kind: 'microloan',
    outstanding: '2000',
    overdueDays: '30',
  });
  await page.getByRole('button', { name: exactly(w('debt.form.save')) }).click();
  await onStep(page, 'steps.debts.title');
}

async function addLogEntry(/** @type {Page} */ page, /** @type {string} */ lender) {
  await page.bringToFront();
  const form = page.getByRole('form', { name: log('form_add') });
  // The answers name lenders, so the lender is chosen from a list, or typed in after "other".
  await form
    .getByRole('combobox', { name: exactly(log('lender.label')) })
    .selectOption({ label: log('lender.other') });
  await form.getByRole('textbox', { name: exactly(log('lender.other_label')) }).fill(lender);
  await form
    .getByRole('group', { name: log('channel.legend') })
    .getByRole('radio', { name: exactly(log('channels.sms')) })
    .check();
  await form
    .getByRole('group', { name: log('written.legend') })
    .getByRole('radio', { name: exactly(log('written.no')) })
    .check();
  await form.getByRole('button', { name: exactly(log('save_add')) }).click();
  await expectVisible(page.getByRole('status').filter({ hasText: log('saved') }));
}

/** The lenders in the log table, as shown on the page. */
async function loggedLenders(/** @type {Page} */ page) {
  return page.locator('tbody tr').allInnerTexts();
}

test('two tabs: interleaved answers, debts and log entries are all kept, in both tabs', async (f) => {
  const { context, url } = f;
  const a = f.page;
  const b = await context.newPage();
  await a.goto(url('/step/cause'));
  await b.goto(url('/step/income'));
  await onStep(a, 'steps.cause.title');
  await onStep(b, 'steps.income.title');

  // Answers, in turn: each tab answers a different question.
  await a.bringToFront();
  await a
    .getByRole('radio', { name: exactly(w('fields.cause.options.income_drop.label')) })
    .check();
  await next(a);
  await b.bringToFront();
  await b.getByRole('textbox', { name: w('steps.income.title') }).fill('6200');
  await next(b);
  await onStep(a, 'steps.income_expected.title');
  await a.bringToFront();
  await a
    .getByRole('checkbox', { name: exactly(w('fields.incomeExpectedInDays.unknown')) })
    .check();
  await next(a);
  await onStep(b, 'steps.essentials.title');
  await b.bringToFront();
  await b
    .getByRole('textbox', { name: exactly(w('fields.essentials.parts.rent.label')) })
    .fill('1800');
  await next(b);

  // Debts, one added in each tab.
  await a.goto(url('/step/debts'));
  await b.goto(url('/step/debts'));
  await onStep(a, 'steps.debts.title');
  await onStep(b, 'steps.debts.title');
  await addDebt(a, '甲贷', true);
  await addDebt(b, '乙贷');
  for (const page of [a, b]) {
    for (const name of ['甲贷', '乙贷']) {
      await expectVisible(page.getByRole('heading', { level: 2, name: exactly(name) }));
    }
  }

  const saved = await a.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}'),
    STORAGE_KEY,
  );
  assert.equal(saved.state.draft.cause, 'income_drop');
  assert.equal(saved.state.draft.incomeExpectedInDays, null);
  assert.equal(saved.state.draft.monthlyIncome, 6200);
  assert.equal(saved.state.draft.monthlyEssentials, 1800);
  assert.deepEqual(
    saved.state.draft.debts.map((/** @type {{ name: string }} */ d) => d.name),
    ['甲贷', '乙贷'],
  );

  // The log, open in both tabs: adds and a delete, interleaved.
  await a.goto(url('/log'));
  await b.goto(url('/log'));
  await expectVisible(a.getByRole('heading', { level: 1, name: log('title') }));
  await expectVisible(b.getByRole('heading', { level: 1, name: log('title') }));
  await addLogEntry(a, '记录一号');
  await addLogEntry(b, '记录二号');
  await addLogEntry(a, '记录三号');
  await addLogEntry(b, '记录四号');
  // Tab B deletes an entry tab A made.
  await b.bringToFront();
  const rowThree = b.locator('tbody tr').filter({ hasText: '记录三号' });
  await rowThree
    .getByRole('button', { name: new RegExp(`^${text(tools, 'log_table.delete')}`) })
    .click();
  await addLogEntry(a, '记录五号');

  const expected = ['记录一号', '记录二号', '记录四号', '记录五号'];
  for (const page of [a, b]) {
    await eventually(async () => {
      const rows = (await loggedLenders(page)).join('\n');
      for (const lender of expected) assert.ok(rows.includes(lender), `${lender} missing: ${rows}`);
      assert.ok(!rows.includes('记录三号'), 'the deleted entry came back');
    });
  }
  for (const page of [a, b]) {
    await page.reload();
    await expectVisible(page.getByRole('heading', { level: 1, name: log('title') }));
    await eventually(async () => {
      const rows = (await loggedLenders(page)).join('\n');
      for (const lender of expected) assert.ok(rows.includes(lender), `after reload: ${lender}`);
      assert.equal(await page.locator('tbody tr').count(), expected.length);
    });
  }
  await b.close();
});

test('a tab that finds data it cannot merge says so, and leaves it untouched', async (f) => {
  const { context, url } = f;
  const app = content('zh-CN', 'app');
  const a = f.page;
  const b = await context.newPage();
  await a.goto(url('/step/cause'));
  await b.goto(url('/step/income'));
  await onStep(b, 'steps.income.title');
  // Tab A runs a newer version of the app, and saves in its newer format.
  const newer = JSON.stringify({ state: { draft: { cause: 'job_loss' }, more: [1] }, version: 99 });
  await a.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, newer]);

  await expectVisible(b.getByText(text(app, 'storage.newer_version')));
  await b.getByRole('textbox', { name: w('steps.income.title') }).fill('6200');
  await next(b);
  await onStep(b, 'steps.essentials.title');
  assert.equal(await b.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), newer);
  await expectVisible(b.getByRole('button', { name: exactly(text(app, 'storage.reload')) }));
  await b.close();
});
