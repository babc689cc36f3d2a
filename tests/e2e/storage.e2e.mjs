// Issue 15, in the browser: storage that fails is told, never hidden. A full storage never
// claims a log entry was saved, and keeps it in the form until it can be; unreadable saved data
// is kept aside (and "clear my data" removes that copy too); a browser that blocks storage gets
// one plain notice, and the log still works for the visit.
import { assert, exactly, expectVisible, openFresh, test } from './harness.mjs';
import { SALARY_LATE, STORAGE_KEY, content, seedDraftScript, text } from './fixtures.mjs';

/** @typedef {import('playwright-core').Page} Page */

const app = content('zh-CN', 'app');
const tools = content('zh-CN', 'tools');
const log = (/** @type {string} */ key) => text(tools, `log.${key}`);
const LENDER = '存储满了也不丢';

/** Fills the origin's localStorage to its last character, in the page. */
const fillStorage = (/** @type {Page} */ page) =>
  page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const filler = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${i++}`, filler);
      } catch {
        // this size no longer fits; try a smaller one
      }
    }
    return i;
  });
const freeStorage = (/** @type {Page} */ page) =>
  page.evaluate(() => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('filler-')) localStorage.removeItem(key);
    }
  });

async function fillLogForm(/** @type {Page} */ page) {
  const form = page.getByRole('form', { name: log('form_add') });
  await form.getByRole('textbox', { name: exactly(log('lender.label')) }).fill(LENDER);
  await form
    .getByRole('group', { name: log('channel.legend') })
    .getByRole('radio', { name: exactly(log('channels.phone')) })
    .check();
  await form
    .getByRole('group', { name: log('written.legend') })
    .getByRole('radio', { name: exactly(log('written.no')) })
    .check();
  return form;
}

test('a full storage: the log says "not saved", keeps the entry, and saves it once there is room', async (f) => {
  const { page, url } = f;
  await page.goto(url('/log'));
  await expectVisible(page.getByRole('heading', { level: 1, name: log('title') }));
  await fillStorage(page);
  const form = await fillLogForm(page);
  await form.getByRole('button', { name: exactly(log('save_add')) }).click();

  await expectVisible(page.getByText(log('not_saved.full')));
  await expectVisible(page.getByText(log('not_saved.kept')));
  assert.equal(await page.getByText(log('saved')).count(), 0, 'it must not say "saved"');
  const lender = form.getByRole('textbox', { name: exactly(log('lender.label')) });
  assert.equal(await lender.inputValue(), LENDER, 'the entry stays in the form');

  await freeStorage(page);
  await form.getByRole('button', { name: exactly(log('save_add')) }).click();
  await expectVisible(page.getByRole('status').filter({ hasText: log('saved') }));
  await page.reload();
  await expectVisible(page.getByRole('table').getByText(LENDER));
});

test('a full storage in the wizard: the answer goes on, and the page says it is not saved', async (f) => {
  const { page, url } = f;
  const wizard = content('zh-CN', 'wizard');
  await page.goto(url('/step/income'));
  await expectVisible(
    page.getByRole('heading', { level: 1, name: text(wizard, 'steps.income.title') }),
  );
  await fillStorage(page);
  await page.getByRole('textbox', { name: text(wizard, 'steps.income.title') }).fill('5000');
  await page.getByRole('button', { name: exactly(text(wizard, 'common.continue')) }).click();
  await expectVisible(page.getByText(text(app, 'storage.write_failed')));
  await expectVisible(
    page.getByRole('heading', { level: 1, name: text(wizard, 'steps.essentials.title') }),
  );
});

test('unreadable saved answers are kept aside, and "clear my data" removes the copy too', async (f) => {
  const { page, url } = f;
  await page.goto(url('/'));
  await page.evaluate((key) => localStorage.setItem(key, '{"state": {"draft": '), STORAGE_KEY);
  await openFresh(page, url('/check'));
  await expectVisible(page.getByText(text(app, 'storage.unreadable')));
  assert.equal(
    await page.evaluate(() => localStorage.getItem('rnh.backup.answers')),
    '{"state": {"draft": ',
  );
  const footer = page.locator('footer');
  await footer.getByRole('button', { name: exactly(text(app, 'clear_data.button')) }).click();
  await footer
    .getByRole('button', { name: exactly(text(app, 'clear_data.confirm_button')) })
    .click();
  await expectVisible(page.getByText(text(app, 'clear_data.done')));
  const left = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('rnh.')),
  );
  assert.deepEqual(left, []);
});

test('a browser that blocks storage: one plain notice, and the log still works for the visit', async (f) => {
  const { page, url } = f;
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  await page.goto(url('/'));
  await page.goto(url('/log'));
  await expectVisible(page.getByRole('heading', { level: 1, name: log('title') }));
  await expectVisible(page.getByText(text(app, 'storage.blocked')));
  assert.equal(await page.getByText(text(app, 'storage.blocked')).count(), 1);
  assert.equal(await page.getByText(text(app, 'storage.log_unreadable')).count(), 0);
  const form = await fillLogForm(page);
  await form.getByRole('button', { name: exactly(log('save_add')) }).click();
  await expectVisible(page.getByText(log('not_saved.blocked')));
  await expectVisible(page.getByRole('table').getByText(LENDER));
});

test('answers saved by a newer version are left untouched, and the page offers a reload', async (f) => {
  const { page, url } = f;
  await page.goto(url('/'));
  await page.evaluate(seedDraftScript(SALARY_LATE));
  const newer = await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}');
    const text = JSON.stringify({ ...saved, version: 99, state: { ...saved.state, more: 1 } });
    localStorage.setItem(key, text);
    return text;
  }, STORAGE_KEY);
  await openFresh(page, url('/check'));
  await expectVisible(page.getByText(text(app, 'storage.newer_version')));
  await expectVisible(page.getByRole('button', { name: exactly(text(app, 'storage.reload')) }));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), newer);
});
