/**
 * The Plan: what buildPlan derives from Answers. Ids and numbers only; the view turns ids
 * into text through content/. Dates are relative (days from the day the plan is read),
 * because rules never read the clock.
 */
import type {
  ChannelId,
  DocumentId,
  FlagId,
  Fit,
  LegalRefId,
  MethodId,
  PitfallId,
  ReasonId,
  RefusedStepId,
  TipId,
  UrgentId,
} from './ids';

export type MethodAdvice = {
  id: MethodId;
  fit: Fit;
  /** Why, in the order to show them: "because you said …". */
  reasons: ReasonId[];
};

export type Offer = {
  /** Index into answers.debts. */
  debt: number;
  method: MethodId;
  /** Yuan to pay each month under this offer (0 for an extension paid in one go). */
  monthlyPayment: number;
  /** Number of monthly payments (0 for an extension paid in one go). */
  months: number;
  /** Extension: days from today to the proposed new due date (3..30). */
  extensionDays?: number;
  /** Penalty relief: one-off settlement proposed from the lump sum (principal first, penalties waived). */
  settlement?: number;
  /** Days from today to the first payment (or the settlement). */
  firstPaymentInDays: number;
  /** What the borrower would pay in all under this offer. */
  total: number;
};

export type Budget = {
  monthlyIncome: number;
  monthlyEssentials: number;
  lumpSumAvailable: number;
  /** Income minus essentials, never below 0. */
  monthlyAvailable: number;
  totalOutstanding: number;
  totalPenalties: number;
  /** Sum of the offers' monthly payments (≤ monthlyAvailable). */
  monthlyOffered: number;
  /** Yuan a month missing to clear every debt within the longest terms lenders usually grant; 0 if none. */
  shortfall: number;
};

export type Flag = { id: FlagId; debt?: number };

export type Plan = {
  urgent: UrgentId[];
  methods: MethodAdvice[];
  offers: Offer[];
  budget: Budget;
  flags: Flag[];
  pitfalls: PitfallId[];
  documents: DocumentId[];
  legalRefs: LegalRefId[];
  channels: ChannelId[];
  tips: TipId[];
  refusedSteps: RefusedStepId[];
};
