import { useTranslation } from 'react-i18next';
import type { Answers } from '../../rules/answers';
import type { Plan } from '../../rules/plan';
import { formatMoney } from '../../lib/format';
import { scriptTargets } from './plan-values';

type Props = { answers: Answers; plan: Plan };

/**
 * The plan at a glance, before everything else: what to do first, which method to ask for,
 * the money there is each month, what is owed, and the one next step. Every figure and id
 * comes from the Plan as it is; the order of urgent actions and methods is the plan's own.
 */
export function PlanOverview({ answers, plan }: Props) {
  const { t, i18n } = useTranslation(['plan', 'methods', 'urgent']);
  const locale = i18n.language;
  const money = (n: number) => formatMoney(n, locale);
  const { budget } = plan;
  const firstUrgent = plan.urgent[0];
  const firstMethod = plan.methods[0];
  const suited = firstMethod !== undefined && firstMethod.fit !== 'not_suited';
  const target = suited ? scriptTargets(firstMethod, answers)[0] : undefined;
  const lender = target === undefined ? '' : (answers.debts[target.debt]?.name ?? '');
  const method = firstMethod ? t(`methods:${firstMethod.id}.name`) : '';
  // Answering the court means something different at each stage: say what it is at this one.
  const courtStage = answers.legal;
  const urgent = !firstUrgent
    ? ''
    : firstUrgent === 'answer_court' &&
        i18n.exists(`plan:overview.urgent_short_court.${courtStage}`)
      ? t(`plan:overview.urgent_short_court.${courtStage}`)
      : t(`plan:overview.urgent_short.${firstUrgent}`);
  const nothingLeft = budget.monthlyAvailable <= 0;
  const pause = nothingLeft && plan.offers.some((o) => o.pause === true);

  let nextStep: string;
  if (suited && firstUrgent) {
    nextStep = t('plan:overview.next.urgent_then_method', { urgent, lender, method });
  } else if (suited) {
    nextStep = t('plan:overview.next.method', { lender, method });
  } else if (firstUrgent) {
    nextStep = t('plan:overview.next.urgent_then_help', { urgent });
  } else {
    nextStep = t('plan:overview.next.help');
  }

  return (
    <section className="plan-overview" aria-labelledby="plan-overview">
      <h2 id="plan-overview" tabIndex={-1}>
        {t('plan:overview.title')}
      </h2>
      <dl className="plan-overview__facts">
        {firstUrgent && (
          <div data-fact="urgent">
            <dt>{t('plan:overview.urgent_label')}</dt>
            <dd>
              {t('plan:overview.urgent', {
                count: plan.urgent.length,
                title: t(`urgent:${firstUrgent}.title`),
              })}
            </dd>
          </div>
        )}
        {firstMethod && (
          <div data-fact="method">
            <dt>{t('plan:overview.method_label')}</dt>
            <dd>
              {method}{' '}
              <span className={`fit-badge fit-badge--${firstMethod.fit}`}>
                {t(`plan:fit.${firstMethod.fit}`)}
              </span>
            </dd>
          </div>
        )}
        <div data-fact="monthly">
          <dt>{t('plan:overview.monthly_label')}</dt>
          <dd>
            {nothingLeft
              ? t(pause ? 'plan:overview.monthly_pause' : 'plan:overview.monthly_none')
              : t('plan:overview.monthly', { amount: money(budget.monthlyAvailable) })}
          </dd>
        </div>
        <div data-fact="debts">
          <dt>{t('plan:overview.debts_label')}</dt>
          <dd>
            {t('plan:overview.debts', {
              count: answers.debts.length,
              total: money(budget.totalOutstanding),
            })}
          </dd>
        </div>
        <div data-fact="next" className="plan-overview__next">
          <dt>{t('plan:overview.next_label')}</dt>
          <dd>{nextStep}</dd>
        </div>
      </dl>
    </section>
  );
}
