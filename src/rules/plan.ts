/**
 * The Plan: what buildPlan derives from Answers. Ids and numbers only; the view turns ids
 * into text through content/. Rules never read the clock: the caller passes the day the plan
 * is read (`PlanContext.today`). Offers' dates are relative (days from that day); a court
 * deadline is a calendar day (ISO), because it comes from the day a paper arrived.
 */
import type { CourtDeadline } from './court-deadline';
import type { IsoDate } from './dates';
import type {
  ChannelId,
  CourtAdviceId,
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
  /**
   * What this method would propose to each lender, worked out with the same arithmetic as
   * `Plan.offers` but for this method alone (one per debt where it gives numbers to say, in
   * debt order). Only on recommended or possible methods, and absent when the method has no
   * numbers to propose (the script then asks without figures). Σ monthlyPayment ≤
   * budget.monthlyAvailable. Shapes by method:
   * - extension: one payment on a new due date (extensionDays);
   * - instalments, restructuring: monthly payments only (monthlyPayment > 0, months ≥ 1);
   * - penalty_relief: principal only, penalties waived: a settlement from the lump sum,
   *   monthly payments, or a settlement followed by monthly payments or by a pause;
   * - hardship: reduced monthly payments, or a pause (`pause: true`) until firstPaymentInDays.
   */
  offers?: Offer[];
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
  /**
   * One-off payment proposed from the lump sum, paid first. Under penalty relief it goes to
   * the principal and the penalties are asked to be waived.
   */
  settlement?: number;
  /** Days from today to the first payment (or the settlement). */
  firstPaymentInDays: number;
  /** What the borrower would pay in all under this offer. */
  total: number;
  /**
   * Nothing can be paid monthly yet: the offer is a request to pause payments until
   * firstPaymentInDays, then review (monthlyPayment and months are 0).
   */
  pause?: boolean;
  /** Yuan still owed after `months` payments when the usual longest term is too short. */
  leftAfterTerm?: number;
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
  /** Yuan a month that would clear every debt within its usual longest term. */
  monthlyNeeded?: number;
  /** Part of the lump sum kept back for essentials (income below essentials). */
  lumpSumReserved?: number;
  /** Part of the lump sum proposed as one-off settlements (Σ offers' settlement). */
  lumpSumOffered?: number;
};

export type Flag = { id: FlagId; debt?: number };

export type { CourtDeadline };

/** What buildPlan needs besides the answers. */
export type PlanContext = {
  /**
   * The day the plan is read, as the reader's local calendar day (YYYY-MM-DD): court
   * deadlines count their days left from it. The view reads it from the device once
   * (src/lib/today.ts); tests and shared links pass it in like any other input.
   */
  today: IsoDate;
};

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
  /**
   * The court paper's deadline (answers.courtPaper), shown first. Absent when the answers name
   * no paper (no court stage, or answers saved before the question was asked).
   */
  courtDeadline?: CourtDeadline;
  /** What to do about the court stage and the deadline, in the order to show it; may be empty. */
  courtAdvice: CourtAdviceId[];
};
