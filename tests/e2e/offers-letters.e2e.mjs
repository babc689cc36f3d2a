// Issue 3, in the browser: a borrower with three lenders completes the wizard, gets one offer
// per lender whose monthly amounts add up exactly to what is left after essentials, each in
// proportion to what that lender is owed; then writes the negotiation-request letter to the
// second lender and copies it (the clipboard holds exactly the letter's text).
import { assert, exactly, expectVisible, eventually, test } from './harness.mjs';
import { content, text } from './fixtures.mjs';
import { completeWizardWithMouse, texts } from './wizard.mjs';

/** @typedef {import('playwright-core').Page} Page */

const tools = content('zh-CN', 'tools');
const letters = content('zh-CN', 'letters');

/** Income 9000, essentials 6000 (parts), nothing to pay at once, three lenders. */
const THREE_LENDERS = {
  cause: 'income_drop',
  incomeExpectedInDays: null,
  monthlyIncome: '9000',
  essentials: { rent: '3000', food: '2200', transport: '800' },
  lumpSum: '0',
  debts: [
    { name: '甲借呗', kind: 'consumer_finance', outstanding: '20000', overdueDays: '40' },
    { name: '乙分期', kind: 'microloan', outstanding: '10000', overdueDays: '35' },
    { name: '丙白条', kind: 'other_platform', outstanding: '5000', overdueDays: '20' },
  ],
  legal: 'none',
  collection: [],
  evidence: [],
  negotiated: 'not_yet',
};
const MONTHLY_LEFT = 9000 - 6000;

/** "¥1,714.29" → 171429 (whole fen), failing on anything that is not an amount of money. */
function fen(/** @type {string} */ money) {
  const m = /^\s*¥\s*([\d,]+(?:\.\d{1,2})?)\s*$/.exec(money);
  assert.ok(m, `"${money}" is not an amount in yuan`);
  return Math.round(Number((m[1] ?? '').replace(/,/g, '')) * 100);
}

/** The offers table's body rows as { lender, cells } (header cell, then data cells). */
async function readOffers(/** @type {Page} */ page, /** @type {string} */ caption) {
  const table = page.getByRole('table', { name: caption });
  await expectVisible(table);
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const rows = [];
  for (const row of await table.locator('tbody tr').all()) {
    const lender = (await row.getByRole('rowheader').innerText()).trim();
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    rows.push({ lender, cells });
  }
  const footer = (await table.locator('tfoot tr').getByRole('cell').allInnerTexts()).map((c) =>
    c.trim(),
  );
  return { headers, rows, footer };
}

/** The amount shown next to a budget label (a <dt>/<dd> pair) on the plan. */
async function budgetValue(/** @type {Page} */ page, /** @type {string} */ label) {
  const value = await page.evaluate((wanted) => {
    const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent?.trim() === wanted);
    const dd = dt?.nextElementSibling;
    return dd && dd.tagName === 'DD' ? (dd.textContent ?? '').trim() : null;
  }, label);
  assert.ok(value !== null, `no budget line "${label}" on the plan`);
  return value;
}

