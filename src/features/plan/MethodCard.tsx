import { useTranslation } from 'react-i18next';
import type { Answers } from '../../rules/answers';
import type { MethodAdvice, Plan } from '../../rules/plan';
import { methodValues, reasonValues, scriptTargets } from './plan-values';
import { TextBlock } from './TextBlock';

type Props = { advice: MethodAdvice; rank: number; answers: Answers; plan: Plan; from: Date };

/** One negotiation method: how well it fits, why, and what to say with this person's numbers. */
export function MethodCard({ advice, rank, answers, plan, from }: Props) {
  const { t, i18n } = useTranslation(['plan', 'methods', 'reasons', 'documents']);
  const locale = i18n.language;
  const { id, fit } = advice;
  const headingId = `method-${id}`;
  const reasons = reasonValues(answers, plan, locale, t);
  const suited = fit !== 'not_suited';
  const targets = suited ? scriptTargets(advice, answers) : [];
  return (
    <article className={`plan-card method-card method-card--${fit}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="method-card__rank">{t('plan:methods.rank', { rank })}</span>{' '}
        {t(`methods:${id}.name`)}{' '}
        <span className={`fit-badge fit-badge--${fit}`}>{t(`plan:fit.${fit}`)}</span>
      </h3>
      <p className="method-card__summary">{t(`methods:${id}.summary`)}</p>
      {advice.reasons.length > 0 && (
        <>
          <h4 className="method-card__why">{t('plan:methods.why')}</h4>
          <ul className="reasons">
            {advice.reasons.map((r) => (
              <li key={r}>{t(`reasons:${r}`, reasons)}</li>
            ))}
          </ul>
        </>
      )}
      {/* Explanations stay on screen; on paper the card keeps what is needed on the phone. */}
      <div className="no-print">
        <h4>{t('plan:methods.what_it_is')}</h4>
        <TextBlock i18nKey={`methods:${id}.what_it_is`} />
      </div>
      {suited ? (
        <>
          <h4>{t('plan:methods.script')}</h4>
          {targets.map((target, i) => {
            const values = methodValues(answers, target.debt, target.offer, from, locale);
            // A lender that has taken the person to court: say so first, then ask.
            const paper =
              answers.courtPaper?.debt === target.debt ? answers.courtPaper.paper : null;
            const script = (
              <>
                {paper && (
                  <p className="script__case">
                    {t('plan:methods.case_first', {
                      paper: t(`plan:court.paper_names.${paper}`),
                    })}
                  </p>
                )}
                <blockquote>
                  <TextBlock i18nKey={`methods:${id}.${target.key}`} values={values} />
                </blockquote>
              </>
            );
            const caption = t('plan:methods.script_for', { lender: values.lender });
            // The first lender's words are open; the others fold away on screen and are left
            // off paper, where the offers table gives each lender's numbers.
            return i === 0 ? (
              <figure className="script" key={target.debt} data-script={target.key}>
                <figcaption>{caption}</figcaption>
                {script}
              </figure>
            ) : (
              <details className="script no-print" key={target.debt} data-script={target.key}>
                <summary>{caption}</summary>
                {script}
              </details>
            );
          })}
          {targets.length > 1 && (
            <p className="print-only method-card__others">
              {t('plan:methods.script_others', { count: targets.length - 1 })}
            </p>
          )}
          <h4>{t('plan:methods.ask_in_writing')}</h4>
          <TextBlock
            i18nKey={`methods:${id}.ask_in_writing`}
            values={methodValues(answers, targets[0]?.debt ?? 0, targets[0]?.offer, from, locale)}
          />
          <div className="no-print">
            <h4>{t('plan:methods.credit_effect')}</h4>
            <TextBlock i18nKey={`methods:${id}.credit_effect`} />
          </div>
          <h4>{t('plan:methods.prepare')}</h4>
          <TextBlock i18nKey={`methods:${id}.prepare`} />
        </>
      ) : (
        <div className="method-card__not-when">
          <h4>{t('plan:methods.not_when')}</h4>
          <TextBlock i18nKey={`methods:${id}.not_when`} />
        </div>
      )}
    </article>
  );
}
