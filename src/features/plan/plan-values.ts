/**
 * The numbers the plan's content text needs, formatted for the reader's locale. Placeholder
 * names follow src/content/placeholders.ts: reasons get the situation's totals, method scripts
 * get one lender's proposal under that method (MethodAdvice.offers), never another method's. Money goes in already formatted through Intl.
 */
import type { TFunction } from 'i18next';
import type { Answers } from '../../rules/answers';
import type { MethodId } from '../../rules/ids';
import type { MethodAdvice, Offer, Plan } from '../../rules/plan';
import type { MethodScriptKey } from '../../content/schema-advice';
import { addDays, formatDate, formatDays, formatList, formatMoney } from '../../lib/format';

const EVIDENCE_DOCUMENT: Record<Answers['evidence'][number], string> = {
  medical: 'medical_records',
  job_loss_proof: 'job_loss_proof',
  income_proof: 'income_proof',
  family_event_proof: 'family_event_proof',
  disaster_proof: 'disaster_proof',
};

export function reasonValues(answers: Answers, plan: Plan, locale: string, t: TFunction) {
  const money = (n: number) => formatMoney(n, locale);
  return {
    days: formatDays(answers.incomeExpectedInDays ?? 0, locale),
    available: money(plan.budget.monthlyAvailable),
    lump_sum: money(answers.lumpSumAvailable),
    total: money(plan.budget.totalOutstanding),
    penalties: money(plan.budget.totalPenalties),
    count: answers.debts.length,
    max_overdue: formatDays(Math.max(0, ...answers.debts.map((d) => d.overdueDays)), locale),
    evidence: formatList(
      answers.evidence.map((e) => t(`documents:${EVIDENCE_DOCUMENT[e]}.title`)),
      locale,
    ),
  };
}

/** One script to show: the lender it is for, the method's proposal to it, and which text. */
export type ScriptTarget = { debt: number; offer?: Offer; key: MethodScriptKey };

/**
 * Which script fits a proposal: the one whose numbers the offer has, else the one with no
 * numbers, so a script never says "¥0 a month" or "0 payments".
 */
export function scriptKey(method: MethodId, offer: Offer | undefined): MethodScriptKey {
  if (!offer || offer.total <= 0) return 'script_no_numbers';
  const settles = (offer.settlement ?? 0) > 0;
  const monthly = offer.monthlyPayment > 0 && offer.months > 0;
  const pause = offer.pause === true;
  switch (method) {
    case 'extension':
      return offer.extensionDays !== undefined ? 'script' : 'script_no_numbers';
    case 'instalments':
    case 'restructuring':
      return monthly && !settles ? 'script' : 'script_no_numbers';
    case 'penalty_relief':
      if (settles && monthly) return 'script_settlement_instalments';
      if (settles && pause) return 'script_settlement_pause';
      if (settles) return 'script';
      return monthly ? 'script_instalments' : 'script_no_numbers';
    case 'hardship':
      if (settles) return 'script_no_numbers';
      if (monthly) return 'script';
      return pause ? 'script_pause' : 'script_no_numbers';
  }
}

/**
 * The lenders a method's script is written for: each one its own proposal covers (first
 * debt first), else the largest debt, with the script that asks without numbers.
 */
export function scriptTargets(advice: MethodAdvice, answers: Answers): ScriptTarget[] {
  const offers = advice.offers ?? [];
  if (offers.length > 0) {
    return offers.map((offer) => ({ debt: offer.debt, offer, key: scriptKey(advice.id, offer) }));
  }
  let largest = 0;
  answers.debts.forEach((d, i) => {
    if (d.outstanding > (answers.debts[largest]?.outstanding ?? 0)) largest = i;
  });
  return [{ debt: largest, key: 'script_no_numbers' }];
}

export function offerFor(plan: Plan, debt: number): Offer | undefined {
  return plan.offers.find((o) => o.debt === debt);
}

/** The date an offer proposes: the new due date of an extension, else the first payment. */
export function offerDueDays(offer: Offer): number {
  return offer.method === 'extension' && offer.extensionDays !== undefined
    ? offer.extensionDays
    : offer.firstPaymentInDays;
}

/** The values of a method's script for one debt, from the method's own proposal to it. */
export function methodValues(
  answers: Answers,
  debtIndex: number,
  offer: Offer | undefined,
  from: Date,
  locale: string,
) {
  const debt = answers.debts[debtIndex];
  const money = (n: number) => formatMoney(n, locale);
  const firstDays = offer?.firstPaymentInDays ?? 0;
  const dueDays = offer ? offerDueDays(offer) : 0;
  return {
    lender: debt?.name ?? '',
    outstanding: money(debt?.outstanding ?? 0),
    monthly: money(offer?.monthlyPayment ?? 0),
    months: offer?.months ?? 0,
    first_date: formatDate(addDays(from, firstDays), locale),
    new_date: formatDate(addDays(from, dueDays), locale),
    settlement: money(offer?.settlement ?? 0),
    days: formatDays(offer?.extensionDays ?? dueDays, locale),
  };
}
