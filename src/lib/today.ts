/**
 * The one place the app reads "today": the device's local calendar day. Everything that needs
 * the date (the plan and its court deadline, letters, the log's default date, the wizard's date
 * checks) asks here, so a test can pin the day by pinning the browser's clock, and the rules
 * receive the day as an input (`buildPlan(answers, { today })`).
 */
import type { IsoDate } from '../rules/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** A local Date's calendar day as YYYY-MM-DD (its time of day dropped). */
export function isoOf(date: Date): IsoDate {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of a YYYY-MM-DD day, for formatting and for calendar files. */
export function dateOf(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Today on this device, at local midnight. */
export function localToday(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Today on this device as YYYY-MM-DD. */
export function localTodayIso(): IsoDate {
  return isoOf(new Date());
}
