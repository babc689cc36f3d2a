/**
 * One assessor per negotiation method: each reads the named facts and says how well the
 * method fits ({ fit, reasons, score }). Reasons are listed in the order to show them
 * ("because you said …"); the score only orders methods of the same fit.
 * The principles come from DESIGN.md, "Decision principles".
 */
import type { Answers } from './answers';
import type { Facts, HardshipCause } from './facts';
import { FITS, METHOD_IDS, type Fit, type MethodId, type ReasonId } from './ids';
import type { MethodAdvice } from './plan';

export type Assessment = { fit: Fit; reasons: ReasonId[]; score: number };

const when = <T>(condition: boolean, ...items: T[]): T[] => (condition ? items : []);

/** A short gap that an extension can bridge: money soon, no long-term inability. */
export const isShortGap = (f: Facts): boolean => f.incomeSoon && !f.longTermInability;
/** Lenders rarely extend once a debt is 90+ days overdue or a court step has started. */
const extensionWeakened = (f: Facts): boolean => f.overdue90 || f.hasCourtStage;

function incomeReason(f: Facts): ReasonId {
  if (f.incomeSoon) return 'income_expected_soon';
  if (f.incomeLate) return 'income_expected_late';
  return 'no_income_expected';
}

export function assessExtension(a: Answers, f: Facts): Assessment {
  // Long-term inability (job loss, illness, business trouble, nothing left): never an extension.
  if (f.longTermInability) {
    return { fit: 'not_suited', reasons: ['long_term_cause', incomeReason(f)], score: 0 };
  }
  // No money within about 30 days: an extension only postpones the same problem.
  if (!f.incomeSoon) return { fit: 'not_suited', reasons: [incomeReason(f)], score: 0 };
  const reasons: ReasonId[] = [
    'income_expected_soon',
    ...when<ReasonId>(a.cause === 'salary_delay', 'salary_delayed'),
  ];
  // Short gap, but long overdue or in court: still worth asking, lenders seldom agree.
  if (extensionWeakened(f)) {
    return {
      fit: 'possible',
      reasons: [
        ...reasons,
        ...when<ReasonId>(f.overdue90, 'overdue_long'),
        ...when<ReasonId>(f.hasCourtStage, 'court_stage'),
      ],
      score: 40,
    };
  }
  // Borrowing to repay: the money coming in would only feed the cycle; possible at most.
  if (f.borrowingToRepay) {
    return { fit: 'possible', reasons: [...reasons, 'borrowing_to_repay'], score: 40 };
  }
  // A long-term cause (illness, job loss, business) or five or more lenders (unless only the
  // salary is late): an extension bridges the gap but hardship or one overall plan comes first.
  if (f.longTermCause || (f.lenderCount >= 5 && a.cause !== 'salary_delay')) {
    return { fit: 'recommended', reasons, score: 80 };
  }
  // Short gap (e.g. salary a week late): ask for a few days until the money arrives.
  const soonBonus = a.incomeExpectedInDays !== null && a.incomeExpectedInDays <= 7 ? 5 : 0;
  const salaryBonus = a.cause === 'salary_delay' ? 5 : 0;
  return { fit: 'recommended', reasons, score: 90 + soonBonus + salaryBonus };
}

export function assessInstalments(a: Answers, f: Facts): Assessment {
  // Nothing left after essentials: any monthly promise would be broken.
  if (f.monthlyAvailableFen === 0) {
    return { fit: 'not_suited', reasons: ['nothing_left_monthly'], score: 0 };
  }
  // The lump sum already clears everything: instalments only keep a cash reserve.
  if (f.lumpSumCoversAll) {
    return { fit: 'possible', reasons: ['money_left_monthly', 'lump_sum_covers'], score: 40 };
  }
  // Money arrives within a month: an extension fits better; instalments are a fallback.
  if (isShortGap(f) && !extensionWeakened(f) && !f.borrowingToRepay) {
    return { fit: 'possible', reasons: ['money_left_monthly', 'income_expected_soon'], score: 45 };
  }
  // Steady money left monthly, no lump sum for the whole: ask for 个性化分期.
  const broken = a.negotiated === 'agreed_but_cannot_keep';
  return {
    fit: 'recommended',
    reasons: [
      'money_left_monthly',
      ...when<ReasonId>(f.lumpSumShort, 'lump_sum_short'),
      // An agreement that cannot be kept: re-negotiate a realistic plan instead.
      ...when<ReasonId>(broken, 'agreement_broken'),
    ],
    score: broken ? 80 : 65,
  };
}

