/**
 * Calendar reminders for the plan's proposed dates, as an .ics file made on this device.
 * `planReminders` picks the dates (pure); `createIcs` writes them with the `ics` package,
 * loaded only when someone asks for the file. Titles are chosen by the caller and should stay
 * neutral ("还款提醒"), since calendars are often seen by others.
 */
import type { Plan } from '../rules/plan';
import { addDays } from './format';

export type ReminderKind = 'new_due_date' | 'first_payment' | 'review' | 'ask_confirmation';
export type Reminder = { kind: ReminderKind; debt: number; date: Date };

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
  return out.sort((a, b) => a.date.getTime() - b.date.getTime() || a.debt - b.debt);
}

export type CalendarEntry = { date: Date; title: string; description: string };

/** An all-day event per entry, each with a reminder at 9:00 that morning. */
export async function createIcs(entries: CalendarEntry[]): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(
    entries.map((e) => ({
      start: [e.date.getFullYear(), e.date.getMonth() + 1, e.date.getDate()] as [
        number,
        number,
        number,
      ],
      duration: { days: 1 },
      title: e.title,
      description: e.description,
      productId: 'repayment-helper',
      calName: e.title,
      alarms: [
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
