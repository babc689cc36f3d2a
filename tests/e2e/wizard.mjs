/**
 * Steps through the wizard the way a person does, finding every control by its role and the
 * label text in content/<locale>/wizard.json. Mouse helpers here; keyboard-only helpers are
 * in harness.mjs (tabTo, arrowToRadio) and used directly by the keyboard spec.
 */
import { assert, exactly, expectVisible } from './harness.mjs';
import { content, text } from './fixtures.mjs';

/** @typedef {import('playwright-core').Page} Page */

/** The texts a journey needs, for one locale. */
export function texts(/** @type {'zh-CN' | 'en'} */ locale) {
  const wizard = content(locale, 'wizard');
  const home = content(locale, 'home');
  return {
    app: content(locale, 'app'),
    wizard,
    plan: content(locale, 'plan'),
    methods: content(locale, 'methods'),
    urgent: content(locale, 'urgent'),
    /** Shorthand for a wizard key. */
    w: (/** @type {string} */ key) => text(wizard, key),
    /** The start page's text (content/<locale>/home.json). */
    h: (/** @type {string} */ key) => text(home, key),
  };
}

/**
 * A debt as the journeys enter it.
 * @typedef {{ name: string, kind: string, outstanding: string, overdueDays: string,
 *   apr?: string, penalties?: string }} DebtInput
 */

/**
 * The court paper as a journey enters it (legal stages with a paper only).
 * `futureFirst`: first type a day after today and expect the clear message (then the real day).
 * @typedef {{ lender?: string, paper: string, receivedOn: string | null,
 *   courtDate?: string | null, disputes?: string, futureFirst?: string }} CourtPaperInput
 */

/** Mouse: answers the court-paper pages (which lender and paper, the day, then date or dispute). */
export async function answerCourtPaperWithMouse(
  /** @type {Page} */ page,
  /** @type {ReturnType<typeof texts>} */ t,
  /** @type {CourtPaperInput} */ paper,
) {
  const { w } = t;
  const next = () => page.getByRole('button', { name: exactly(w('common.continue')) }).click();
  const heading = (/** @type {string} */ key) =>
    expectVisible(page.getByRole('heading', { level: 1, name: w(key) }));
  await heading('steps.court_paper.title');
  if (paper.lender !== undefined) {
    await page
      .getByRole('group', { name: w('fields.courtPaper.debt.label') })
      .getByRole('radio', { name: exactly(paper.lender) })
      .check();
  }
  await page
    .getByRole('radio', {
      name: exactly(w(`fields.courtPaper.paper.options.${paper.paper}.label`)),
    })
    .check();
  await next();
  await heading('steps.paper_received.title');
  const receivedBox = page.getByLabel(w('steps.paper_received.title'), { exact: true });
  if (paper.futureFirst) {
    await receivedBox.fill(paper.futureFirst);
    await next();
    const message = w('errors.date_future').replace(
      '{{name}}',
      w('fields.courtPaper.receivedOn.name'),
    );
    const summary = page.getByRole('alert');
    await expectVisible(summary.getByRole('link', { name: exactly(message) }));
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('role')),
      'alert',
      'focus moves to the error summary',
    );
    await heading('steps.paper_received.title');
  }
  if (paper.receivedOn === null) {
    await page
      .getByRole('checkbox', { name: exactly(w('fields.courtPaper.receivedOn.unknown')) })
      .check();
  } else {
    await receivedBox.fill(paper.receivedOn);
  }
  await next();
  if (paper.paper === 'payment_order') {
    await heading('steps.paper_dispute.title');
    await page
      .getByRole('radio', {
        name: exactly(w(`fields.courtPaper.disputes.options.${paper.disputes ?? 'no'}.label`)),
      })
      .check();
  } else {
    await heading('steps.court_date.title');
    if (paper.courtDate === null || paper.courtDate === undefined) {
      await page
        .getByRole('checkbox', { name: exactly(w('fields.courtPaper.courtDate.unknown')) })
        .check();
    } else {
      await page.getByLabel(w('steps.court_date.title'), { exact: true }).fill(paper.courtDate);
    }
  }
  await next();
}

