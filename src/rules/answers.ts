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
  z.object({
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
  }),
);

export type Answers = z.infer<typeof AnswersSchema>;
export type Debt = Answers['debts'][number];
export type Cause = Answers['cause'];
export type DebtKind = Debt['kind'];
export type EvidenceId = Answers['evidence'][number];
export type CollectionId = Answers['collection'][number];
export type LegalStage = Answers['legal'];
export type Negotiated = Answers['negotiated'];
