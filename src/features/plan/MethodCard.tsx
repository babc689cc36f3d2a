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
  return (
    <article className={`plan-card method-card method-card--${fit}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="method-card__rank">{t('plan:methods.rank', { rank })}</span>{' '}
        {t(`methods:${id}.name`)}{' '}
        <span className={`fit-badge fit-badge--${fit}`}>{t(`plan:fit.${fit}`)}</span>
      </h3>
      <p>{t(`methods:${id}.summary`)}</p>
      {advice.reasons.length > 0 && (
        <>
          <h4>{t('plan:methods.why')}</h4>
          <ul className="reasons">
            {advice.reasons.map((r) => (
              <li key={r}>{t(`reasons:${r}`, reasons)}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('plan:methods.what_it_is')}</h4>
      <TextBlock i18nKey={`methods:${id}.what_it_is`} />
      {suited ? (
        <>
          <h4>{t('plan:methods.script')}</h4>
          {scriptTargets(id, plan, answers).map((debt, i) => {
            const values = methodValues(answers, plan, debt, from, locale);
            const script = (
              <blockquote>
                <TextBlock i18nKey={`methods:${id}.script`} values={values} />
              </blockquote>
            );
            const caption = t('plan:methods.script_for', { lender: values.lender });
            // The first lender's words are open; the others fold away on screen (opened to print).
            return i === 0 ? (
              <figure className="script" key={debt}>
                <figcaption>{caption}</figcaption>
                {script}
              </figure>
            ) : (
              <details className="script" key={debt}>
                <summary>{caption}</summary>
                {script}
              </details>
            );
          })}
          <h4>{t('plan:methods.ask_in_writing')}</h4>
          <TextBlock
            i18nKey={`methods:${id}.ask_in_writing`}
            values={methodValues(
              answers,
              plan,
              scriptTargets(id, plan, answers)[0] ?? 0,
              from,
              locale,
            )}
          />
          <h4>{t('plan:methods.credit_effect')}</h4>
          <TextBlock i18nKey={`methods:${id}.credit_effect`} />
          <h4>{t('plan:methods.prepare')}</h4>
          <TextBlock i18nKey={`methods:${id}.prepare`} />
        </>
      ) : (
        <>
          <h4>{t('plan:methods.not_when')}</h4>
          <TextBlock i18nKey={`methods:${id}.not_when`} />
        </>
      )}
    </article>
  );
}
