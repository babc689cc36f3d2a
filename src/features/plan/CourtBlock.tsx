import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../rules/answers';
import type { CourtDeadline, Plan } from '../../rules/plan';
import { formatDate } from '../../lib/format';
import { dateOf } from '../../lib/today';
import { deadlineHeadline } from '../../ui/deadline-headline';

type Props = {
  answers: Answers;
  plan: Plan;
  /** Where to answer or change the court-paper questions (the owner's plan only). */
  changePath?: string;
};

/** Which basis text explains how the last day was found. */
function basisKey(d: CourtDeadline | undefined): string {
  if (!d) return 'no_paper';
  if (d.basis === 'notice') return 'notice';
  if (d.basis === 'statute') return `statute_${d.paper}`;
  return d.statuteDays !== undefined ? 'none_statute' : 'none_notice';
}

/**
 * The plan's first block at a court stage: which paper, from which lender, the exact last day
 * and the days left ("支付令异议截止：2026年12月13日（还有 10 天）"), how that day was found, and
 * what to do at this stage (Plan.courtAdvice). Every date and count comes from Plan.courtDeadline.
 */
export function CourtBlock({ answers, plan, changePath }: Props) {
  const { t, i18n } = useTranslation(['plan', 'court']);
  const locale = i18n.language;
  const d = plan.courtDeadline;
  if (!d && plan.courtAdvice.length === 0) return null;
  const day = (iso: string) => formatDate(dateOf(iso), locale);

  const headline = deadlineHeadline(t, d, locale);
  const lender = d ? (answers.debts[d.debt]?.name ?? '') : '';
  const letter =
    d?.paper === 'payment_order'
      ? answers.courtPaper?.disputes === 'yes'
        ? 'payment_order_objection'
        : 'payment_order_explained'
      : d?.paper === 'complaint' || (!d && answers.legal === 'sued')
        ? 'defence_outline'
        : undefined;
  const letterPath =
    letter === 'defence_outline' ? '/letters/defence_outline' : '/letters/payment_order_objection';

  return (
    <section
      className="plan-section plan-court notice notice--urgent"
      aria-labelledby="plan-court"
      data-status={d?.status ?? 'unknown'}
    >
      <p className="plan-court__kicker">{t('plan:court.title')}</p>
      <h2 id="plan-court" tabIndex={-1} className="plan-court__headline">
        {headline}
      </h2>
      {d && (
        <dl className="plan-court__facts">
          <div>
            <dt>{t('plan:court.facts.paper')}</dt>
            <dd>{t(`plan:court.paper_names.${d.paper}`)}</dd>
          </div>
          <div>
            <dt>{t('plan:court.facts.lender')}</dt>
            <dd>{lender}</dd>
          </div>
          <div>
            <dt>{t('plan:court.facts.received')}</dt>
            <dd>{d.receivedOn ? day(d.receivedOn) : t('plan:court.facts.received_unknown')}</dd>
          </div>
          <div>
            <dt>{t('plan:court.facts.last_day')}</dt>
            <dd>{d.lastDay ? day(d.lastDay) : t('plan:court.facts.last_day_unknown')}</dd>
          </div>
        </dl>
      )}
      <p>{t(`plan:court.basis.${basisKey(d)}`)}</p>
      {changePath && (
        <p className="no-print" data-owner-only>
          <Link to={changePath}>
            {d ? t('plan:court.change_link') : t('plan:court.answer_link')}
          </Link>
        </p>
      )}
      {plan.courtAdvice.map((id) => (
        <div className="plan-court__advice" key={id} data-advice={id}>
          <h3>{t(`court:${id}.title`)}</h3>
          <p>{t(`court:${id}.body`)}</p>
          <ol>
            {(t(`court:${id}.steps`, { returnObjects: true }) as string[]).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
      ))}
      {letter && (
        <p className="no-print">
          <Link className="button button--secondary" to={`${letterPath}?debt=${d?.debt ?? 0}`}>
            {t(`plan:court.letters.${letter}`)}
          </Link>
        </p>
      )}
    </section>
  );
}
