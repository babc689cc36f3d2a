/**
 * Answers v1: the contract between the wizard, saved data, share links and buildPlan.
 * Fixed by DESIGN.md. It may gain optional fields; renaming or removing one needs a v2
 * with a migration from v1, so that old share links keep opening.
 *
 * Error messages are message ids (see content/<locale>/ui.json, `errors.*`), never sentences:
 * the rules layer knows no language.
 */
import './zod-config';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { addYearsIso, isIsoDate, type IsoDate } from './dates';

export const MAX_AMOUNT = 100_000_000;
export const MAX_DAYS = 3650;
export const MAX_APR = 10_000;
export const MAX_DEBTS = 20;
export const MAX_NAME_LENGTH = 40;

export const CAUSES = [
  'salary_delay',
  'income_drop',
  'job_loss',
  'illness_or_injury',
  'family_emergency',
  'business_trouble',
  'too_many_debts',
  'other',
] as const;
export const DEBT_KINDS = [
  'bank',
  'consumer_finance',
  'microloan',
  'other_platform',
  'unknown',
] as const;
export const EVIDENCE = [
  'medical',
  'job_loss_proof',
  'income_proof',
  'family_event_proof',
  'disaster_proof',
] as const;
export const COLLECTION = [
  'excessive_calls',
  'contacts_third_parties',
  'threats_or_insults',
  'night_calls',
  'fake_legal_documents',
  'exposed_personal_info',
] as const;
export const LEGAL_STAGES = [
  'none',
  'lawsuit_threatened',
  'pre_suit_mediation',
  'payment_order',
  'arbitration',
  'sued',
  'judgment',
  'enforcement',
] as const;
export const NEGOTIATED = ['not_yet', 'refused', 'agreed_but_cannot_keep'] as const;

/**
 * Court or arbitration papers that start a deadline, one per legal stage that has a paper:
 * 支付令 (payment order), 起诉状副本 / 应诉通知书 (complaint), 仲裁通知 (arbitration notice),
 * 判决书 / 调解书 (judgment), 执行通知书 (enforcement notice).
 */
export const COURT_PAPERS = [
  'payment_order',
  'complaint',
  'arbitration_notice',
  'judgment',
  'enforcement_notice',
] as const;
/** The legal stages at which a person holds one of those papers (the wizard asks about it). */
export const PAPER_STAGES = [
  'payment_order',
  'arbitration',
  'sued',
  'judgment',
  'enforcement',
] as const;
/** Papers whose period a statute fixes; for the others only the date on the paper counts. */
export const STATUTE_PAPERS = ['payment_order', 'complaint'] as const;
/** Payment order: does the person dispute the debt itself or its amount (民诉法解释 第四百三十六条)? */
export const PAPER_DISPUTES = ['yes', 'no', 'not_sure'] as const;

/** Yuan with at most two decimals (fen), 0..100,000,000. */
export const amountSchema = lazySchema(() =>
  z
    .number({ error: 'errors.amount_required' })
    .refine((n) => Number.isFinite(n), { error: 'errors.amount_required' })
    .refine((n) => n >= 0, { error: 'errors.amount_negative' })
    .refine((n) => n <= MAX_AMOUNT, { error: 'errors.amount_too_large' })
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
      error: 'errors.amount_decimals',
    }),
);

export const daysSchema = lazySchema(() =>
  z
    .number({ error: 'errors.days_required' })
    .int({ error: 'errors.days_whole' })
    .min(0, { error: 'errors.days_negative' })
    .max(MAX_DAYS, { error: 'errors.days_too_large' }),
);

export const aprSchema = lazySchema(() =>
  z
    .number({ error: 'errors.apr_required' })
    .refine((n) => Number.isFinite(n), { error: 'errors.apr_required' })
    .min(0, { error: 'errors.apr_negative' })
    .max(MAX_APR, { error: 'errors.apr_too_large' }),
);

export const debtNameSchema = lazySchema(() =>
  z
    .string({ error: 'errors.name_required' })
    .trim()
    .min(1, { error: 'errors.name_required' })
    .max(MAX_NAME_LENGTH, { error: 'errors.name_too_long' }),
);

/** A calendar day, YYYY-MM-DD, that exists (see dates.ts). */
export const isoDateSchema = lazySchema(() =>
  z
    .string({ error: 'errors.date_required' })
    .refine((v) => v.trim() !== '', { error: 'errors.date_required' })
    .refine(isIsoDate, { error: 'errors.date_invalid' }),
);

/**
 * The court paper a person holds (optional in v1; absent in answers made before it was asked):
 * which lender it is from, which paper, the day it arrived (null: 不记得了), and, for papers
 * whose period the court sets, the last day written on the court's notice (null: none written,
 * or not sure). `disputes` is asked for a payment order only. Dates relative to today (not in
 * the future, not more than a year back) are checked where today is known: `paperDateIssue`.
 */
