/**
 * Named facts derived from Answers: each rule in the plan reads these, never the raw
 * answers twice in different ways. Money is in fen (integers) here; the plan converts
 * back to yuan at the edge.
 */
import type { Answers, Cause, CourtPaperKind, DebtKind, EvidenceId, LegalStage } from './answers';
import { toFen, sum } from './allocation';
import { LENDER_TERMS } from './lender-terms';

/** The court or arbitration has been asked to decide (deadlines run). */
const COURT_STAGES: readonly LegalStage[] = [
  'payment_order',
  'arbitration',
  'sued',
  'judgment',
  'enforcement',
];
/** The court stage each paper belongs to. */
export const PAPER_STAGE: Record<CourtPaperKind, CourtStage> = {
  payment_order: 'payment_order',
  complaint: 'sued',
  arbitration_notice: 'arbitration',
  judgment: 'judgment',
  enforcement_notice: 'enforcement',
};
export type CourtStage = 'payment_order' | 'arbitration' | 'sued' | 'judgment' | 'enforcement';

/** Debts supervised by the national regulator (12378): banks and consumer-finance companies. */
const NFRA_KINDS: readonly DebtKind[] = ['bank', 'consumer_finance'];

/** Causes that usually last longer than a month: a short extension does not fix them. */
const LONG_TERM_CAUSES: readonly Cause[] = ['job_loss', 'illness_or_injury', 'business_trouble'];
/** Causes a lender's hardship (特殊困难) process is meant for. */
export const HARDSHIP_CAUSES = ['job_loss', 'illness_or_injury', 'family_emergency'] as const;
export type HardshipCause = (typeof HARDSHIP_CAUSES)[number] | 'disaster';

/** Which evidence proves which hardship. */
const PROOF_FOR: Record<HardshipCause, EvidenceId[]> = {
  job_loss: ['job_loss_proof'],
  illness_or_injury: ['medical'],
  family_emergency: ['family_event_proof', 'medical'],
  disaster: ['disaster_proof'],
};

/** Share of what is owed from which penalties count as large (10%). */
const LARGE_PENALTY_SHARE = 0.1;
/** The 24% line: a court may, on request, cut charges above it for licensed lenders. */
export const APR_LINE = 24;
/** Above 36% the cost is clearly unprotected. */
export const APR_HIGH_LINE = 36;
export const SHORT_GAP_DAYS = 30;
export const LONG_OVERDUE_DAYS = 90;
/**
 * Overdue this long (2 years), a debt is old: a letter or promise to pay affects its 3-year
 * limitation period (and, once that has run out, loses the defence).
 */
export const OLD_DEBT_DAYS = 730;
export const MANY_LENDERS = 5;
export const SEVERAL_LENDERS = 3;

export type DebtFacts = {
  outstandingFen: number;
  /** Known penalties, never more than the outstanding amount. */
  penaltiesFen: number;
  /** What is owed without the penalties: what a penalty waiver asks the lender to accept. */
  principalFen: number;
  penaltiesLarge: boolean;
  aprOver24: boolean;
  aprOver36: boolean;
  overdue90: boolean;
  /** Overdue two years or more. */
  old: boolean;
  unlicensed: boolean;
};

export type Facts = {
  debts: DebtFacts[];
  incomeFen: number;
  essentialsFen: number;
  /** Income minus essentials, never below 0. */
  monthlyAvailableFen: number;
  incomeBelowEssentials: boolean;
  lumpSumFen: number;
  /** Part of the lump sum kept back to cover essentials when income does not. */
  lumpSumReservedFen: number;
  /** Part of the lump sum that may go to settlements. */
  lumpSumUsableFen: number;
  totalOutstandingFen: number;
  totalPenaltiesFen: number;
  /** Each debt counts as one lender (the same app twice is rare and asked about separately). */
  lenderCount: number;
  maxOverdueDays: number;
  anyOverdue: boolean;
  overdue90: boolean;
  hasCourtStage: boolean;
  /**
   * Every court stage the person is at: the furthest one (answers.legal) and the stage of the
   * paper they hold, which may be from another lender at an earlier stage.
   */
  courtStages: ReadonlySet<CourtStage>;
  /** Lawsuit threatened, pre-suit mediation, or any court stage. */
  hasLegalStep: boolean;
  /** Money that can clear what is overdue arrives within 30 days. */
  incomeSoon: boolean;
  incomeLate: boolean;
  noIncomeExpected: boolean;
  longTermCause: boolean;
  /** A long-term cause and nothing left each month: not a short gap. */
  longTermInability: boolean;
  hardshipCauses: HardshipCause[];
  hardshipEvidenceHeld: boolean;
  borrowingToRepay: boolean;
  penaltiesLarge: boolean;
  anyPenalties: boolean;
  anyAprOver24: boolean;
  anyAprOver36: boolean;
  hasUnlicensed: boolean;
  /** Some debt is owed to a bank or a consumer-finance company (NFRA-supervised: 12378). */
  hasNfraLender: boolean;
  /** Some debt is owed to a 小额贷款公司 (supervised by the provincial financial authority). */
  hasMicroloan: boolean;
  /** Some debt is owed to another online platform: its contract names the actual lender. */
  hasOtherPlatform: boolean;
  /** Some bank debt (credit cards included) is overdue: going silent can count toward 恶意透支. */
  bankOverdue: boolean;
  /** The usable lump sum could clear at least one lender's principal. */
  lumpSumForPrincipal: boolean;
  lumpSumCoversAll: boolean;
  lumpSumShort: boolean;
  abusiveCollection: boolean;
  privacyInvaded: boolean;
};

