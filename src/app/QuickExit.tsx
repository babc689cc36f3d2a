import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { clearAllAppData, useClearOnExitStore } from '../store/clear-data';
import { Checkbox } from '../ui/Checkbox';
import { QUICK_EXIT_URL } from './early-input';

export { QUICK_EXIT_URL } from './early-input';

/** Leaves the app at once, clearing everything first if the user chose so. */
export function quickExit() {
  if (useClearOnExitStore.getState().clearOnExit) clearAllAppData();
  window.location.replace(QUICK_EXIT_URL);
}

export function QuickExit() {
  const { t } = useTranslation('app');
  return (
    <button type="button" className="quick-exit" onClick={quickExit}>
      {t('quick_exit')}
    </button>
  );
}

/** The choice, remembered on this device, to clear everything when quick exit is used. */
export function QuickExitOption() {
  const { t } = useTranslation('app');
  const id = useId();
  const clearOnExit = useClearOnExitStore((s) => s.clearOnExit);
  const setClearOnExit = useClearOnExitStore((s) => s.setClearOnExit);
  return (
    <Checkbox
      id={id}
      label={t('quick_exit_option.label')}
      checked={clearOnExit}
      onChange={setClearOnExit}
    />
  );
}
