import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation('app');
  return (
    <p className="page-loading" role="status">
      {t('loading')}
    </p>
  );
}
