/**
 * buildPlan(answers, { today }): Answers in, Plan out. Pure and deterministic: no clock, no
 * React, no i18n, and the input is never changed. `today` (YYYY-MM-DD, the reader's local
 * calendar day) is an input like the answers: the only thing it changes is the court deadline's
 * days left and status, so the same answers and the same day always give the same plan. It
 * speaks in ids and numbers only; content/ says the words.
 *
 * How it works, in order:
 * 1. deriveFacts names what the rules need (money in fen, counts, stages, causes).
 * 2. One assessor per method judges its fit with reasons (assess-methods.ts).
 * 3. Offers: one per debt, in debt order (see planOffers below); and each suited method's own
 *    proposal (methodProposals), made with the same offer functions, for its script.
 * 4. Budget, flags and the content lists (plan-lists.ts) follow from facts and offers.
 * 5. The court paper, when there is one, gives a deadline (court-deadline.ts) counted from
 *    `today`, and the court advice list follows from the stages and that deadline.
 *
 * Money: all arithmetic is in whole fen (integers); every amount in the Plan is yuan with at
 * most two decimals, so Σ monthlyPayment ≤ monthlyAvailable holds exactly.
 */
import type { Answers, Debt } from './answers';
import { DEBT_KINDS } from './answers';
import { allocateProportionally, ceilDiv, pourInOrder, sum, toFen, toYuan } from './allocation';
import { assessMethods } from './assess-methods';
import { deriveFacts, type Facts } from './facts';
import type { Fit, MethodId } from './ids';
import { LENDER_TERMS, termsFor } from './lender-terms';
import type { Budget, Flag, MethodAdvice, Offer, Plan, PlanContext } from './plan';
import { courtDeadline } from './court-deadline';
import { isIsoDate } from './dates';
import {
  selectChannels,
  selectCourtAdvice,
  selectDocuments,
  selectLegalRefs,
  selectPitfalls,
  selectRefusedSteps,
  selectTips,
  selectUrgent,
  type ListContext,
} from './plan-lists';

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Order of debts by their content (not their position), so ties never depend on input order. */
function compareDebts(a: Debt, b: Debt): number {
  const nullLow = (x: number | null): number => (x === null ? -1 : x);
  return (
    b.outstanding - a.outstanding ||
    DEBT_KINDS.indexOf(a.kind) - DEBT_KINDS.indexOf(b.kind) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    b.overdueDays - a.overdueDays ||
    nullLow(b.apr) - nullLow(a.apr) ||
    nullLow(b.penalties) - nullLow(a.penalties)
  );
}

/** rank[i] = position of debt i in the content order (equal debts keep input order). */
function contentRanks(debts: readonly Debt[]): number[] {
  const order = debts.map((_, i) => i).sort((i, j) => compareDebts(debts[i]!, debts[j]!) || i - j);
  const ranks = debts.map(() => 0);
  order.forEach((debtIndex, position) => {
    ranks[debtIndex] = position;
  });
  return ranks;
}

/** Fen a month that clears `remainingFen` within the kind's usual longest term. */
function termMonthlyFen(debt: Debt, remainingFen: number): number {
  return ceilDiv(remainingFen, termsFor(debt.kind).maxInstalmentMonths);
}

/** The smallest monthly payment a lender usually accepts: its minimum, and within its longest term. */
function usualMonthlyFen(debt: Debt, remainingFen: number): number {
  return Math.min(
    remainingFen,
    Math.max(toFen(termsFor(debt.kind).minMonthlyPayment), termMonthlyFen(debt, remainingFen)),
  );
}

type OfferPlan = {
  offers: Offer[];
  /** Fen still owed per debt under its offer (after any settlement and waiver). */
  remainingFen: number[];
};

/** Extension for every debt: pay in one go a few days after the money arrives (3..30 days). */
function extensionOffers(answers: Answers, facts: Facts, days: number): OfferPlan {
  const offers = answers.debts.map((debt, i): Offer => {
    const range = termsFor(debt.kind).extensionDays;
    const extensionDays = clamp(
      days + LENDER_TERMS.timing.extensionMarginDays,
      range.min,
      range.max,
    );
    return {
      debt: i,
      method: 'extension',
      monthlyPayment: 0,
      months: 0,
      extensionDays,
      firstPaymentInDays: extensionDays,
      total: toYuan(facts.debts[i]!.outstandingFen),
    };
  });
  return { offers, remainingFen: facts.debts.map((d) => d.outstandingFen) };
}

/**
 * Settlements and monthly payments for every debt.
 * - Lump sum (minus any reserve for essentials) goes to whole debts first: smallest first,
 *   then the costliest, because clearing a lender completely is what makes a lender accept a
 *   one-off settlement and it ends that lender's calls. Under penalty relief each debt's
 *   target is its principal (outstanding − penalties), penalties asked to be waived.
 * - The money left monthly is split across the rest in proportion to what each still owes
 *   (allocateProportionally), each lender getting the smallest payment it usually accepts when
 *   every one of them can, else at least enough to clear within its usual term when that fits,
 *   else strictly in proportion.
 * - Months = ceil(remaining / monthly), capped by the kind's usual longest term.
 * - Nothing left monthly: the offer is a request to pause (monthlyPayment 0, months 0).
 */
