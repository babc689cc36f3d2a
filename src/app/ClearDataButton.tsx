import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { clearAllAppData } from '../store/clear-data';

export function ClearDataButton() {
  const { t } = useTranslation('app');
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        if (window.confirm(t('clear_data.confirm'))) {
          clearAllAppData();
          void navigate('/');
        }
      }}
    >
      {t('clear_data.button')}
    </button>
  );
}
