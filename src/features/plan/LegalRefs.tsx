import { useTranslation } from 'react-i18next';
import type { LegalRefId } from '../../rules/ids';
import { LegalRefMeta } from '../../ui/LegalRefMeta';
import { legalRef } from './legal-refs';

/** Each law: its own words in Chinese (quoted only when verified), then what it means here. */
export function LegalRefs({ ids }: { ids: LegalRefId[] }) {
  const { t } = useTranslation(['plan', 'legal']);
  return (
    <div className="legal-refs">
      {ids.map((id) => {
        const ref = legalRef(id);
        const headingId = `legal-${id}`;
        return (
          <article className="plan-card legal-ref" key={id} aria-labelledby={headingId}>
            <h3 id={headingId}>{t(`legal:${id}.title`)}</h3>
            {ref && (
              <p className="legal-ref__cite" lang="zh-CN">
                {t('plan:legal.cite', { law: ref.law, article: ref.article })}
              </p>
            )}
            {ref?.text && ref.label === 'VERIFIED-REPO' && (
              <blockquote className="legal-ref__text" lang="zh-CN">
                {ref.text}
              </blockquote>
            )}
            <p>
              <strong>{t('plan:legal.explanation_label')}</strong> {t(`legal:${id}.explanation`)}
            </p>
            {ref && <LegalRefMeta facts={ref} className="legal-ref__meta" />}
          </article>
        );
      })}
    </div>
  );
}
