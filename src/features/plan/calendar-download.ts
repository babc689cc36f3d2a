import type { TFunction } from 'i18next';
import type { Answers } from '../../rules/answers';
import type { Plan } from '../../rules/plan';
import { createIcs, downloadFile, planReminders } from '../../lib/calendar';
import { formatDate, formatMoney } from '../../lib/format';
import { offerFor } from './plan-values';

export const ICS_FILE_NAME = 'repayment-plan.ics';

/** The plan's dates as calendar text; neutral titles, lender names only when wanted. */
export async function planIcs(
  answers: Answers,
  plan: Plan,
  from: Date,
  options: { includeNames: boolean; locale: string; t: TFunction },
): Promise<string> {
  const { t, locale, includeNames } = options;
  const entries = planReminders(plan, from).map((r) => {
    const offer = offerFor(plan, r.debt);
    const lender = includeNames
      ? (answers.debts[r.debt]?.name ?? '')
      : t('plan:shared.lender_label', { n: r.debt + 1 });
    if (r.kind === 'court_deadline') {
      const paper = plan.courtDeadline?.paper ?? 'payment_order';
      return {
        date: r.date,
        title: t('plan:calendar.title.court_deadline'),
        description: t('plan:calendar.description.court_deadline', {
          lender,
          paper: t(`plan:court.paper_names.${paper}`),
          date: formatDate(r.date, locale),
        }),
        ...(r.alarmsDaysBefore ? { alarmsDaysBefore: r.alarmsDaysBefore } : {}),
      };
    }
    const amount = formatMoney(
      r.kind === 'new_due_date'
        ? (offer?.total ?? 0)
        : ((offer?.settlement || offer?.monthlyPayment) ?? 0),
      locale,
    );
    return {
      date: r.date,
      title: t(`plan:calendar.title.${r.kind}`),
      description: t(`plan:calendar.description.${r.kind}`, { lender, amount }),
    };
  });
  return createIcs(entries);
}

export async function downloadPlanIcs(...args: Parameters<typeof planIcs>): Promise<void> {
  downloadFile(ICS_FILE_NAME, await planIcs(...args), 'text/calendar;charset=utf-8');
}
