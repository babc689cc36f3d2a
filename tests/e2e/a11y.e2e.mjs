// Accessibility: axe-core (WCAG 2.0/2.1/2.2, levels A and AA) on every page state, in zh-CN and
// in English. Each test walks part of the app the way a person does and runs axe at each state;
// it fails listing every rule broken, its impact, the elements hit and how to fix it.
//
// States: start; every wizard step (walked with Continue), the debts list, the add-debt form,
// the remove-debt question; error states (empty step, empty debt form, bad number); check
// answers; a rich plan (five lenders, sued, abusive collection); the plan's print preview; a
// shared-link view and its print preview; a broken link; an unknown page; the true-cost tool
// (empty, error, result); the five letters (the objection both offered and explained); the
// negotiation log (empty, error, one entry); the storage notices (unreadable data kept aside, a
// newer version's data); a link too long for a QR code; the cover quick exit leaves.
import { assert, exactly, expectVisible, openFresh, test } from './harness.mjs';
import { TWENTY_LONG_NAMES, content, text } from './fixtures.mjs';
import { texts } from './wizard.mjs';
import { AxeChecker, LOCALES, RICH_DRAFT, openWith } from './axe.mjs';

/** The text of the page's one h1, or '' while there is none. */
async function h1Text(/** @type {import('playwright-core').Page} */ page) {
  return page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
}

/** Waits until the h1 reads something other than `before`; returns the new text. */
async function nextHeading(/** @type {import('playwright-core').Page} */ page, before) {
  await page.waitForFunction((b) => {
    const h = document.querySelector('h1')?.textContent?.trim() ?? '';
    return h !== '' && h !== b;
  }, before);
  return h1Text(page);
}

