/**
 * The usual limits lenders grant, per kind of debt, read from content/lender-terms.json.
 * These are typical practice, not law: they size the offers (how many months, how small a
 * monthly payment a lender usually accepts, how long an extension) and never promise that
 * a lender will agree. Parsed once at import, so bad data fails the build and the tests.
 */
import './zod-config';
import { z } from 'zod';
import raw from '../../content/lender-terms.json';
import { DEBT_KINDS, type DebtKind } from './answers';

const days = z.number().int().min(0).max(3650);

export const KindTermsSchema = z
  .object({
    /** Longest instalment plan this kind of lender usually grants, in months. */
    maxInstalmentMonths: z.number().int().min(1).max(120),
    /** Range of an extension (展期) this kind of lender usually grants, in days. */
    extensionDays: z.object({ min: days.min(1), max: days.min(1) }),
    /** Smallest monthly payment this kind of lender usually accepts, in yuan. */
    minMonthlyPayment: z.number().min(0).max(100_000),
  })
  .refine((k) => k.extensionDays.min <= k.extensionDays.max, {
    error: 'extensionDays.min must not exceed extensionDays.max',
  });

export const LenderTermsSchema = z.object({
  basis: z.literal('typical_practice'),
  note: z.string().min(1),
  timing: z.object({
    /** Days added after the expected income arrives before the extended due date. */
    extensionMarginDays: days,
    /** Days from today to paying a lump-sum settlement (time to get the waiver in writing first). */
    settlementInDays: days,
    /** Days from today to the first monthly payment. */
    firstMonthlyPaymentInDays: days,
    /** Days a pause request runs before it is reviewed, when no income date is known. */
    pauseReviewInDays: days,
    /** Months of (essentials − income) kept back from the lump sum when income is below essentials. */
    essentialsReserveMonths: z.number().int().min(0).max(24),
  }),
  kinds: z.record(z.enum(DEBT_KINDS), KindTermsSchema),
});

export type KindTerms = z.infer<typeof KindTermsSchema>;
export type LenderTerms = z.infer<typeof LenderTermsSchema>;

export const LENDER_TERMS: LenderTerms = LenderTermsSchema.parse(raw);

export function termsFor(kind: DebtKind): KindTerms {
  return LENDER_TERMS.kinds[kind];
}