export const CourtPaperSchema = lazySchema(() =>
  z
    .object({
      debt: z
        .number({ error: 'errors.choose_one' })
        .int({ error: 'errors.choose_one' })
        .min(0, { error: 'errors.choose_one' })
        .max(MAX_DEBTS - 1, { error: 'errors.choose_one' }),
      paper: z.enum(COURT_PAPERS, { error: 'errors.choose_one' }),
      receivedOn: isoDateSchema.nullable(),
      courtDate: isoDateSchema.nullable().optional(),
      disputes: z.enum(PAPER_DISPUTES, { error: 'errors.choose_one' }).optional(),
    })
    .superRefine((p, ctx) => {
      const isOrder = p.paper === 'payment_order';
      if (isOrder && p.courtDate !== undefined && p.courtDate !== null) {
        // The payment order's 15 days are fixed by statute; no date on a notice replaces them.
        ctx.addIssue({
          code: 'custom',
          path: ['courtDate'],
          message: 'errors.court_date_not_asked',
        });
      }
      if (!isOrder && p.disputes !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['disputes'], message: 'errors.disputes_not_asked' });
      }
      if (p.courtDate && p.receivedOn && p.courtDate < p.receivedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['courtDate'],
          message: 'errors.court_date_before_received',
        });
      }
    }),
);

/** How far back a paper's date may lie: one year before today. */
export const PAPER_DATE_MAX_YEARS_BACK = 1;

/**
 * What is wrong with a date typed into the court-paper questions, given today: the day a paper
 * arrived cannot be after today, nor more than a year back; a date on the court's notice may lie
 * ahead, but not more than a year ahead or a year back. Null when the date is fine.
 */
export function paperDateIssue(
  kind: 'receivedOn' | 'courtDate',
  date: IsoDate,
  today: IsoDate,
): 'errors.date_future' | 'errors.date_too_old' | 'errors.date_too_far' | null {
  if (date < addYearsIso(today, -PAPER_DATE_MAX_YEARS_BACK)) return 'errors.date_too_old';
  if (kind === 'receivedOn' && date > today) return 'errors.date_future';
  if (kind === 'courtDate' && date > addYearsIso(today, PAPER_DATE_MAX_YEARS_BACK)) {
    return 'errors.date_too_far';
  }
  return null;
}

export const DebtSchema = lazySchema(() =>
  z.object({
    name: debtNameSchema,
    kind: z.enum(DEBT_KINDS, { error: 'errors.choose_one' }),
    outstanding: amountSchema,
    overdueDays: daysSchema,
    apr: aprSchema.nullable(),
    penalties: amountSchema.nullable(),
  }),
);

export const AnswersSchema = lazySchema(() =>
  z
    .object({
      v: z.literal(1),
      cause: z.enum(CAUSES, { error: 'errors.choose_one' }),
      incomeExpectedInDays: daysSchema.nullable(),
      monthlyIncome: amountSchema,
      monthlyEssentials: amountSchema,
      lumpSumAvailable: amountSchema,
      debts: z
        .array(DebtSchema)
        .min(1, { error: 'errors.debts_min' })
        .max(MAX_DEBTS, { error: 'errors.debts_max' }),
      evidence: z.array(z.enum(EVIDENCE)).refine((a) => new Set(a).size === a.length, {
        error: 'errors.duplicate_choice',
      }),
      collection: z.array(z.enum(COLLECTION)).refine((a) => new Set(a).size === a.length, {
        error: 'errors.duplicate_choice',
      }),
      legal: z.enum(LEGAL_STAGES, { error: 'errors.choose_one' }),
      negotiated: z.enum(NEGOTIATED, { error: 'errors.choose_one' }),
      courtPaper: CourtPaperSchema.optional(),
    })
    .superRefine((a, ctx) => {
      for (const issue of crossFieldIssues(a)) ctx.addIssue({ code: 'custom', ...issue });
    }),
);

/**
 * Problems that involve two fields (the wizard checks a step with them too): the court paper
 * must name one of the debts, and belongs only to a legal stage that has a paper.
 */
export function crossFieldIssues(a: {
  debts?: readonly unknown[];
  legal?: string;
  courtPaper?: { debt?: number };
}): { path: (string | number)[]; message: string }[] {
  if (a.courtPaper === undefined) return [];
  const issues: { path: (string | number)[]; message: string }[] = [];
  const debt = a.courtPaper.debt;
  if (debt !== undefined && debt >= (a.debts?.length ?? 0)) {
    issues.push({ path: ['courtPaper', 'debt'], message: 'errors.paper_debt_missing' });
  }
  if (a.legal !== undefined && !(PAPER_STAGES as readonly string[]).includes(a.legal)) {
    issues.push({ path: ['courtPaper'], message: 'errors.paper_without_stage' });
  }
  return issues;
}

export type Answers = z.infer<typeof AnswersSchema>;
export type Debt = Answers['debts'][number];
export type Cause = Answers['cause'];
export type DebtKind = Debt['kind'];
export type EvidenceId = Answers['evidence'][number];
export type CollectionId = Answers['collection'][number];
export type LegalStage = Answers['legal'];
export type Negotiated = Answers['negotiated'];
export type CourtPaper = NonNullable<Answers['courtPaper']>;
export type CourtPaperKind = CourtPaper['paper'];
export type PaperDispute = NonNullable<CourtPaper['disputes']>;
