import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../rules/answers';
import type { Plan } from '../../rules/plan';
import { addDays, formatDate, formatMoney, formatNumber } from '../../lib/format';
import { offerDueDays } from './plan-values';

type Props = { answers: Answers; plan: Plan; from: Date };

/** One row per lender: what to propose, how much a month, for how long, from when. */
export function OffersTable({ answers, plan, from }: Props) {
  const { t, i18n } = useTranslation(['plan', 'methods']);
  const locale = i18n.language;
  const captionId = useId();
  const money = (n: number) => formatMoney(n, locale);
  const monthlyTotal = plan.offers.reduce((s, o) => s + o.monthlyPayment, 0);
  const total = plan.offers.reduce((s, o) => s + o.total, 0);
  return (
    // Focusable so keyboard users can scroll it sideways on narrow screens.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="offers-table">
        <caption id={captionId}>{t('plan:offers.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan:offers.lender')}</th>
            <th scope="col">{t('plan:offers.method')}</th>
            <th scope="col">{t('plan:offers.monthly')}</th>
            <th scope="col">{t('plan:offers.months')}</th>
            <th scope="col">{t('plan:offers.first_date')}</th>
            <th scope="col">{t('plan:offers.total')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.offers.map((offer) => {
            const isExtension = offer.method === 'extension' && offer.months === 0;
            const date = formatDate(addDays(from, offerDueDays(offer)), locale);
            let monthly = money(offer.monthlyPayment);
            let months = formatNumber(offer.months, locale);
            let when = date;
            if (offer.pause) {
              monthly = t('plan:offers.pause');
              months = t('plan:offers.no_months');
              when = t('plan:offers.review_date', { date });
            } else if (isExtension) {
              monthly = t('plan:offers.one_off');
              months = t('plan:offers.no_months');
            }
            if (offer.method === 'extension') when = t('plan:offers.new_date', { date });
            return (
              <tr key={offer.debt}>
                <th scope="row">{answers.debts[offer.debt]?.name}</th>
                <td>{t(`methods:${offer.method}.name`)}</td>
                <td className={offer.pause || isExtension ? undefined : 'money'}>{monthly}</td>
                <td>{months}</td>
                <td>{when}</td>
                <td>
                  <span className="money">{money(offer.total)}</span>
                  {offer.settlement !== undefined && offer.settlement > 0 && (
                    <span className="offers-table__note">
                      {t('plan:offers.settlement', { amount: money(offer.settlement) })}
                    </span>
                  )}
                  {offer.leftAfterTerm !== undefined && offer.leftAfterTerm > 0 && (
                    <span className="offers-table__note">
                      {t('plan:offers.left_after_term', { amount: money(offer.leftAfterTerm) })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('plan:offers.totals')}</th>
            <td />
            <td className="money">{money(monthlyTotal)}</td>
            <td />
            <td />
            <td className="money">{money(total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