export function assessPenaltyRelief(_a: Answers, f: Facts): Assessment {
  const triggers: ReasonId[] = [
    ...when<ReasonId>(f.penaltiesLarge, 'penalties_large'),
    ...when<ReasonId>(f.overdue90, 'overdue_90_plus'),
    ...when<ReasonId>(f.anyAprOver24, 'apr_above_24'),
  ];
  const lump = when<ReasonId>(f.lumpSumForPrincipal, 'lump_sum_for_principal');
  // Large penalties, long overdue, or cost above the 24% line: ask to waive penalties (never principal).
  if (triggers.length > 0) {
    const score = 60 + 5 * (triggers.length - 1) + (lump.length > 0 ? 15 : 0);
    return { fit: 'recommended', reasons: [...triggers, ...lump], score };
  }
  // Some penalties, a small share: worth asking, little leverage.
  if (f.anyPenalties) {
    return {
      fit: 'possible',
      reasons: ['penalties_small', ...lump],
      score: 35 + (lump.length > 0 ? 10 : 0),
    };
  }
  // No penalties known: nothing to waive yet.
  return { fit: 'not_suited', reasons: ['no_penalties_known'], score: 0 };
}

export function assessRestructuring(_a: Answers, f: Facts): Assessment {
  // One or two lenders: negotiate with each directly.
  if (f.lenderCount < 3) return { fit: 'not_suited', reasons: ['single_or_two_lenders'], score: 0 };
  const many = f.lenderCount >= 5;
  const reasons: ReasonId[] = [
    many ? 'five_plus_lenders' : 'three_plus_lenders',
    ...when<ReasonId>(f.borrowingToRepay, 'borrowing_to_repay'),
  ];
  // Borrowing from one to repay another, or five or more lenders: one plan for all, strongest.
  if (many && f.borrowingToRepay) return { fit: 'recommended', reasons, score: 92 };
  if (many || f.borrowingToRepay) return { fit: 'recommended', reasons, score: 88 };
  // Three or four lenders: one overall plan helps, less urgent.
  return { fit: 'recommended', reasons, score: 70 };
}

const HARDSHIP_REASON: Record<HardshipCause, ReasonId> = {
  job_loss: 'cause_job_loss',
  illness_or_injury: 'cause_illness',
  family_emergency: 'cause_family_emergency',
  disaster: 'cause_disaster',
};

export function assessHardship(_a: Answers, f: Facts): Assessment {
  // Job loss, illness or injury, family emergency, disaster: apply for hardship; evidence makes it stronger.
  if (f.hardshipCauses.length > 0) {
    return {
      fit: 'recommended',
      reasons: [
        ...f.hardshipCauses.map((c) => HARDSHIP_REASON[c]),
        f.hardshipEvidenceHeld ? 'evidence_held' : 'evidence_missing',
      ],
      score: f.hardshipEvidenceHeld ? 94 : 86,
    };
  }
  // Not a hardship cause, but nothing left each month: a hardship request is still worth a try.
  if (f.monthlyAvailableFen === 0) {
    return { fit: 'possible', reasons: ['nothing_left_monthly', 'cause_not_hardship'], score: 50 };
  }
  return { fit: 'not_suited', reasons: ['cause_not_hardship'], score: 0 };
}

const ASSESSORS: Record<MethodId, (a: Answers, f: Facts) => Assessment> = {
  extension: assessExtension,
  instalments: assessInstalments,
  penalty_relief: assessPenaltyRelief,
  restructuring: assessRestructuring,
  hardship: assessHardship,
};

/**
 * All five methods, best first: recommended, then possible, then not_suited; within a fit by
 * score, then in METHOD_IDS order. A refusal before adds "ask again in writing" to each
 * recommended method.
 */
export function assessMethods(a: Answers, f: Facts): MethodAdvice[] {
  const assessed = METHOD_IDS.map((id, order) => ({ id, order, ...ASSESSORS[id](a, f) }));
  return assessed
    .sort(
      (x, y) => FITS.indexOf(x.fit) - FITS.indexOf(y.fit) || y.score - x.score || x.order - y.order,
    )
    .map(({ id, fit, reasons }) => ({
      id,
      fit,
      // Refused before: the same request again, in writing, then escalate.
      reasons: [
        ...reasons,
        ...when<ReasonId>(a.negotiated === 'refused' && fit === 'recommended', 'refused_before'),
      ],
    }));
}