/** Mouse: answers every step of the wizard and opens the plan. */
export async function completeWizardWithMouse(
  /** @type {Page} */ page,
  /** @type {ReturnType<typeof texts>} */ t,
  /** @type {{ cause: string, incomeExpectedInDays: string | null, monthlyIncome: string,
   *   essentials: Record<string, string>, lumpSum: string, debts: DebtInput[],
   *   legal: string, court?: CourtPaperInput, collection: string[], evidence: string[] | null,
   *   negotiated: string }} */ a,
) {
  const { w, h } = t;
  const next = () => page.getByRole('button', { name: exactly(w('common.continue')) }).click();
  const heading = (/** @type {string} */ key) =>
    expectVisible(page.getByRole('heading', { level: 1, name: w(key) }));

  await page.getByRole('link', { name: exactly(h('start.start')) }).click();

  await heading('steps.cause.title');
  await page
    .getByRole('radio', { name: exactly(w(`fields.cause.options.${a.cause}.label`)) })
    .check();
  await next();

  await heading('steps.income_expected.title');
  if (a.incomeExpectedInDays === null) {
    await page
      .getByRole('checkbox', { name: exactly(w('fields.incomeExpectedInDays.unknown')) })
      .check();
  } else {
    await page
      .getByRole('textbox', { name: w('steps.income_expected.title') })
      .fill(a.incomeExpectedInDays);
  }
  await next();

  await heading('steps.income.title');
  await page.getByRole('textbox', { name: w('steps.income.title') }).fill(a.monthlyIncome);
  await next();

  await heading('steps.essentials.title');
  for (const [part, amount] of Object.entries(a.essentials)) {
    await page
      .getByRole('textbox', { name: exactly(w(`fields.essentials.parts.${part}.label`)) })
      .fill(amount);
  }
  await next();

  await heading('steps.lump_sum.title');
  await page.getByRole('textbox', { name: w('steps.lump_sum.title') }).fill(a.lumpSum);
  await next();

  await heading('steps.debts.title');
  for (const [i, debt] of a.debts.entries()) {
    const add = i === 0 ? 'debt.list.add_first' : 'debt.list.add_another';
    await page.getByRole('link', { name: exactly(w(add)) }).click();
    await heading('debt.form.title_add');
    await fillDebtWithMouse(page, t, debt);
    await page.getByRole('button', { name: exactly(w('debt.form.save')) }).click();
    await heading('steps.debts.title');
    await expectVisible(page.getByRole('heading', { level: 2, name: exactly(debt.name) }));
  }
  await next();

  await heading('steps.legal.title');
  await page
    .getByRole('radio', { name: exactly(w(`fields.legal.options.${a.legal}.label`)) })
    .check();
  await next();

  if (a.court) await answerCourtPaperWithMouse(page, t, a.court);

  await heading('steps.collection.title');
  await tickChoices(page, t, 'collection', a.collection);
  await next();

  if (a.evidence !== null) {
    await heading('steps.evidence.title');
    await tickChoices(page, t, 'evidence', a.evidence);
    await next();
  }

  await heading('steps.negotiated.title');
  await page
    .getByRole('radio', { name: exactly(w(`fields.negotiated.options.${a.negotiated}.label`)) })
    .check();
  await next();

  await heading('check.title');
  await page.getByRole('link', { name: exactly(w('check.build')) }).click();
  await expectVisible(page.getByRole('heading', { level: 1, name: text(t.plan, 'title') }));
}

async function tickChoices(
  /** @type {Page} */ page,
  /** @type {ReturnType<typeof texts>} */ t,
  /** @type {'collection' | 'evidence'} */ field,
  /** @type {string[]} */ ids,
) {
  const { w } = t;
  if (ids.length === 0) {
    await page.getByRole('checkbox', { name: exactly(w(`fields.${field}.none`)) }).check();
    return;
  }
  for (const id of ids) {
    await page
      .getByRole('checkbox', { name: exactly(w(`fields.${field}.options.${id}.label`)) })
      .check();
  }
}

/** Mouse: fills the form for one debt (the save button is left to the caller). */
export async function fillDebtWithMouse(
  /** @type {Page} */ page,
  /** @type {ReturnType<typeof texts>} */ t,
  /** @type {DebtInput} */ debt,
) {
  const { w } = t;
  await page.getByRole('textbox', { name: exactly(w('debt.fields.name.label')) }).fill(debt.name);
  await page
    .getByRole('radio', { name: exactly(w(`debt.fields.kind.options.${debt.kind}.label`)) })
    .check();
  await page
    .getByRole('textbox', { name: exactly(w('debt.fields.outstanding.label')) })
    .fill(debt.outstanding);
  await page
    .getByRole('textbox', { name: exactly(w('debt.fields.overdueDays.label')) })
    .fill(debt.overdueDays);
  for (const field of /** @type {const} */ (['apr', 'penalties'])) {
    const value = debt[field];
    if (value === undefined) {
      await page
        .getByRole('checkbox', { name: exactly(w(`debt.fields.${field}.unknown`)) })
        .check();
    } else {
      await page
        .getByRole('textbox', { name: exactly(w(`debt.fields.${field}.label`)) })
        .fill(value);
    }
  }
}

/** The method cards on the plan, best first: their heading texts. */
export async function methodHeadings(
  /** @type {Page} */ page,
  /** @type {ReturnType<typeof texts>} */ t,
) {
  const section = page.getByRole('region', { name: text(t.plan, 'sections.methods') });
  await expectVisible(section);
  const headings = await section.getByRole('heading', { level: 3 }).allInnerTexts();
  assert.equal(headings.length, 5, `expected five methods, found: ${headings.join(' | ')}`);
  return headings.map((h) => h.replace(/\s+/g, ' ').trim());
}

/** Someone whose salary is a week late, with one small overdue loan. */
export const SALARY_LATE_INPUT = {
  cause: 'salary_delay',
  incomeExpectedInDays: '7',
  monthlyIncome: '8000',
  essentials: { rent: '2000', food: '1500', transport: '300' },
  lumpSum: '0',
  debts: [{ name: '某某借款', kind: 'consumer_finance', outstanding: '3000', overdueDays: '5' }],
  legal: 'none',
  collection: [],
  evidence: [],
  negotiated: 'not_yet',
};