function paymentOffers(
  answers: Answers,
  facts: Facts,
  base: MethodId,
  waiverAsked: boolean,
  /** Fen of the lump sum to spend on settlements (a monthly-only proposal passes 0). */
  lumpSumFen: number = facts.lumpSumUsableFen,
): OfferPlan {
  const { debts } = answers;
  const ranks = contentRanks(debts);
  const targets = facts.debts.map((d) => (waiverAsked ? d.principalFen : d.outstandingFen));
  const settleOrder = debts
    .map((_, i) => i)
    .sort(
      (i, j) =>
        targets[i]! - targets[j]! ||
        (debts[j]!.apr ?? -1) - (debts[i]!.apr ?? -1) ||
        ranks[i]! - ranks[j]!,
    );
  const settlements = pourInOrder(lumpSumFen, targets, settleOrder);
  const methods = debts.map(
    (_, i): MethodId =>
      waiverAsked && (settlements[i]! > 0 || base === 'penalty_relief') ? 'penalty_relief' : base,
  );
  const remainingFen = facts.debts.map(
    (d, i) =>
      (methods[i] === 'penalty_relief' ? d.principalFen : d.outstandingFen) - settlements[i]!,
  );
  const monthly = allocateProportionally(
    facts.monthlyAvailableFen,
    debts.map((debt, i) => ({
      need: remainingFen[i]!,
      // Each lender's usual minimum if all fit; else at least clear each within its usual term.
      floors: [usualMonthlyFen(debt, remainingFen[i]!), termMonthlyFen(debt, remainingFen[i]!)],
      rank: ranks[i]!,
    })),
  );
  const { timing } = LENDER_TERMS;
  const offers = debts.map((debt, i): Offer => {
    const remaining = remainingFen[i]!;
    const pay = monthly[i]!;
    const settlement = settlements[i]!;
    const maxMonths = termsFor(debt.kind).maxInstalmentMonths;
    const months = pay > 0 ? Math.min(ceilDiv(remaining, pay), maxMonths) : 0;
    const left = remaining - Math.min(remaining, pay * months);
    const pause = remaining > 0 && pay === 0;
    const firstPaymentInDays =
      settlement > 0
        ? timing.settlementInDays
        : pay > 0
          ? timing.firstMonthlyPaymentInDays
          : pause
            ? (answers.incomeExpectedInDays ?? timing.pauseReviewInDays)
            : 0;
    return {
      debt: i,
      method: methods[i]!,
      monthlyPayment: toYuan(pay),
      months,
      ...(settlement > 0 ? { settlement: toYuan(settlement) } : {}),
      firstPaymentInDays,
      total: toYuan(settlement + remaining),
      ...(pause ? { pause: true } : {}),
      ...(left > 0 && !pause ? { leftAfterTerm: toYuan(left) } : {}),
    };
  });
  return { offers, remainingFen };
}

/** Chooses the offer kind from the best method. */
function planOffers(answers: Answers, facts: Facts, methods: MethodAdvice[]): OfferPlan {
  const fit = (id: MethodId): Fit => methods.find((m) => m.id === id)!.fit;
  const primary = methods[0]!.id;
  // Short gap and extension is best: one payment when the money arrives.
  if (primary === 'extension' && facts.incomeSoon && answers.incomeExpectedInDays !== null) {
    return extensionOffers(answers, facts, answers.incomeExpectedInDays);
  }
  const fallback: MethodId = primary === 'extension' ? 'instalments' : primary;
  // Nothing left monthly: ask for a hardship pause where hardship applies at all.
  const base: MethodId =
    facts.monthlyAvailableFen === 0 && fit('hardship') !== 'not_suited' ? 'hardship' : fallback;
  const waiverAsked = fit('penalty_relief') !== 'not_suited' || base === 'penalty_relief';
  return paymentOffers(answers, facts, base, waiverAsked);
}

/**
 * Whether an offer has the shape a method's script can say, with a non-zero amount owed:
 * - extension: one payment on a new due date;
 * - instalments, restructuring: monthly payments only (never "¥0 a month");
 * - penalty_relief: a settlement (then perhaps monthly payments or a pause), or monthly payments;
 * - hardship: monthly payments, or a pause until a date.
 */
function speakable(method: MethodId, o: Offer): boolean {
  if (o.total <= 0) return false;
  const settles = (o.settlement ?? 0) > 0;
  const monthly = o.monthlyPayment > 0 && o.months > 0;
  switch (method) {
    case 'extension':
      return o.extensionDays !== undefined;
    case 'instalments':
    case 'restructuring':
      return monthly && !settles;
    case 'penalty_relief':
      return settles || monthly;
    case 'hardship':
      return !settles && (monthly || o.pause === true);
  }
}

/**
 * What one method alone would propose to each lender, with the offer functions above:
 * - extension: pay in one go when the money arrives (only when its date is known);
 * - instalments, restructuring: the money left monthly split across all debts, no lump sum;
 * - penalty_relief: principal only: settlements from the lump sum, the rest monthly;
 * - hardship: reduced monthly payments, or a pause until the money is expected (else the
 *   usual review time) when nothing is left monthly.
 */
