// Issue 3, in the browser: the true-cost calculator turns "¥10,000 received, 12 × ¥1,000" into
// about 35.07% a year and says which side of the 24% and 36% lines that is; the negotiation log
// flags a contact at 23:30 as outside 08:00–22:00, leaves one at 21:30 alone, and keeps both
// after a reload.
import { assert, exactly, expectVisible, test } from './harness.mjs';
import { content, text } from './fixtures.mjs';

/** @typedef {import('playwright-core').Page} Page */

const tools = content('zh-CN', 'tools');
const tc = (/** @type {string} */ key) => text(tools, `true_cost.${key}`);
const log = (/** @type {string} */ key) => text(tools, `log.${key}`);

/**
 * The yearly rate (periodic IRR × periods a year) of receiving `net` now and paying `payment`
 * `count` times, found by bisection: independent of the app's own solver.
 */
function expectedApr(net, payment, count, perYear) {
  const presentValue = (/** @type {number} */ r) =>
    Array.from({ length: count }, (_, k) => payment / (1 + r) ** (k + 1)).reduce(
      (a, b) => a + b,
      0,
    );
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200; i += 1) {
    const mid = (lo + hi) / 2;
    if (presentValue(mid) > net) lo = mid;
    else hi = mid;
  }
  return ((lo + hi) / 2) * perYear;
}

/** Fills the calculator, presses 计算 and returns the result region. */
async function calculate(
  /** @type {Page} */ page,
  /** @type {{ received: string, payment: string, count: string, weekly?: boolean, fee?: string }} */ v,
) {
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('button', { name: exactly(tc('submit')) }) });
  await form.getByRole('textbox', { name: exactly(tc('received.label')) }).fill(v.received);
  await form.getByRole('textbox', { name: exactly(tc('payment.label')) }).fill(v.payment);
  await form.getByRole('textbox', { name: exactly(tc('count.label')) }).fill(v.count);
  const frequency = v.weekly ? tc('frequency.weekly') : tc('frequency.monthly');
  await form.getByRole('radio', { name: exactly(frequency) }).check();
  await form.getByRole('textbox', { name: exactly(tc('fee.label')) }).fill(v.fee ?? '');
  await form.getByRole('button', { name: exactly(tc('submit')) }).click();
  const result = page.getByRole('region', { name: exactly(tc('result.heading')) });
  await expectVisible(result);
  return result;
}

/** The yearly rate the result states, as a fraction (e.g. 0.3507), read from its sentence. */
async function shownApr(/** @type {import('playwright-core').Locator} */ result) {
  const [before, after] = tc('result.apr').split('{{rate}}');
  const sentence = result.getByText(tc('result.apr').replace('{{rate}}', '')).first();
  await expectVisible(sentence);
  const line = (await sentence.innerText()).trim();
  assert.ok(line.startsWith(before ?? '') && line.endsWith(after ?? ''), `result says "${line}"`);
  const m = /([\d.]+)\s*%/.exec(line);
  assert.ok(m, `no percentage in "${line}"`);
  return Number(m[1]) / 100;
}

/** Which band headings (24% / 36% lines) the result shows. */
async function bandsShown(/** @type {import('playwright-core').Locator} */ result) {
  const bands = ['at_or_below_24', 'above_24', 'above_36'];
  const shown = [];
  for (const band of bands) {
    const heading = result.getByRole('heading', { name: exactly(tc(`band.${band}.title`)) });
    if ((await heading.count()) > 0 && (await heading.first().isVisible())) shown.push(band);
  }
  return shown;
}

