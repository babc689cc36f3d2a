import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation('app');
  const headingRef = usePageTitle(t('not_found.title'));
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('not_found.title')}
      </h1>
      <p>{t('not_found.body')}</p>
      <Link className="button" to="/">
        {t('not_found.home')}
      </Link>
    </>
  );
}
