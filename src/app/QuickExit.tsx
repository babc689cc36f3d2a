import { useId } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { clearAllAppData, useClearOnExitStore } from '../store/clear-data';
import { hideForQuickExit } from '../store/device-data';
import { cover } from '../store/cover-store';
import { useSettingsNotice } from '../store/settings-notice';
import { Checkbox } from '../ui/Checkbox';
import { QUICK_EXIT_URL } from './early-input';

export { QUICK_EXIT_URL } from './early-input';

/**
 * Leaves the app at once. Before it goes, the device is marked hidden (src/store/device-data.ts)
 * and the page is covered, so that no way back (Back, Forward, the history, a restored tab, the
 * back-forward cache) shows anything but the cover; everything is cleared first if so chosen.
 */
export function quickExit() {
  const clear = useClearOnExitStore.getState().clearOnExit;
  if (clear) clearAllAppData();
  hideForQuickExit(clear);
  // On screen before the page goes: a page kept in the back-forward cache shows only this.
  flushSync(cover);
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
  const notSaved = useSettingsNotice((s) => s.notSaved);
  return (
    <>
      <Checkbox
        id={id}
        label={t('quick_exit_option.label')}
        hint={t('quick_exit_option.hint')}
        checked={clearOnExit}
        onChange={(on) => void setClearOnExit(on)}
      />
      {/* Not role="status": pages keep that for their own status line. */}
      <p className="quick-exit-option__status" aria-live="polite">
        {notSaved?.setting === 'clear_on_exit' &&
          t(`settings.not_saved.clear_on_exit_${notSaved.reason}`)}
      </p>
    </>
  );
}
