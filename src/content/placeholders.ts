/**
 * The values the view fills into content text, per namespace: the single source of truth for
 * `{{placeholders}}` (tests/unit/content checks every placeholder used is listed here).
 * Values arrive already formatted for the locale, so content never adds a unit after them
 * except after bare counts (see content/README.md for the convention):
 * - money (formatted with the currency sign, e.g. "¥1,200"): outstanding, monthly,
 *   settlement, penalties, available, lump_sum, total, shortfall
 * - durations in days (formatted with their unit, e.g. "10 天" / "10 days"): days, max_overdue
 * - dates (formatted for the locale): first_date, new_date
 * - bare counts (content writes the unit): months, count
 * - text: lender (the user's own name for the lender, plain text), evidence (a locale list)
 */
export const PLACEHOLDERS = {
  /**
   * Filled from one debt and the method's own proposal for it (MethodAdvice.offers):
   * methods.<id>.script*, ask_in_writing. Each script variant uses only the numbers its offer
   * shape has (see METHOD_SCRIPT_VARIANTS in schema-advice.ts); `script_no_numbers` uses only
   * lender and outstanding. `days` is the extension's or the pause's length; `months` may be 1.
   */
  methods: [
    'lender',
    'outstanding',
    'monthly',
    'months',
    'first_date',
    'new_date',
    'settlement',
    'days',
  ],
  /** Filled from the answers and the budget. */
  reasons: [
    'days',
    'available',
    'lump_sum',
    'total',
    'penalties',
    'count',
    'max_overdue',
    'evidence',
  ],
  urgent: [],
  court: [],
  /** lender for per-debt flags; shortfall for budget_shortfall. */
  flags: ['lender', 'shortfall'],
  tips: [],
  refused: [],
} as const satisfies Record<string, readonly string[]>;

export type PlaceholderNamespace = keyof typeof PLACEHOLDERS;
export type Placeholder<N extends PlaceholderNamespace> = (typeof PLACEHOLDERS)[N][number];

/** Every `{{name}}` in a string, in order of appearance (i18next's interpolation syntax). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^{}\s,]+)[^{}]*\}\}/g)].map((m) => m[1] ?? '');
}