test('true cost: ¥10,000 received, 12 × ¥1,000 is about 35.07% a year', async (f) => {
  const { page, url, screenshot } = f;
  await page.goto(url('/tools/true-cost'));
  await expectVisible(page.getByRole('heading', { level: 1, name: tc('title') }));

  // The example: above the 24% line, below the 36% one.
  let result = await calculate(page, { received: '10000', payment: '1000', count: '12' });
  let apr = await shownApr(result);
  assert.equal(apr.toFixed(4), '0.3507', `shown ${apr}`);
  assert.ok(Math.abs(apr - expectedApr(10000, 1000, 12, 12)) < 0.0001, `shown ${apr}`);
  assert.deepEqual(await bandsShown(result), ['above_24']);
  // The totals beside it: received, repaid, cost.
  await expectVisible(result.getByText(exactly('¥10,000')));
  await expectVisible(result.getByText(exactly('¥12,000')));
  await expectVisible(result.getByText(exactly('¥2,000')));
  await screenshot('true-cost-result');

  // A ¥500 fee taken at payout leaves ¥9,500 in hand: now above the 36% line.
  result = await calculate(page, { received: '10000', payment: '1000', count: '12', fee: '500' });
  apr = await shownApr(result);
  assert.ok(Math.abs(apr - expectedApr(9500, 1000, 12, 12)) < 0.0001, `with a fee: ${apr}`);
  assert.ok(apr > 0.36, `with a fee: ${apr}`);
  assert.deepEqual(await bandsShown(result), ['above_36']);

  // 12 × ¥900: at or below the 24% line.
  result = await calculate(page, { received: '10000', payment: '900', count: '12' });
  apr = await shownApr(result);
  assert.ok(Math.abs(apr - expectedApr(10000, 900, 12, 12)) < 0.0001, `12 × 900: ${apr}`);
  assert.ok(apr <= 0.24, `12 × 900: ${apr}`);
  assert.deepEqual(await bandsShown(result), ['at_or_below_24']);

  // Weekly: 52 periods a year, so the same 12 payments cost far more a year.
  result = await calculate(page, {
    received: '10000',
    payment: '1000',
    count: '12',
    weekly: true,
  });
  apr = await shownApr(result);
  assert.ok(Math.abs(apr - expectedApr(10000, 1000, 12, 52)) < 0.0001, `weekly: ${apr}`);
  assert.deepEqual(await bandsShown(result), ['above_36']);
});

/** Adds one log entry through the form; waits for the saved message. */
async function addEntry(
  /** @type {Page} */ page,
  /** @type {{ lender: string, date: string, time: string, channel: string }} */ e,
) {
  const form = page.getByRole('form', { name: log('form_add') });
  await form.getByRole('textbox', { name: exactly(log('lender.label')) }).fill(e.lender);
  await form.getByLabel(exactly(log('date.label'))).fill(e.date);
  await form.getByLabel(exactly(log('time.label'))).fill(e.time);
  await form
    .getByRole('group', { name: log('channel.legend') })
    .getByRole('radio', { name: exactly(log(`channels.${e.channel}`)) })
    .check();
  await form
    .getByRole('group', { name: log('written.legend') })
    .getByRole('radio', { name: exactly(log('written.no')) })
    .check();
  await form.getByRole('button', { name: exactly(log('save_add')) }).click();
  await expectVisible(page.getByRole('status').filter({ hasText: log('saved') }));
}

/** The saved entries' rows: lender → text of the row's flags cell and its header (date, time). */
async function logRows(/** @type {Page} */ page) {
  const table = page
    .getByRole('region', { name: text(tools, 'log_table.scroll_label') })
    .getByRole('table');
  await expectVisible(table);
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const lenderColumn = headers.indexOf(text(tools, 'log_table.lender')) - 1;
  const flagsColumn = headers.indexOf(text(tools, 'log_table.flags')) - 1;
  assert.ok(lenderColumn >= 0 && flagsColumn >= 0, `log table columns: ${headers.join(' | ')}`);
  const rows = new Map();
  for (const row of await table.locator('tbody tr').all()) {
    const when = (await row.getByRole('rowheader').innerText()).trim();
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    rows.set(cells[lenderColumn], { when, flags: cells[flagsColumn] ?? '' });
  }
  return rows;
}

test('negotiation log: a 23:30 contact is flagged, and stays after a reload', async (f) => {
  const { page, url, screenshot } = f;
  await page.goto(url('/log'));
  await expectVisible(page.getByRole('heading', { level: 1, name: log('title') }));
  await expectVisible(page.getByText(log('empty')));

  await addEntry(page, {
    lender: '某某借款App',
    date: '2026-11-20',
    time: '23:30',
    channel: 'phone',
  });
  await addEntry(page, { lender: '另一家平台', date: '2026-11-21', time: '21:30', channel: 'sms' });

  const outsideHours = log('flags.outside_hours');
  const check = async () => {
    const rows = await logRows(page);
    assert.equal(rows.size, 2, `rows: ${[...rows.keys()].join(', ')}`);
    const late = rows.get('某某借款App');
    const day = rows.get('另一家平台');
    assert.ok(late && day, `rows: ${[...rows.keys()].join(', ')}`);
    assert.ok(late.when.includes('23:30'), `the late row's time: "${late.when}"`);
    assert.ok(late.flags.includes(outsideHours), `the 23:30 row's flags: "${late.flags}"`);
    assert.ok(day.when.includes('21:30'), `the day row's time: "${day.when}"`);
    assert.ok(!day.flags.includes(outsideHours), `the 21:30 row is flagged: "${day.flags}"`);
  };
  await check();
  await screenshot('negotiation-log-flagged');

  await page.reload();
  await expectVisible(page.getByRole('heading', { level: 1, name: log('title') }));
  await check();
});
