import { useTranslation } from 'react-i18next';
import type { LegalRefId } from '../../rules/ids';
import { formatDate } from '../../lib/format';
import { dateOf } from '../../lib/today';
import { isHttpsUrl, isSearchEntry, legalRef } from './legal-ref';

/**
 * One legal reference: its title and plain explanation from content/<locale>/legal.json, the
 * provision's own Chinese text from content/legal/refs.json — quoted as the law only when it
 * is VERIFIED-REPO, and marked "as reported" when it comes from a secondary source.
 */
export function LegalRefCard({ id }: { id: LegalRefId }) {
  const { t, i18n } = useTranslation(['tools', 'legal', 'plan']);
  const day = (iso: string) => formatDate(dateOf(iso), i18n.language);
  const ref = legalRef(id);
  const headingId = `legal-${id}`;
  return (
    <article className="tool-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`legal:${id}.title`)}</h3>
      {ref && (
        <p lang="zh-CN">
          {t('tools:true_cost.legal.cite', { law: ref.law, article: ref.article })}
        </p>
      )}
      {ref?.label === 'VERIFIED-REPO' && (
        <figure className="tool-quote">
          <figcaption>{t('tools:true_cost.legal.statute_text')}</figcaption>
          <blockquote lang="zh-CN">{ref.text}</blockquote>
        </figure>
      )}
      {ref?.label === 'VERIFIED-SECONDARY' && ref.reported_text && (
        <figure className="tool-quote">
          <figcaption>{t('tools:true_cost.legal.reported_text')}</figcaption>
          <blockquote lang="zh-CN">{ref.reported_text}</blockquote>
        </figure>
      )}
      <p>{t(`legal:${id}.explanation`)}</p>
      {ref && (
        <dl className="tool-meta">
          <dt>{t('tools:true_cost.legal.issuer')}</dt>
          <dd lang="zh-CN">{[ref.issuer, ref.version].filter(Boolean).join(' ')}</dd>
          {ref.effective && (
            <>
              <dt>
                {ref.date_kind === 'issued'
                  ? t('plan:legal.issued')
                  : t('tools:true_cost.legal.effective')}
              </dt>
              <dd>{ref.effective}</dd>
            </>
          )}
          <dt>
            {isSearchEntry(ref.source)
              ? t('plan:legal.source_search')
              : t('tools:true_cost.legal.source')}
          </dt>
          <dd>
            {isHttpsUrl(ref.source) ? (
              <a href={ref.source} rel="noopener noreferrer" target="_blank">
                {ref.source}
              </a>
            ) : (
              ref.source
            )}
            {isSearchEntry(ref.source) && <> {t('plan:legal.source_search_note')}</>}
          </dd>
        </dl>
      )}
      {ref && (
        <p className="tool-muted">
          {t(`plan:legal.labels.${ref.label}`, {
            snapshot: ref.label === 'VERIFIED-REPO' ? day(ref.mirror_snapshot) : '',
          })}{' '}
          {t('plan:legal.verified_on', { date: day(ref.verified) })}
        </p>
      )}
    </article>
  );
}