function deriveDebtFacts(debt: Answers['debts'][number]): DebtFacts {
  const outstandingFen = toFen(debt.outstanding);
  const penaltiesFen = Math.min(toFen(debt.penalties ?? 0), outstandingFen);
  return {
    outstandingFen,
    penaltiesFen,
    principalFen: outstandingFen - penaltiesFen,
    penaltiesLarge: penaltiesFen > 0 && penaltiesFen >= outstandingFen * LARGE_PENALTY_SHARE,
    aprOver24: debt.apr !== null && debt.apr > APR_LINE,
    aprOver36: debt.apr !== null && debt.apr > APR_HIGH_LINE,
    overdue90: debt.overdueDays >= LONG_OVERDUE_DAYS,
    old: debt.overdueDays >= OLD_DEBT_DAYS,
    unlicensed: debt.kind === 'unknown',
  };
}

export function deriveFacts(answers: Answers): Facts {
  const debts = answers.debts.map(deriveDebtFacts);
  const incomeFen = toFen(answers.monthlyIncome);
  const essentialsFen = toFen(answers.monthlyEssentials);
  const monthlyAvailableFen = Math.max(0, incomeFen - essentialsFen);
  const lumpSumFen = toFen(answers.lumpSumAvailable);
  const reserveNeed =
    Math.max(0, essentialsFen - incomeFen) * LENDER_TERMS.timing.essentialsReserveMonths;
  const lumpSumReservedFen = Math.min(lumpSumFen, reserveNeed);
  const lumpSumUsableFen = lumpSumFen - lumpSumReservedFen;
  const totalOutstandingFen = sum(debts.map((d) => d.outstandingFen));
  const totalPenaltiesFen = sum(debts.map((d) => d.penaltiesFen));
  const maxOverdueDays = Math.max(0, ...answers.debts.map((d) => d.overdueDays));
  const days = answers.incomeExpectedInDays;
  const longTermCause = LONG_TERM_CAUSES.includes(answers.cause);
  const evidence = new Set(answers.evidence);

  const hardshipCauses: HardshipCause[] = [
    ...HARDSHIP_CAUSES.filter((c) => c === answers.cause),
    ...(evidence.has('disaster_proof') ? (['disaster'] as const) : []),
  ];
  const principals = debts.map((d) => d.principalFen).filter((p) => p > 0);
  const collection = new Set(answers.collection);
  const courtStages = new Set<CourtStage>();
  if (COURT_STAGES.includes(answers.legal)) courtStages.add(answers.legal as CourtStage);
  if (answers.courtPaper) courtStages.add(PAPER_STAGE[answers.courtPaper.paper]);
  const kinds = new Set(answers.debts.map((d) => d.kind));

  return {
    debts,
    incomeFen,
    essentialsFen,
    monthlyAvailableFen,
    incomeBelowEssentials: incomeFen < essentialsFen,
    lumpSumFen,
    lumpSumReservedFen,
    lumpSumUsableFen,
    totalOutstandingFen,
    totalPenaltiesFen,
    lenderCount: answers.debts.length,
    maxOverdueDays,
    anyOverdue: maxOverdueDays > 0,
    overdue90: maxOverdueDays >= LONG_OVERDUE_DAYS,
    hasCourtStage: courtStages.size > 0,
    courtStages,
    hasLegalStep: answers.legal !== 'none',
    incomeSoon: days !== null && days <= SHORT_GAP_DAYS,
    incomeLate: days !== null && days > SHORT_GAP_DAYS,
    noIncomeExpected: days === null,
    longTermCause,
    longTermInability: longTermCause && monthlyAvailableFen === 0,
    hardshipCauses,
    hardshipEvidenceHeld: hardshipCauses.some((c) => PROOF_FOR[c].some((e) => evidence.has(e))),
    borrowingToRepay: answers.cause === 'too_many_debts',
    penaltiesLarge:
      debts.some((d) => d.penaltiesLarge) ||
      (totalPenaltiesFen > 0 && totalPenaltiesFen >= totalOutstandingFen * LARGE_PENALTY_SHARE),
    anyPenalties: totalPenaltiesFen > 0,
    anyAprOver24: debts.some((d) => d.aprOver24),
    anyAprOver36: debts.some((d) => d.aprOver36),
    hasUnlicensed: debts.some((d) => d.unlicensed),
    hasNfraLender: NFRA_KINDS.some((k) => kinds.has(k)),
    hasMicroloan: kinds.has('microloan'),
    hasOtherPlatform: kinds.has('other_platform'),
    bankOverdue: answers.debts.some((d) => d.kind === 'bank' && d.overdueDays > 0),
    lumpSumForPrincipal:
      lumpSumUsableFen > 0 && principals.length > 0 && lumpSumUsableFen >= Math.min(...principals),
    lumpSumCoversAll: totalOutstandingFen > 0 && lumpSumUsableFen >= totalOutstandingFen,
    lumpSumShort: lumpSumUsableFen > 0 && lumpSumUsableFen < totalOutstandingFen,
    abusiveCollection: [
      'excessive_calls',
      'contacts_third_parties',
      'night_calls',
      'exposed_personal_info',
      'threats_or_insults',
    ].some((c) => collection.has(c as Answers['collection'][number])),
    privacyInvaded:
      collection.has('contacts_third_parties') || collection.has('exposed_personal_info'),
  };
}
