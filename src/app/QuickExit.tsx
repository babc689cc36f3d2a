import { useTranslation } from 'react-i18next';

/** A neutral page outside the app's history: nothing about debts is left on screen. */
export const QUICK_EXIT_URL = 'about:blank';

export function QuickExit() {
  const { t } = useTranslation('app');
  return (
    <button
      type="button"
      className="quick-exit"
      onClick={() => {
        window.location.replace(QUICK_EXIT_URL);
      }}
    >
      {t('quick_exit')}
    </button>
  );
}
