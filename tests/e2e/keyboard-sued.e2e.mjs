// Journey (b): someone who has been sued, with six lenders, completes the wizard with the
// keyboard alone (Tab, Shift+Tab, arrows, Space, Enter, typing; no clicks). The plan puts
// answering the court first and recommends restructuring.
import {
  assert,
  arrowToRadio,
  expectVisible,
  exactly,
  focusedElement,
  tabTo,
  test,
} from './harness.mjs';
import { content, text } from './fixtures.mjs';
import { methodHeadings, texts } from './wizard.mjs';

const LENDERS = [
  { name: '借呗', kind: 'microloan', outstanding: '12000', overdueDays: '120', apr: '18' },
  { name: '某某银行信用卡', kind: 'bank', outstanding: '30000', overdueDays: '150' },
  { name: '某某消费金融', kind: 'consumer_finance', outstanding: '8000', overdueDays: '90' },
  { name: '快借App', kind: 'unknown', outstanding: '3000', overdueDays: '60', apr: '400' },
  { name: '某某小贷', kind: 'microloan', outstanding: '5000', overdueDays: '100' },
  { name: '分期平台', kind: 'other_platform', outstanding: '6000', overdueDays: '80' },
];

test(
  'sued with six lenders, by keyboard alone: answer the court first, restructuring recommended',
  async ({ page, url, screenshot }) => {
    const t = texts('zh-CN');
    const { w, h } = t;
    const heading = (/** @type {string} */ key, ns = 'wizard') =>
      expectVisible(page.getByRole('heading', { level: 1, name: ns === 'home' ? h(key) : w(key) }));
    /** Tab to the continue button and press Enter. */
    const next = async () => {
      await tabTo(page, exactly(w('common.continue')), { tag: 'button' });
      await page.keyboard.press('Enter');
    };
    /** Tab to a text box by its label, then type. */
    const typeInto = async (/** @type {string} */ label, /** @type {string} */ value) => {
      await tabTo(page, label, { tag: 'input' });
      await page.keyboard.type(value);
    };
    /** Tab into a radio group (its first option) and arrow to the option wanted. */
    const choose = async (/** @type {string} */ firstLabel, /** @type {string} */ label) => {
      await tabTo(page, firstLabel, { tag: 'input' });
      await arrowToRadio(page, label);
    };
    /** Tab to a checkbox and tick it with Space. */
    const tick = async (/** @type {string} */ label) => {
      await tabTo(page, exactly(label), { tag: 'input' });
      await page.keyboard.press('Space');
      assert.equal((await focusedElement(page)).checked, true, `${label} is not ticked`);
    };

    await page.goto(url('/'));
    await heading('start.title', 'home');
    await tabTo(page, exactly(h('start.start')), { tag: 'a' });
    await page.keyboard.press('Enter');

    await heading('steps.cause.title');
    await choose(
      w('fields.cause.options.salary_delay.label'),
      w('fields.cause.options.too_many_debts.label'),
    );
    await next();

    await heading('steps.income_expected.title');
    await tick(w('fields.incomeExpectedInDays.unknown'));
    await next();

    await heading('steps.income.title');
    await typeInto(w('steps.income.title'), '6000');
    await next();

    await heading('steps.essentials.title');
    await typeInto(w('fields.essentials.parts.rent.label'), '1500');
    await typeInto(w('fields.essentials.parts.food.label'), '1200');
    // Shift+Tab goes back a field: correct the rent.
    await tabTo(page, w('fields.essentials.parts.rent.label'), { tag: 'input', backwards: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1600');
    await next();

    await heading('steps.lump_sum.title');
    await typeInto(w('steps.lump_sum.title'), '2000');
    await next();

    await heading('steps.debts.title');
    for (const [i, debt] of LENDERS.entries()) {
      const add = i === 0 ? 'debt.list.add_first' : 'debt.list.add_another';
      await tabTo(page, exactly(w(add)), { tag: 'a', max: 120 });
      await page.keyboard.press('Enter');
      await heading('debt.form.title_add');
      await typeInto(w('debt.fields.name.label'), debt.name);
      await choose(
        w('debt.fields.kind.options.bank.label'),
        w(`debt.fields.kind.options.${debt.kind}.label`),
      );
      await typeInto(w('debt.fields.outstanding.label'), debt.outstanding);
      await typeInto(w('debt.fields.overdueDays.label'), debt.overdueDays);
      if (debt.apr === undefined) await tick(w('debt.fields.apr.unknown'));
      else await typeInto(w('debt.fields.apr.label'), debt.apr);
      await tick(w('debt.fields.penalties.unknown'));
      await tabTo(page, exactly(w('debt.form.save')), { tag: 'button' });
      await page.keyboard.press('Enter');
      await heading('steps.debts.title');
      await expectVisible(page.getByRole('heading', { level: 2, name: exactly(debt.name) }));
    }
    await next();

    await heading('steps.legal.title');
    await choose(w('fields.legal.options.none.label'), w('fields.legal.options.sued.label'));
    await next();

    // The court paper: from 某某小贷, a copy of the complaint; the day not remembered, and no
    // date on the notice.
    await heading('steps.court_paper.title');
    await choose(LENDERS[0].name, '某某小贷');
    await choose(
      w('fields.courtPaper.paper.options.payment_order.label'),
      w('fields.courtPaper.paper.options.complaint.label'),
    );
    await next();
    await heading('steps.paper_received.title');
    await tick(w('fields.courtPaper.receivedOn.unknown'));
    await next();
    await heading('steps.court_date.title');
    await tick(w('fields.courtPaper.courtDate.unknown'));
    await next();

    await heading('steps.collection.title');
    await tick(w('fields.collection.options.excessive_calls.label'));
    await next();

    // Borrowing to repay: the evidence step is skipped.
    await heading('steps.negotiated.title');
    await choose(
      w('fields.negotiated.options.not_yet.label'),
      w('fields.negotiated.options.refused.label'),
    );
    await next();

    await heading('check.title');
    // The rent corrected after Shift+Tab is the one saved.
    const rentLine = w('check.essentials_part')
      .replace('{{name}}', w('fields.essentials.parts.rent.name'))
      .replace('{{value}}', '1,600');
    await expectVisible(page.getByText(rentLine));
    for (const debt of LENDERS) await expectVisible(page.getByText(debt.name).first());
    await tabTo(page, exactly(w('check.build')), { tag: 'a', max: 150 });
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('heading', { level: 1, name: text(t.plan, 'title') }));

    // First of all, the court paper: no day to count from, so how to find it.
    const court = page.getByRole('region', {
      name: exactly(text(t.plan, 'court.headline_unknown.complaint')),
    });
    await expectVisible(court);
    await expectVisible(court.getByText('某某小贷', { exact: true }));
    await expectVisible(
      court.getByRole('heading', {
        level: 3,
        name: text(content('zh-CN', 'court'), 'find_paper_date.title'),
      }),
    );

    const urgent = page.getByRole('region', { name: text(t.plan, 'sections.urgent') });
    await expectVisible(urgent);
    const firstUrgent = await urgent.getByRole('heading', { level: 3 }).first().innerText();
    assert.equal(firstUrgent.trim(), text(t.urgent, 'answer_court.title'));

    const headings = await methodHeadings(page, t);
    const restructuring = headings.find((h) => h.includes(text(t.methods, 'restructuring.name')));
    assert.ok(restructuring, `no restructuring card among: ${headings.join(' | ')}`);
    assert.ok(
      restructuring.includes(text(t.plan, 'fit.recommended')),
      `restructuring is "${restructuring}"`,
    );
    await screenshot('plan-sued-six-lenders');
  },
  { timeout: 180_000 },
);