function ownProposal(answers: Answers, facts: Facts, method: MethodId): Offer[] {
  switch (method) {
    case 'extension':
      return answers.incomeExpectedInDays === null
        ? []
        : extensionOffers(answers, facts, answers.incomeExpectedInDays).offers;
    case 'instalments':
    case 'restructuring':
    case 'hardship':
      return paymentOffers(answers, facts, method, false, 0).offers;
    case 'penalty_relief':
      return paymentOffers(answers, facts, method, true).offers;
  }
}

/**
 * Adds its own proposal to each recommended or possible method that has numbers to say.
 * Where the plan's offers already use the method for some lenders, those offers are its
 * proposal, so its script and the offers table agree; otherwise it gets its own proposal.
 * Either way every proposal is part of one allocation, so its monthly total fits the budget.
 */
function methodProposals(
  answers: Answers,
  facts: Facts,
  methods: MethodAdvice[],
  planned: readonly Offer[],
): MethodAdvice[] {
  return methods.map((advice) => {
    if (advice.fit === 'not_suited') return advice;
    const inPlan = planned.filter((o) => o.method === advice.id);
    const candidates = inPlan.length > 0 ? inPlan : ownProposal(answers, facts, advice.id);
    const offers = candidates.filter((o) => speakable(advice.id, o));
    return offers.length > 0 ? { ...advice, offers } : advice;
  });
}

function buildFlags(facts: Facts, shortfallFen: number): Flag[] {
  const perDebt = facts.debts.flatMap((d, i): Flag[] => [
    // Above the 24% line: a court may cut charges above it on request (licensed lenders).
    ...(d.aprOver24 ? [{ id: 'apr_over_24' as const, debt: i }] : []),
    // Above 36%: clearly unprotected cost.
    ...(d.aprOver36 ? [{ id: 'apr_over_36' as const, debt: i }] : []),
    // Not sure the lender holds a licence.
    ...(d.unlicensed ? [{ id: 'unlicensed_lender' as const, debt: i }] : []),
    // Overdue two years or more: read about the limitation period before writing or promising.
    ...(d.old ? [{ id: 'old_debt' as const, debt: i }] : []),
  ]);
  // The money left monthly cannot meet the lenders' usual longest terms (or nothing is left).
  return shortfallFen > 0 ? [...perDebt, { id: 'budget_shortfall' }] : perDebt;
}

export function buildPlan(answers: Answers, context: PlanContext): Plan {
  if (!isIsoDate(context.today)) throw new Error(`buildPlan: today must be YYYY-MM-DD`);
  const facts = deriveFacts(answers);
  const assessed = assessMethods(answers, facts);
  const { offers, remainingFen } = planOffers(answers, facts, assessed);
  const methods = methodProposals(answers, facts, assessed, offers);

  // Shortfall: what is missing each month to clear every debt within its usual longest term.
  const monthlyNeededFen = sum(
    answers.debts.map((debt, i) => termMonthlyFen(debt, remainingFen[i]!)),
  );
  const shortfallFen = Math.max(0, monthlyNeededFen - facts.monthlyAvailableFen);
  const budget: Budget = {
    monthlyIncome: toYuan(facts.incomeFen),
    monthlyEssentials: toYuan(facts.essentialsFen),
    lumpSumAvailable: toYuan(facts.lumpSumFen),
    monthlyAvailable: toYuan(facts.monthlyAvailableFen),
    totalOutstanding: toYuan(facts.totalOutstandingFen),
    totalPenalties: toYuan(facts.totalPenaltiesFen),
    monthlyOffered: toYuan(sum(offers.map((o) => toFen(o.monthlyPayment)))),
    shortfall: toYuan(shortfallFen),
    monthlyNeeded: toYuan(monthlyNeededFen),
    lumpSumReserved: toYuan(facts.lumpSumReservedFen),
    lumpSumOffered: toYuan(sum(offers.map((o) => toFen(o.settlement ?? 0)))),
  };

  const deadline = answers.courtPaper
    ? courtDeadline(answers.courtPaper, context.today)
    : undefined;
  const lists: ListContext = {
    answers,
    facts,
    fit: (id) => methods.find((m) => m.id === id)!.fit,
    budgetShortfall: shortfallFen > 0,
    monthlyOffers: offers.some((o) => o.monthlyPayment > 0),
    ...(deadline ? { deadline } : {}),
  };

  return {
    urgent: selectUrgent(lists),
    methods,
    offers,
    budget,
    flags: buildFlags(facts, shortfallFen),
    pitfalls: selectPitfalls(lists),
    documents: selectDocuments(lists),
    legalRefs: selectLegalRefs(lists),
    channels: selectChannels(lists),
    tips: selectTips(lists),
    refusedSteps: selectRefusedSteps(lists),
    ...(deadline ? { courtDeadline: deadline } : {}),
    courtAdvice: selectCourtAdvice(lists),
  };
}
