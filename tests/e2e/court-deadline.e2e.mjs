// Court papers as dated events, walked in a real browser with "today" pinned to 3 December 2026
// (Asia/Shanghai): a payment order received five days ago, and an enforcement notice naming
// 10 December, each in zh-CN and in English. The plan's first block names the paper, the lender
// and the exact last day with the days left; the calendar file's first event is that day (read
// back with ical.js, a real iCalendar parser); the objection letter is filled with the lender,
// the amount and the day the order arrived.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { assert, exactly, expectVisible, test } from './harness.mjs';
import { content, text } from './fixtures.mjs';
import { completeWizardWithMouse, texts } from './wizard.mjs';
import { LOCALE_KEY } from './axe.mjs';

/** 10:00 on 3 December 2026 in China: the day every date below counts from. */
const NOW = new Date('2026-12-03T10:00:00+08:00');

const BASE = {
  cause: 'income_drop',
  incomeExpectedInDays: null,
  monthlyIncome: '6000',
  essentials: { rent: '2000', food: '1500', transport: '500' },
  lumpSum: '0',
  debts: [
    { name: '花呗', kind: 'consumer_finance', outstanding: '4200', overdueDays: '40' },
    { name: '某某消费金融', kind: 'consumer_finance', outstanding: '8000', overdueDays: '95' },
  ],
  collection: [],
  evidence: [],
  negotiated: 'not_yet',
};

const JOURNEYS = [
  {
    name: 'a payment order received five days ago, the amount disputed',
    input: {
      ...BASE,
      legal: 'payment_order',
      court: {
        lender: '某某消费金融',
        paper: 'payment_order',
        receivedOn: '2026-11-28',
        disputes: 'yes',
      },
    },
    paper: 'payment_order',
    lender: '某某消费金融',
    lenderLabel: 2,
    lastDay: [2026, 12, 13],
    daysLeft: 10,
    advice: ['payment_order_objection', 'payment_order_negotiate', 'ask_court_mediation'],
  },
  {
    name: 'an enforcement notice naming 10 December',
    input: {
      ...BASE,
      legal: 'enforcement',
      court: {
        lender: '花呗',
        paper: 'enforcement_notice',
        receivedOn: '2026-11-20',
        courtDate: '2026-12-10',
      },
    },
    paper: 'enforcement_notice',
    lender: '花呗',
    lenderLabel: 1,
    lastDay: [2026, 12, 10],
    daysLeft: 7,
    advice: [
      'enforcement_settlement',
      'protect_living_needs',
      'credit_restrictions',
      'refusal_crime_313',
    ],
  },
];

/** "2026年12月13日" / "December 13, 2026", as the app formats it. */
const longDate = (/** @type {'zh-CN' | 'en'} */ locale, /** @type {number[]} */ [y, m, d]) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(
    new Date(y, m - 1, d),
  );

/** The first block's heading, built from the content templates. */
function expectedHeadline(plan, locale, journey) {
  const count = journey.daysLeft;
  const leftKey = locale === 'en' && count === 1 ? 'court.left_one' : 'court.left_other';
  return text(plan, 'court.with_left')
    .replace(
      '{{headline}}',
      text(plan, `court.headline.${journey.paper}`).replace(
        '{{date}}',
        longDate(locale, journey.lastDay),
      ),
    )
    .replace('{{left}}', text(plan, leftKey).replace('{{count}}', String(count)));
}

for (const locale of /** @type {const} */ (['zh-CN', 'en'])) {
  for (const journey of JOURNEYS) {
    test(
      `[${locale}] ${journey.name}: the last day first, and first in the calendar`,
      async ({ page, context, url, screenshot }) => {
        const t = texts(locale);
        const court = content(locale, 'court');
        await context.clock.setFixedTime(NOW);
        await page.goto(url('/'));
        await page.evaluate(([key, l]) => localStorage.setItem(key, l), [LOCALE_KEY, locale]);
        await page.reload();
        await expectVisible(page.getByRole('heading', { level: 1, name: t.h('start.title') }));

        await completeWizardWithMouse(page, t, journey.input);

        // The plan's first block: paper, lender, the exact last day and the days left.
        const headings = page.getByRole('heading', { level: 2 });
        const first = (await headings.first().innerText()).trim();
        assert.equal(first, expectedHeadline(t.plan, locale, journey));
        const block = page.getByRole('region', { name: exactly(first) });
        await expectVisible(block.getByText(journey.lender, { exact: true }));
        await expectVisible(
          block.getByText(text(t.plan, `court.paper_names.${journey.paper}`), { exact: true }),
        );
        const titles = (await block.getByRole('heading', { level: 3 }).allInnerTexts()).map((s) =>
          s.trim(),
        );
        assert.deepEqual(
          titles,
          journey.advice.map((id) => text(court, `${id}.title`)),
        );
        await screenshot(`court-${journey.paper}-${locale}`);

        // The calendar file: its first event is the last day, with alarms 3 days and 1 day before.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: exactly(text(t.plan, 'actions.calendar')) }).click(),
        ]);
        const ics = readFileSync(await download.path(), 'utf8');
        const calendar = new ICAL.Component(ICAL.parse(ics));
        const events = calendar.getAllSubcomponents('vevent');
        assert.ok(events.length >= 2, `only ${events.length} events`);
        const deadline = new ICAL.Event(events[0]);
        const [y, m, d] = journey.lastDay;
        assert.deepEqual(
          [
            deadline.startDate.isDate,
            deadline.startDate.year,
            deadline.startDate.month,
            deadline.startDate.day,
          ],
          [true, y, m, d],
        );
        assert.equal(deadline.summary, text(t.plan, 'calendar.title.court_deadline'));
        // Names are left out by default: the lender appears by its number only.
        const label = text(t.plan, 'shared.lender_label').replace(
          '{{n}}',
          String(journey.lenderLabel),
        );
        assert.ok(deadline.description.startsWith(label), deadline.description);
        assert.ok(!deadline.description.includes(journey.lender), deadline.description);
        const triggers = events[0]
          .getAllSubcomponents('valarm')
          .map((a) => String(a.getFirstPropertyValue('trigger')));
        assert.deepEqual(triggers, ['-P2DT15H', '-PT15H', 'PT9H']);
        for (const line of ics.split(/\r?\n/).filter((l) => /^(DURATION|TRIGGER)/.test(l))) {
          const raw = line.slice(line.indexOf(':') + 1);
          assert.equal(ICAL.Duration.fromString(raw).toString(), raw, `not RFC 5545: ${line}`);
        }

        if (journey.paper === 'payment_order') {
          // The amount is disputed: the objection, filled, with the deadline above it.
          await block
            .getByRole('link', {
              name: exactly(text(t.plan, 'court.letters.payment_order_objection')),
            })
            .click();
          const letters = content(locale, 'letters');
          await expectVisible(
            page.getByRole('heading', {
              level: 1,
              name: text(letters, 'payment_order_objection.title'),
            }),
          );
          await expectVisible(page.getByText(first, { exact: true }));
          const letter = await page
            .getByRole('textbox', { name: text(content(locale, 'tools'), 'letter.text_label') })
            .inputValue();
          assert.ok(letter.includes(journey.lender), 'the lender is named');
          assert.ok(letter.includes(longDate(locale, [2026, 11, 28])), 'the day it arrived');
          assert.ok(
            letter.includes(locale === 'en' ? 'CN¥8,000' : '¥8,000') || letter.includes('¥8,000'),
            'the amount',
          );
          assert.ok(!letter.includes('{{'), 'nothing left unfilled');
        }
      },
      { timeout: 180_000 },
    );
  }
}
