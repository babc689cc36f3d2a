/**
 * Turns a typed date into YYYY-MM-DD. The wizard's date questions use the browser's date
 * picker, which hands over YYYY-MM-DD; where a browser has no picker the box is plain text, and
 * people write "2026-11-28", "2026/11/28", "2026.11.28" or "2026年11月28日" (full-width digits
 * folded first). A day that does not exist (2026-02-30) is not a date. Failures are message ids
 * (wizard.json `errors.*`).
 */
import { isIsoDate, type IsoDate } from '../rules/dates';

export type DateParse = { ok: true; value: IsoDate } | { ok: false; error: string };

/** What the date field holds when the browser reports a half-typed or impossible date. */
export const BAD_DATE_INPUT = 'invalid-date';

const PATTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

export function parseDateInput(text: string): DateParse {
  const folded = text.normalize('NFKC').trim();
  if (folded === '') return { ok: false, error: 'errors.date_required' };
  const m = PATTERN.exec(folded);
  if (!m) return { ok: false, error: 'errors.date_invalid' };
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? { ok: true, value: iso } : { ok: false, error: 'errors.date_invalid' };
}
