import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Answers } from '../../../src/rules/answers';
import { twoLenders } from '../court-answers';
import { TODAY } from '../today';
import { buildPlan } from '../../../src/rules/build-plan';
import type { Plan } from '../../../src/rules/plan';
import { CONFIRMATION_AFTER_DAYS, createIcs, planReminders } from '../../../src/lib/calendar';
import { planIcs } from '../../../src/features/plan/calendar-download';
import { makeI18n } from './render-plan';
import { SITUATIONS } from './situations';

const from = new Date(2026, 10, 29); // 29 Nov 2026, local
const ymd = (y: number, m: number, d: number) =>
  `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;

/** Undoes iCalendar line folding (CRLF + space) so long lines can be searched. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

const handBuilt = {
  offers: [
    {
      debt: 0,
      method: 'extension',
      monthlyPayment: 0,
      months: 0,
      extensionDays: 14,
      firstPaymentInDays: 14,
      total: 4200,
    },
    {
      debt: 1,
      method: 'instalments',
      monthlyPayment: 350,
      months: 12,
      firstPaymentInDays: 33,
      total: 4200,
    },
  ],
} as unknown as Plan;

type ParsedEvent = {
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  alarms: string[];
};

/**
 * Parses an .ics with ical.js and checks what a lenient parser lets through: every duration
 * (DURATION, TRIGGER) must be in RFC 5545's own form, so "P1DT" (a time part with no time) fails.
 */
function parseEvents(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe('vcalendar');
  const rawDurations = [...unfold(ics).matchAll(/^(?:DURATION|TRIGGER)(?:;[^:]*)?:(.*)$/gm)].map(
    (m) => m[1]!.trim(),
  );
  for (const raw of rawDurations) expect(ICAL.Duration.fromString(raw).toString()).toBe(raw);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const day = (t: ICAL.Time) =>
      `${t.year}${String(t.month).padStart(2, '0')}${String(t.day).padStart(2, '0')}`;
    return {
      start: day(event.startDate),
      end: day(event.endDate),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
      alarms: vevent
        .getAllSubcomponents('valarm')
        .map((a) => String(a.getFirstPropertyValue('trigger'))),
    };
  });
}

describe('calendar reminders', () => {
  it('puts the new due date, each first payment and a written-confirmation check on the calendar', () => {
    const reminders = planReminders(handBuilt, from);
    expect(reminders.map((r) => [r.kind, r.debt, r.date.toDateString()])).toEqual([
      ['new_due_date', 0, new Date(2026, 11, 13).toDateString()],
      ['ask_confirmation', 0, new Date(2026, 11, 13 + CONFIRMATION_AFTER_DAYS).toDateString()],
      ['first_payment', 1, new Date(2027, 0, 1).toDateString()],
      ['ask_confirmation', 1, new Date(2027, 0, 1 + CONFIRMATION_AFTER_DAYS).toDateString()],
    ]);
  });

  it('writes an .ics a real parser reads as all-day events on those dates', async () => {
    const ics = await createIcs([
      { date: new Date(2026, 11, 13), title: '还款提醒', description: '机构 1' },
      { date: new Date(2027, 0, 1), title: '还款提醒', description: '机构 2' },
    ]);
    const events = parseEvents(ics);
    expect(events.map((e) => [e.start, e.end, e.allDay, e.summary])).toEqual([
      [ymd(2026, 12, 13), ymd(2026, 12, 14), true, '还款提醒'],
      [ymd(2027, 1, 1), ymd(2027, 1, 2), true, '还款提醒'],
    ]);
    // One alarm each, at 9:00 on the day.
    expect(events.map((e) => e.alarms)).toEqual([['PT9H'], ['PT9H']]);
  });

  it('makes the plan calendar with neutral titles, and lender names only when wanted', async () => {
    const answers = SITUATIONS.short_gap;
    const plan = buildPlan(answers, { today: TODAY });
    const i18n = makeI18n('zh-CN');
    const neutral = await planIcs(answers, plan, from, {
      includeNames: false,
      locale: 'zh-CN',
      t: i18n.t,
    });
    for (const r of planReminders(plan, from)) {
      const d = r.date;
      expect(neutral).toContain(ymd(d.getFullYear(), d.getMonth() + 1, d.getDate()));
    }
    const summaries = neutral.match(/^SUMMARY:.*$/gm) ?? [];
    expect(parseEvents(neutral)).toHaveLength(plan.offers.length * 2);
    expect(summaries.length).toBe(plan.offers.length * 2);
    for (const s of summaries) {
      expect(s).toMatch(/SUMMARY:(还款提醒|确认提醒)/);
      expect(s).not.toMatch(/逾期|网贷|债|催/);
    }
    expect(unfold(neutral)).not.toContain('花呗');
    expect(unfold(neutral)).toContain('机构 1');
    const named = await planIcs(answers, plan, from, {
      includeNames: true,
      locale: 'zh-CN',
      t: i18n.t,
    });
    expect(unfold(named)).toContain('花呗');
  });
});

const paperAnswers = (
  courtPaper: Answers['courtPaper'],
  legal: Answers['legal'] = 'payment_order',
) => twoLenders({ legal, courtPaper });

describe('the court deadline in the calendar', () => {
  const today = new Date(2026, 11, 3);
  const received5DaysAgo = paperAnswers({
    debt: 1,
    paper: 'payment_order',
    receivedOn: '2026-11-28',
    disputes: 'no',
  });

  it('is the first event, on the last day, with alarms 3 days and 1 day before', async () => {
    const plan = buildPlan(received5DaysAgo, { today: '2026-12-03' });
    const reminders = planReminders(plan, today);
    expect(reminders[0]).toEqual({
      kind: 'court_deadline',
      debt: 1,
      date: new Date(2026, 11, 13),
      alarmsDaysBefore: [3, 1],
    });
    for (const locale of ['zh-CN', 'en'] as const) {
      const ics = await planIcs(received5DaysAgo, plan, today, {
        includeNames: false,
        locale,
        t: makeI18n(locale).t,
      });
      const events = parseEvents(ics);
      expect(events).toHaveLength(1 + plan.offers.length * 2);
      const first = events[0]!;
      expect([first.start, first.end, first.allDay]).toEqual([
        ymd(2026, 12, 13),
        ymd(2026, 12, 14),
        true,
      ]);
      // 9:00 on 10 December, 9:00 on 12 December, 9:00 on the day.
      expect(first.alarms).toEqual(['-P2DT15H', '-PT15H', 'PT9H']);
      const start = new Date(2026, 11, 13).getTime();
      const at = (trigger: string) =>
        new Date(start + ICAL.Duration.fromString(trigger).toSeconds() * 1000);
      expect(first.alarms.map(at)).toEqual([
        new Date(2026, 11, 10, 9),
        new Date(2026, 11, 12, 9),
        new Date(2026, 11, 13, 9),
      ]);
      expect(first.summary).toBe(locale === 'zh-CN' ? '截止日提醒' : 'Deadline reminder');
      expect(first.description).toContain(
        locale === 'zh-CN' ? '机构 2：支付令' : 'Lender 2: payment order',
      );
      expect(first.description).toContain(
        locale === 'zh-CN' ? '2026年12月13日' : 'December 13, 2026',
      );
      expect(first.description).not.toContain('某某消费金融');
    }
  });

  it('keeps only the alarms still ahead, and leaves out a deadline already past', () => {
    const twoLeft = buildPlan(received5DaysAgo, { today: '2026-12-11' });
    expect(planReminders(twoLeft, new Date(2026, 11, 11))[0]).toMatchObject({
      kind: 'court_deadline',
      alarmsDaysBefore: [1],
    });
    const lastDay = buildPlan(received5DaysAgo, { today: '2026-12-13' });
    const onTheDay = planReminders(lastDay, new Date(2026, 11, 13))[0]!;
    expect(onTheDay.kind).toBe('court_deadline');
    expect(onTheDay.alarmsDaysBefore).toBeUndefined();
    const passed = buildPlan(received5DaysAgo, { today: '2026-12-14' });
    expect(
      planReminders(passed, new Date(2026, 11, 14)).some((r) => r.kind === 'court_deadline'),
    ).toBe(false);
  });

  it('has no deadline event when the day cannot be worked out', () => {
    const unknown = paperAnswers({
      debt: 0,
      paper: 'payment_order',
      receivedOn: null,
      disputes: 'no',
    });
    const plan = buildPlan(unknown, { today: '2026-12-03' });
    expect(planReminders(plan, today).some((r) => r.kind === 'court_deadline')).toBe(false);
  });
});
