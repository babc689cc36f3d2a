/**
 * Turns what people actually type into numbers: "1,234.5", "１２３４", "1.2万", "¥3千", "5000元",
 * "30天", "24%". Full-width characters are folded to ASCII (NFKC) first, because Chinese input
 * methods produce them. Each failure is a message id (wizard.json `errors.*`) that says what to fix.
 * Decimal shifting is done on the digit string, so "0.07万" is exactly 700, never 700.0000000001.
 */
import { MAX_AMOUNT, MAX_APR, MAX_DAYS } from '../rules/answers';

export type ParseResult = { ok: true; value: number } | { ok: false; error: string };

const fail = (error: string): ParseResult => ({ ok: false, error });

/** Full-width to ASCII, spaces (any kind) removed. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

const NEGATIVE = /^[-−]/;
/** Digits with optional thousands separators, optional decimals; ".5" and "5." are allowed. */
const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;

type Decimal = { int: string; frac: string };

function splitDecimal(s: string): Decimal | null {
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const int = (m[1] ?? '').replace(/,/g, '');
  const frac = m[2] ?? '';
  if (int === '' && frac === '') return null;
  return { int: int === '' ? '0' : int, frac };
}

/** Multiplies by 10^exp by moving the decimal point; trailing zeros of the fraction dropped. */
function shift({ int, frac }: Decimal, exp: number): Decimal {
  const digits = int + frac.padEnd(exp, '0');
  const point = int.length + exp;
  return { int: digits.slice(0, point), frac: digits.slice(point).replace(/0+$/, '') };
}

const toNumber = ({ int, frac }: Decimal) => Number(frac ? `${int}.${frac}` : int);

const UNIT_EXPONENT: Record<string, number> = { 万: 4, w: 4, 千: 3, k: 3 };

/** Yuan: 0..100,000,000 with at most two decimals. */
export function parseAmount(text: string): ParseResult {
  let s = normalise(text);
  if (s === '') return fail('errors.amount_required');
  s = s.replace(/^(¥|rmb|cny)/i, '').replace(/(元|块钱|块|rmb|cny)$/i, '');
  let exp = 0;
  const unit = s.slice(-1).toLowerCase();
  if (unit in UNIT_EXPONENT) {
    exp = UNIT_EXPONENT[unit] ?? 0;
    s = s.slice(0, -1);
  }
  if (NEGATIVE.test(s)) return fail('errors.amount_negative');
  const parts = splitDecimal(s);
  if (!parts) return fail('errors.amount_format');
  const shifted = shift(parts, exp);
  const value = toNumber(shifted);
  if (value > MAX_AMOUNT) return fail('errors.amount_too_large');
  if (shifted.frac.length > 2) return fail('errors.amount_decimals');
  return { ok: true, value };
}

/** Whole days: 0..3650; "30天" and "30 days" are accepted. */
export function parseDays(text: string): ParseResult {
  let s = normalise(text);
  if (s === '') return fail('errors.days_required');
  s = s.replace(/(天|日|days?)$/i, '');
  if (NEGATIVE.test(s)) return fail('errors.days_negative');
  const parts = splitDecimal(s);
  if (!parts) return fail('errors.days_format');
  const shifted = shift(parts, 0);
  if (shifted.frac !== '') return fail('errors.days_whole');
  const value = toNumber(shifted);
  if (value > MAX_DAYS) return fail('errors.days_too_large');
  return { ok: true, value };
}

/** Annual rate in percent: 0..10000; "24%", "24％" and "24" all mean 24 %. */
export function parseApr(text: string): ParseResult {
  let s = normalise(text);
  if (s === '') return fail('errors.apr_required');
  s = s.replace(/%$/, '');
  if (NEGATIVE.test(s)) return fail('errors.apr_negative');
  const parts = splitDecimal(s);
  if (!parts) return fail('errors.apr_format');
  const value = toNumber(shift(parts, 0));
  if (value > MAX_APR) return fail('errors.apr_too_large');
  return { ok: true, value };
}
