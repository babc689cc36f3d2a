/**
 * Money and date formatting per locale through Intl (no hand-made separators). Money is
 * yuan: "¥1,234" or "¥1,234.50" in both languages (the narrow symbol, not "CN¥").
 */
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function moneyFormat(locale: string, cents: boolean): Intl.NumberFormat {
  const key = `${locale}|${cents}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: 2,
    });
    moneyFormats.set(key, f);
  }
  return f;
}

/** "¥12,345" for whole yuan, "¥12,345.60" when there are fen. */
export function formatMoney(amount: number, locale: string): string {
  const cents = Math.round(amount * 100) % 100 !== 0;
  return moneyFormat(locale, cents).format(amount);
}

/** A plain number with grouping, e.g. months or days. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** "10天" / "10 days". */
export function formatDays(days: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
  }).format(days);
}

/** "2026年12月1日" / "December 1, 2026". */
export function formatDate(date: Date, locale: string): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' });
    dateFormats.set(locale, f);
  }
  return f.format(date);
}

/** "A、B和C" / "A, B, and C". */
export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** Local calendar day `days` after `from` (time of day dropped). */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
}