for (const locale of LOCALES) {
  const plan = content(locale, 'plan');
  const tools = content(locale, 'tools');
  const letters = content(locale, 'letters');
  const app = content(locale, 'app');
  const { w, h } = texts(locale);

  test(
    `axe [${locale}]: start, every wizard step, error states, check answers`,
    async ({ page, url }) => {
      const axe = new AxeChecker(page);
      const continueButton = page.getByRole('button', { name: exactly(w('common.continue')) });

      await openWith(page, url, { locale });
      await expectVisible(page.getByRole('heading', { level: 1, name: h('start.title') }));
      await axe.check('start');

      // An empty first step, then Continue: the error summary.
      await page.getByRole('link', { name: exactly(h('start.start')) }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: w('steps.cause.title') }));
      await axe.check('step cause (empty)');
      await continueButton.click();
      await expectVisible(page.getByRole('heading', { name: w('common.error_summary_title') }));
      await axe.check('error: cause not chosen');

      // A number that is not a number.
      await page.goto(url('/step/income'));
      await expectVisible(page.getByRole('heading', { level: 1, name: w('steps.income.title') }));
      await page.getByRole('textbox', { name: w('steps.income.title') }).fill('abc');
      await continueButton.click();
      await expectVisible(page.getByRole('heading', { name: w('common.error_summary_title') }));
      await axe.check('error: income not a number');

      // Every step of a rich situation, walked with Continue up to check answers.
      await openWith(page, url, { locale, draft: RICH_DRAFT, path: '/step/cause' });
      let heading = await nextHeading(page, '');
      const seen = [];
      for (let i = 0; i < 20 && heading !== w('check.title'); i += 1) {
        seen.push(heading);
        await axe.check(`step: ${heading}`);
        if (heading === w('steps.debts.title')) {
          await page.getByRole('link', { name: exactly(w('debt.list.add_another')) }).click();
          await expectVisible(
            page.getByRole('heading', { level: 1, name: w('debt.form.title_add') }),
          );
          await axe.check('add-debt form');
          await page.getByRole('button', { name: exactly(w('debt.form.save')) }).click();
          await expectVisible(page.getByRole('heading', { name: w('common.error_summary_title') }));
          await axe.check('error: add-debt form empty');
          await page
            .getByRole('link', { name: w('debt.form.back') })
            .first()
            .click();
          await expectVisible(
            page.getByRole('heading', { level: 1, name: w('steps.debts.title') }),
          );
          await page
            .getByRole('button', { name: new RegExp(`^${w('debt.list.remove')}`) })
            .first()
            .click();
          await expectVisible(
            page.getByRole('button', { name: exactly(w('debt.list.remove_cancel')) }),
          );
          await axe.check('remove-debt question');
          await page.getByRole('button', { name: exactly(w('debt.list.remove_cancel')) }).click();
        }
        await continueButton.click();
        heading = await nextHeading(page, heading);
      }
      assert.equal(heading, w('check.title'), `the walk ended at "${heading}"`);
      assert.ok(seen.length >= 9, `only ${seen.length} steps walked: ${seen.join(' | ')}`);
      await axe.check('check answers');
      axe.assertClean();
    },
    { timeout: 180_000 },
  );

  test(
    `axe [${locale}]: plan, print preview, shared link, broken link, unknown page`,
    async ({ page, context, url, baseURL }) => {
      const axe = new AxeChecker(page);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseURL).origin,
      });
      await openWith(page, url, { locale, draft: RICH_DRAFT, path: '/plan' });
      await expectVisible(page.getByRole('heading', { level: 1, name: text(plan, 'title') }));
      await axe.check('plan');

      await page.getByRole('button', { name: exactly(text(plan, 'actions.start_again')) }).click();
      await expectVisible(
        page.getByRole('button', { name: exactly(text(plan, 'actions.start_again_confirm')) }),
      );
      await axe.check('plan: start-again question');
      await page.getByRole('button', { name: exactly(text(plan, 'actions.cancel')) }).click();

      await page.emulateMedia({ media: 'print' });
      await axe.check('plan print preview');
      await page.emulateMedia({ media: 'screen' });

      await page.getByRole('button', { name: exactly(text(plan, 'actions.copy_link')) }).click();
      await expectVisible(page.getByText(text(plan, 'actions.copied')));
      await axe.check('plan: link copied');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(link, /#\/plan\/.{20,}/, `unexpected share link ${link}`);

      await page.goto(link);
      await page.reload();
      await expectVisible(page.getByText(text(plan, 'shared.banner')).first());
      await expectVisible(page.getByRole('heading', { level: 1, name: text(plan, 'title') }));
      await axe.check('shared-link view');
      await page.emulateMedia({ media: 'print' });
      await axe.check('shared-link print preview');
      await page.emulateMedia({ media: 'screen' });

      await openFresh(page, url('/plan/garbage'));
      await expectVisible(
        page.getByRole('heading', { level: 1, name: text(plan, 'shared.error_title') }),
      );
      await axe.check('broken link');

      await openFresh(page, url('/no/such/page'));
      await expectVisible(
        page.getByRole('heading', { level: 1, name: text(app, 'not_found.title') }),
      );
      await axe.check('unknown page');
      axe.assertClean();
    },
    { timeout: 180_000 },
  );

  test(
    `axe [${locale}]: storage notices, a link too long for a QR code, the quick-exit cover`,
    async ({ page, url }) => {
      const axe = new AxeChecker(page);
      await openWith(page, url, { locale, path: '/' });
      await page.evaluate(() => localStorage.setItem('rnh.answers', '{"state": {"draft": '));
      await page.evaluate(() =>
        localStorage.setItem('rnh.log', JSON.stringify({ state: { entries: [] }, version: 9 })),
      );
      await openFresh(page, url('/check'));
      await expectVisible(page.getByText(text(app, 'storage.unreadable')));
      await expectVisible(page.getByText(text(app, 'storage.log_newer_version')));
      await axe.check('storage notices: unreadable answers, a newer log');

      // Twenty lenders with long names: with names, too long for a QR code and for chats.
      await openWith(page, url, { locale, draft: TWENTY_LONG_NAMES, path: '/plan' });
      await expectVisible(page.getByRole('heading', { level: 1, name: text(plan, 'title') }));
      await page.getByRole('checkbox', { name: text(plan, 'actions.omit_names') }).uncheck();
      await expectVisible(page.getByText(text(plan, 'qr.too_long')));
      await expectVisible(page.getByText(text(plan, 'actions.link_too_long')));
      await axe.check('plan: link with names, too long for a QR code and for chats');

      await page.getByRole('button', { name: exactly(text(app, 'quick_exit')) }).click();
      await page.waitForURL('about:blank');
      await page.goBack();
      await expectVisible(page.getByRole('heading', { level: 1, name: text(app, 'cover.title') }));
      await axe.check('quick-exit cover');
      axe.assertClean();
    },
    { timeout: 120_000 },
  );

  test(
    `axe [${locale}]: true cost, letters, negotiation log`,
    async ({ page, url }) => {
      const axe = new AxeChecker(page);
      const tc = (/** @type {string} */ key) => text(tools, `true_cost.${key}`);
      await openWith(page, url, { locale, draft: RICH_DRAFT, path: '/tools/true-cost' });
      await expectVisible(page.getByRole('heading', { level: 1, name: tc('title') }));
      await axe.check('true cost (empty)');
      const submit = page.getByRole('button', { name: exactly(tc('submit')) });
      await submit.click();
      await expectVisible(
        page.getByRole('heading', { name: text(tools, 'common.error_summary_title') }),
      );
      await axe.check('error: true cost empty');
      await page.getByRole('textbox', { name: tc('received.label') }).fill('10000');
      await page.getByRole('textbox', { name: tc('payment.label') }).fill('1000');
      await page.getByRole('textbox', { name: tc('count.label') }).fill('12');
      await submit.click();
      await expectVisible(page.getByRole('heading', { name: tc('result.heading') }));
      await axe.check('true cost result');

      // Sued: the defence outline; no payment order, so the objection page explains instead.
      for (const id of [
        'negotiation_request',
        'hardship_application',
        'collection_complaint',
        'defence_outline',
        'payment_order_objection',
      ]) {
        await page.goto(url(`/letters/${id}`));
        await expectVisible(
          page.getByRole('heading', { level: 1, name: text(letters, `${id}.title`) }),
        );
        await axe.check(`letter ${id}`);
      }
      // A disputed payment order: the objection itself, with its deadline line.
      await openWith(page, url, {
        locale,
        draft: {
          ...RICH_DRAFT,
          legal: 'payment_order',
          courtPaper: { debt: 0, paper: 'payment_order', receivedOn: null, disputes: 'yes' },
        },
        path: '/letters/payment_order_objection',
      });
      await expectVisible(page.getByRole('textbox', { name: text(tools, 'letter.text_label') }));
      await axe.check('letter payment_order_objection (the objection)');

      const log = (/** @type {string} */ key) => text(tools, `log.${key}`);
      await page.goto(url('/log'));
      await expectVisible(page.getByRole('heading', { level: 1, name: log('title') }));
      await axe.check('negotiation log (empty)');
      const save = page.getByRole('button', { name: exactly(log('save_add')) });
      await save.click();
      await expectVisible(
        page.getByRole('heading', { name: text(tools, 'common.error_summary_title') }),
      );
      await axe.check('error: negotiation log entry empty');
      await page.getByRole('combobox', { name: log('lender.label') }).selectOption({ index: 1 });
      await page.getByLabel(log('date.label')).fill('2026-11-20');
      await page.getByLabel(log('time.label')).fill('22:30');
      await page.getByRole('radio', { name: exactly(log('channels.phone')) }).check();
      await page.getByRole('radio', { name: exactly(log('written.no')) }).check();
      await page.getByRole('checkbox', { name: log('family.label') }).check();
      await save.click();
      await expectVisible(page.getByRole('heading', { name: log('list_heading') }));
      await expectVisible(page.getByText(log('flags.outside_hours')));
      await axe.check('negotiation log with a flagged entry');
      axe.assertClean();
    },
    { timeout: 180_000 },
  );
}

// The checker itself: a page with known faults must fail, so a silent axe cannot pass the above.
test('axe: the checker reports known faults', async ({ page, url }) => {
  await openWith(page, url, { locale: 'zh-CN' });
  await page.locator('h1').first().waitFor();
  await page.evaluate(() => {
    const main = document.getElementById('main');
    const faint = document.createElement('p');
    faint.textContent = '看不清的字';
    faint.style.color = '#cccccc';
    const button = document.createElement('button');
    button.type = 'button';
    main?.append(faint, button);
  });
  const axe = new AxeChecker(page);
  await axe.check('start with faults added');
  const ids = new Set(axe.violations.map((v) => v.id));
  assert.ok(ids.has('color-contrast'), `color-contrast not reported: ${[...ids].join(', ')}`);
  assert.ok(ids.has('button-name'), `button-name not reported: ${[...ids].join(', ')}`);
  assert.throws(() => axe.assertClean(), /violation/);
});