test('three lenders: offers share what is left exactly, and a letter copies', async (f) => {
  const { page, context, url, baseURL, screenshot } = f;
  const t = texts('zh-CN');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL).origin,
  });
  await page.goto(url('/'));
  await expectVisible(page.getByRole('heading', { level: 1, name: t.h('start.title') }));
  await completeWizardWithMouse(page, t, THREE_LENDERS);

  // The plan says what is left each month after essentials.
  const available = fen(await budgetValue(page, text(t.plan, 'budget.monthly_available')));
  assert.equal(available, MONTHLY_LEFT * 100, 'monthly amount available for repayment');

  // One offer per lender, found by the table's caption.
  const { headers, rows, footer } = await readOffers(page, text(t.plan, 'offers.caption'));
  assert.deepEqual(
    rows.map((r) => r.lender).sort(),
    THREE_LENDERS.debts.map((d) => d.name).sort(),
    'one offer row per lender',
  );
  // Data cells follow the row header, so column i of the head is cell i - 1 of a row.
  const monthlyColumn = headers.indexOf(text(t.plan, 'offers.monthly')) - 1;
  assert.ok(monthlyColumn >= 0, `no monthly column among ${headers.join(' | ')}`);
  const firstDateColumn = headers.indexOf(text(t.plan, 'offers.first_date')) - 1;
  assert.ok(firstDateColumn >= 0, `no first-date column among ${headers.join(' | ')}`);
  const monthly = new Map(rows.map((r) => [r.lender, r.cells[monthlyColumn] ?? '']));
  const firstDate = new Map(rows.map((r) => [r.lender, r.cells[firstDateColumn] ?? '']));
  const monthlyFen = new Map([...monthly].map(([lender, m]) => [lender, fen(m)]));

  // What the debts need at most (whole amount owed) caps the total; here the debts need more.
  const owedFen = new Map(THREE_LENDERS.debts.map((d) => [d.name, Number(d.outstanding) * 100]));
  const need = [...owedFen.values()].reduce((a, b) => a + b, 0);
  const expectedTotal = Math.min(available, need);
  const total = [...monthlyFen.values()].reduce((a, b) => a + b, 0);
  assert.equal(
    total,
    expectedTotal,
    `monthly offers ${[...monthly].map(([l, m]) => `${l} ${m}`).join(', ')} add up to ` +
      `${total / 100}, not ${expectedTotal / 100}`,
  );
  // The totals row shows the same sum.
  const footerMonthly = footer[monthlyColumn] ?? '';
  assert.equal(fen(footerMonthly), expectedTotal, `totals row monthly "${footerMonthly}"`);

  // Larger debt, larger monthly amount; and each share is close to its share of the debt.
  const byOwed = [...owedFen].sort((a, b) => b[1] - a[1]);
  for (let i = 1; i < byOwed.length; i += 1) {
    const [bigger] = byOwed[i - 1] ?? [];
    const [smaller] = byOwed[i] ?? [];
    assert.ok(
      (monthlyFen.get(bigger ?? '') ?? 0) > (monthlyFen.get(smaller ?? '') ?? 0),
      `${bigger} owes more than ${smaller} but is offered ${monthly.get(bigger ?? '')} ` +
        `against ${monthly.get(smaller ?? '')}`,
    );
  }
  for (const [lender, owed] of owedFen) {
    const share = (monthlyFen.get(lender) ?? 0) / total;
    const owedShare = owed / need;
    assert.ok(
      Math.abs(share - owedShare) < 0.05,
      `${lender} gets ${(share * 100).toFixed(1)}% of the monthly total but is owed ` +
        `${(owedShare * 100).toFixed(1)}% of the debt`,
    );
  }
  await screenshot('plan-three-lenders');

  // The negotiation-request letter, from the plan's link, to the second lender.
  await page
    .getByRole('link', { name: exactly(text(t.plan, 'tools.negotiation_request')) })
    .click();
  await expectVisible(
    page.getByRole('heading', { level: 1, name: text(letters, 'negotiation_request.title') }),
  );
  const second = THREE_LENDERS.debts[1]?.name ?? '';
  const picker = page.getByRole('combobox', { name: text(tools, 'letter.pick_lender') });
  if ((await picker.count()) > 0) await picker.selectOption({ label: second });
  const letter = page.getByRole('textbox', { name: text(tools, 'letter.text_label') });
  const secondMonthly = monthly.get(second) ?? '';
  const letterText = await eventually(async () => {
    const value = await letter.inputValue();
    assert.ok(value.includes(second), `the letter does not name ${second}:\n${value}`);
    return value;
  });
  assert.ok(
    letterText.includes(secondMonthly),
    `the letter to ${second} does not ask for its monthly ${secondMonthly}:\n${letterText}`,
  );
  const secondDate = firstDate.get(second) ?? '';
  assert.ok(
    secondDate !== '' && letterText.includes(secondDate),
    `the letter to ${second} does not give the first payment date ${secondDate}:\n${letterText}`,
  );
  for (const other of THREE_LENDERS.debts.filter((d) => d.name !== second)) {
    assert.ok(!letterText.includes(other.name), `the letter to ${second} names ${other.name}`);
  }
  assert.ok(!letterText.includes('{{'), `a placeholder is left in the letter:\n${letterText}`);

  await page.getByRole('button', { name: exactly(text(tools, 'letter.copy')) }).click();
  await expectVisible(page.getByRole('status').filter({ hasText: text(tools, 'letter.copied') }));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, letterText, 'the clipboard holds the letter exactly');
  assert.ok(!copied.includes('{{'), 'no placeholder in the copied letter');
  await screenshot('letter-second-lender');
});
