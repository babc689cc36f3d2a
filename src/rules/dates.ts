/**
 * Calendar days as ISO strings ("2026-12-03"), counted without a clock and without time zones:
 * a date here is a day on the wall calendar, never an instant. The rules receive "today" as
 * one of these from the caller (the view reads the device's local date in src/lib/today.ts).
 *
 * Arithmetic goes through a day number (days since 1970-01-01 in the proleptic Gregorian
 * calendar, worked out with Date.UTC, which reads no clock), so month and year ends, leap
 * years and the 29th of February are handled once, here.
 */

/** A calendar day written YYYY-MM-DD. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Year, month (1..12) and day of a well-formed ISO date, or null. */
function parts(iso: string): [number, number, number] | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** True for a real calendar day written YYYY-MM-DD (2026-02-29 and 2026-13-01 are not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const p = parts(value);
  if (!p) return false;
  const [y, m, d] = p;
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (negative before). Throws on a malformed date: callers validate first. */
export function dayNumber(iso: IsoDate): number {
  const p = parts(iso);
  if (!p || !isIsoDate(iso)) throw new Error(`not an ISO date: ${iso}`);
  const [y, m, d] = p;
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): IsoDate {
  const date = new Date(n * DAY_MS);
  const pad = (x: number, width = 2) => String(x).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day `days` after `iso` (before, when negative). */
export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The same day `years` years later (earlier, when negative); the 29th of February becomes the
 * 28th in a year without one.
 */
export function addYearsIso(iso: IsoDate, years: number): IsoDate {
  const p = parts(iso);
  if (!p || !isIsoDate(iso)) throw new Error(`not an ISO date: ${iso}`);
  const [y, m, d] = p;
  const year = y + years;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
