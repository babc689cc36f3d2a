import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAnswersStore } from '../store/answers-store';
import { useLogStore } from '../store/log-store';
import type { AppLocationState } from './ClearDataButton';

/**
 * Says once, plainly, what happened to the data kept on this device: saved answers or log
 * entries that could not be read in full, saving that does not work here, or a finished clear.
 * One live region holds all of it, so each message is announced when it appears.
 */
export function StorageNotice() {
  const { t } = useTranslation('app');
  const location = useLocation();
  const answersNotice = useAnswersStore((s) => s.storageNotice);
  const dismissAnswers = useAnswersStore((s) => s.dismissNotice);
  const resetAnswers = useAnswersStore((s) => s.reset);
  const logNotice = useLogStore((s) => s.storageNotice);
  const dismissLog = useLogStore((s) => s.dismissNotice);
  const clearLog = useLogStore((s) => s.clear);
  const cleared = (location.state as AppLocationState)?.appStatus === 'data_cleared';

  useEffect(() => {
    // After a clear the start page may already be showing (no remount), so focus its heading here.
    if (cleared) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [cleared, location.key]);

  return (
    // A polite live region that is always there, so each message is announced when it appears;
    // not role="status", which pages keep for their own status line.
    <div aria-live="polite" className="no-print">
      {cleared && (
        <div className="notice">
          <p>{t('clear_data.done')}</p>
        </div>
      )}
      {answersNotice !== 'none' && (
        <div className="notice notice--warning">
          <p>{t(`storage.${answersNotice}`)}</p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={dismissAnswers}>
              {t('storage.keep')}
            </button>
            {answersNotice !== 'write_failed' && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  resetAnswers();
                  dismissAnswers();
                }}
              >
                {t('storage.start_over')}
              </button>
            )}
          </div>
        </div>
      )}
      {logNotice !== 'none' && (
        <div className="notice notice--warning">
          <p>{t(`storage.log_${logNotice}`)}</p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={dismissLog}>
              {t('storage.keep')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                clearLog();
                dismissLog();
              }}
            >
              {t('storage.log_start_over')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
