/**
 * The numbers the plan's content text needs, formatted for the reader's locale. Placeholder
 * names follow src/content/placeholders.ts: reasons get the situation's totals, method scripts
 * get one lender's offer. Money goes in already formatted through Intl.
 */
import type { TFunction } from 'i18next';
import type { Answers } from '../../rules/answers';
import type { MethodId } from '../../rules/ids';
import type { Offer, Plan } from '../../rules/plan';
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

/** The lenders a method's script is written for: those whose offer uses it, else the largest. */
export function scriptTargets(method: MethodId, plan: Plan, answers: Answers): number[] {
  const own = plan.offers.filter((o) => o.method === method).map((o) => o.debt);
  if (own.length > 0) return own;
  let largest = 0;
  answers.debts.forEach((d, i) => {
    if (d.outstanding > (answers.debts[largest]?.outstanding ?? 0)) largest = i;
  });
  return [largest];
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

export function methodValues(
  answers: Answers,
  plan: Plan,
  debtIndex: number,
  from: Date,
  locale: string,
) {
  const debt = answers.debts[debtIndex];
  const offer = offerFor(plan, debtIndex);
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
    settlement: money(offer?.settlement ?? debt?.outstanding ?? 0),
    penalties: money(debt?.penalties ?? 0),
    days: formatDays(offer?.extensionDays ?? dueDays, locale),
  };
}
