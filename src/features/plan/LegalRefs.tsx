import { useTranslation } from 'react-i18next';
import type { LegalRefId } from '../../rules/ids';
import { formatDate } from '../../lib/format';
import { dateOf } from '../../lib/today';
import { isSafeSourceUrl, isSearchEntry, legalRef } from './legal-refs';

/** Each law: its own words in Chinese (quoted only when verified), then what it means here. */
export function LegalRefs({ ids }: { ids: LegalRefId[] }) {
  const { t, i18n } = useTranslation(['plan', 'legal']);
  const day = (iso: string) => formatDate(dateOf(iso), i18n.language);
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
            {ref && (
              <dl className="legal-ref__meta">
                <dt>{t('plan:legal.issuer')}</dt>
                <dd lang="zh-CN">{ref.issuer}</dd>
                {ref.version && (
                  <>
                    <dt>{t('plan:legal.version')}</dt>
                    <dd lang="zh-CN">{ref.version}</dd>
                  </>
                )}
                {ref.effective && (
                  <>
                    <dt>
                      {ref.date_kind === 'issued'
                        ? t('plan:legal.issued')
                        : t('plan:legal.effective')}
                    </dt>
                    <dd>{ref.effective}</dd>
                  </>
                )}
                <dt>
                  {isSearchEntry(ref.source)
                    ? t('plan:legal.source_search')
                    : t('plan:legal.source')}
                </dt>
                <dd>
                  {isSafeSourceUrl(ref.source) ? (
                    <a href={ref.source} rel="noopener noreferrer" target="_blank">
                      {ref.source}
                    </a>
                  ) : (
                    ref.source
                  )}
                  {isSearchEntry(ref.source) && <> {t('plan:legal.source_search_note')}</>}
                </dd>
                <dt>{t('plan:legal.status')}</dt>
                <dd>
                  {t(`plan:legal.labels.${ref.label}`, {
                    snapshot: ref.mirror_snapshot ? day(ref.mirror_snapshot) : '',
                  })}{' '}
                  {t('plan:legal.verified_on', { date: day(ref.verified) })}
                </dd>
              </dl>
            )}
          </article>
        );
      })}
    </div>
  );
}
