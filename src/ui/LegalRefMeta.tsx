import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format';
import { isSearchEntry } from '../lib/source-url';
import { dateOf } from '../lib/today';

/** What a legal reference says about itself (content/legal/refs.json), as the page shows it. */
export type LegalRefFacts = {
  issuer: string;
  version?: string;
  effective?: string;
  date_kind?: 'issued';
  source: string;
  label: 'VERIFIED-REPO' | 'VERIFIED-SECONDARY';
  verified: string;
  mirror_snapshot?: string;
};

/** Only https addresses are made clickable. */
function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A reference's issuer, text version, date (in force or 印发日期), source and how it was
 * checked: against a mirror of the national database on a given day, or from reports. A source
 * that is a site's home page is called a place to look the provision up, not a link to it.
 * One component for the plan and the tools pages, so they say the same (text: plan.json).
 */
export function LegalRefMeta({ facts, className }: { facts: LegalRefFacts; className: string }) {
  const { t, i18n } = useTranslation('plan');
  const day = (iso: string) => formatDate(dateOf(iso), i18n.language);
  const searchEntry = isSearchEntry(facts.source);
  return (
    <dl className={className}>
      <dt>{t('plan:legal.issuer')}</dt>
      <dd lang="zh-CN">{facts.issuer}</dd>
      {facts.version && (
        <>
          <dt>{t('plan:legal.version')}</dt>
          <dd lang="zh-CN">{facts.version}</dd>
        </>
      )}
      {facts.effective && (
        <>
          <dt>
            {facts.date_kind === 'issued' ? t('plan:legal.issued') : t('plan:legal.effective')}
          </dt>
          <dd>{facts.effective}</dd>
        </>
      )}
      <dt>{searchEntry ? t('plan:legal.source_search') : t('plan:legal.source')}</dt>
      <dd>
        {isHttps(facts.source) ? (
          <a href={facts.source} rel="noopener noreferrer" target="_blank">
            {facts.source}
          </a>
        ) : (
          facts.source
        )}
        {searchEntry && <> {t('plan:legal.source_search_note')}</>}
      </dd>
      <dt>{t('plan:legal.status')}</dt>
      <dd>
        {t(`plan:legal.labels.${facts.label}`, {
          snapshot: facts.mirror_snapshot ? day(facts.mirror_snapshot) : '',
        })}{' '}
        {t('plan:legal.verified_on', { date: day(facts.verified) })}
      </dd>
    </dl>
  );
}
