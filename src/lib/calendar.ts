/**
 * Calendar reminders for the plan's dates, as an .ics file made on this device.
 * `planReminders` picks the dates (pure); `createIcs` writes them with the `ics` package,
 * loaded only when someone asks for the file. Titles are chosen by the caller and should stay
 * neutral ("还款提醒"), since calendars are often seen by others.
 *
 * The court paper's last day, while it is still ahead, is the first event, with alarms three
 * days and one day before (at 9:00) as well as on the day. Events are all-day: DTSTART and
 * DTEND are dates (RFC 5545 3.6.1), so no DURATION is written; alarm triggers are durations
 * with a time part ("-P2DT15H"), never the malformed "P1DT".
 */
import type { Plan } from '../rules/plan';
import { addDays } from './format';
import { dateOf } from './today';

export type ReminderKind =
  | 'court_deadline'
  | 'new_due_date'
  | 'first_payment'
  | 'review'
  | 'ask_confirmation';
export type Reminder = {
  kind: ReminderKind;
  debt: number;
  date: Date;
  /** Extra alarms, in whole days before the date (the day itself always has one). */
  alarmsDaysBefore?: number[];
};

/** Alarms before a court deadline: three days and one day ahead. */
export const DEADLINE_ALARM_DAYS = [3, 1] as const;

/** The court deadline, when its last day is known and not yet past: first, with its alarms. */
function deadlineReminders(plan: Plan): Reminder[] {
  const d = plan.courtDeadline;
  if (!d || d.lastDay === null || d.daysLeft === null || d.daysLeft < 0) return [];
  const ahead = DEADLINE_ALARM_DAYS.filter((n) => n <= d.daysLeft!);
  return [
    {
      kind: 'court_deadline',
      debt: d.debt,
      date: dateOf(d.lastDay),
      ...(ahead.length > 0 ? { alarmsDaysBefore: [...ahead] } : {}),
    },
  ];
}

/** Days after a proposed date to check that the agreement came in writing. */
export const CONFIRMATION_AFTER_DAYS = 3;

export function planReminders(plan: Plan, from: Date): Reminder[] {
  const out: Reminder[] = [];
  for (const offer of plan.offers) {
    const due: { kind: ReminderKind; days: number } =
      offer.method === 'extension' && offer.extensionDays !== undefined
        ? { kind: 'new_due_date', days: offer.extensionDays }
        : offer.pause
          ? { kind: 'review', days: offer.firstPaymentInDays }
          : { kind: 'first_payment', days: offer.firstPaymentInDays };
    out.push({ kind: due.kind, debt: offer.debt, date: addDays(from, due.days) });
    out.push({
      kind: 'ask_confirmation',
      debt: offer.debt,
      date: addDays(from, Math.min(offer.firstPaymentInDays, due.days) + CONFIRMATION_AFTER_DAYS),
    });
  }
  out.sort((a, b) => a.date.getTime() - b.date.getTime() || a.debt - b.debt);
  return [...deadlineReminders(plan), ...out];
}

export type CalendarEntry = {
  date: Date;
  title: string;
  description: string;
  /** Alarms at 9:00 this many days before the date, besides the one on the day. */
  alarmsDaysBefore?: readonly number[];
};

type DateArray = [number, number, number];
const dateArray = (d: Date): DateArray => [d.getFullYear(), d.getMonth() + 1, d.getDate()];

/** Hours from an all-day event's start (midnight) back to 9:00 `days` days earlier. */
function beforeAtNine(days: number): { days?: number; hours: number; before: true } {
  const hours = days * 24 - 9;
  const whole = Math.floor(hours / 24);
  return { ...(whole > 0 ? { days: whole } : {}), hours: hours - whole * 24, before: true };
}

/** An all-day event per entry, with a reminder at 9:00 that morning and any earlier ones. */
export async function createIcs(entries: CalendarEntry[]): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(
    entries.map((e) => ({
      start: dateArray(e.date),
      end: dateArray(addDays(e.date, 1)),
      title: e.title,
      description: e.description,
      productId: 'repayment-helper',
      calName: e.title,
      alarms: [
        ...(e.alarmsDaysBefore ?? []).map((days) => ({
          action: 'display' as const,
          description: e.title,
          trigger: beforeAtNine(days),
        })),
        {
          action: 'display' as const,
          description: e.title,
          trigger: { hours: 9, minutes: 0, before: false },
        },
      ],
    })),
  );
  if (error || !value) throw error ?? new Error('calendar could not be created');
  return value;
}

/** Offers text as a file download through a Blob and an object URL (nothing is uploaded). */
export function downloadFile(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
