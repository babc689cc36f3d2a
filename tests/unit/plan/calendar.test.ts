import { describe, expect, it } from 'vitest';
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

  it('writes an .ics with all-day events on those dates', async () => {
    const ics = await createIcs([
      { date: new Date(2026, 11, 13), title: '还款提醒', description: '机构 1' },
      { date: new Date(2027, 0, 1), title: '还款提醒', description: '机构 2' },
    ]);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${ymd(2026, 12, 13)}`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${ymd(2027, 1, 1)}`);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(ics).toContain('SUMMARY:还款提醒');
  });

  it('makes the plan calendar with neutral titles, and lender names only when wanted', async () => {
    const answers = SITUATIONS.short_gap;
    const plan = buildPlan(answers);
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
