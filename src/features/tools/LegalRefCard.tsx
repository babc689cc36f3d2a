import { useTranslation } from 'react-i18next';
import type { LegalRefId } from '../../rules/ids';
import { LegalRefMeta } from '../../ui/LegalRefMeta';
import { legalRef } from './legal-ref';

/**
 * One legal reference: its title and plain explanation from content/<locale>/legal.json, the
 * provision's own Chinese text from content/legal/refs.json — quoted as the law only when it
 * is VERIFIED-REPO, and marked "as reported" when it comes from a secondary source.
 */
export function LegalRefCard({ id }: { id: LegalRefId }) {
  const { t } = useTranslation(['tools', 'legal', 'plan']);
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
      {ref && <LegalRefMeta facts={ref} className="tool-meta" />}
    </article>
  );
}
