import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAnswersStore } from '../store/answers-store';
import { useLogStore } from '../store/log-store';
import type { StorageNoticeKind } from '../store/saved-record';
import { useSettingsNotice } from '../store/settings-notice';
import type { AppLocationState } from './ClearDataButton';

/**
 * Says, plainly, what happened to the data kept on this device: saved answers or log entries
 * that could not be read in full (kept aside, with a way to delete them), data saved by a newer
 * version (left untouched; reload), a browser that keeps nothing, a save that failed, a setting
 * that will not be remembered, or a finished clear. One live region holds all of it, so each
 * message is announced when it appears.
 */
export function StorageNotice() {
  const { t } = useTranslation('app');
  const location = useLocation();
  const answers = useAnswersStore((s) => s.storageNotice);
  const answersDamaged = useAnswersStore((s) => s.damagedKept);
  const dismissAnswers = useAnswersStore((s) => s.dismissNotice);
  const deleteDamagedAnswers = useAnswersStore((s) => s.deleteDamaged);
  const log = useLogStore((s) => s.storageNotice);
  const logDamaged = useLogStore((s) => s.damagedKept);
  const dismissLog = useLogStore((s) => s.dismissNotice);
  const deleteDamagedLog = useLogStore((s) => s.deleteDamaged);
  const setting = useSettingsNotice((s) => s.notSaved);
  const dismissSetting = useSettingsNotice((s) => s.dismiss);
  const cleared = (location.state as AppLocationState)?.appStatus === 'data_cleared';

  useEffect(() => {
    // After a clear the start page may already be showing (no remount), so focus its heading here.
    if (cleared) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [cleared, location.key]);

  // Both stores live in the same storage: a browser that keeps nothing is said once.
  const blocked = answers === 'blocked' || log === 'blocked';
  const dismissBlocked = () => {
    if (answers === 'blocked') dismissAnswers();
    if (log === 'blocked') dismissLog();
  };

  return (
    // A polite live region that is always there, so each message is announced when it appears;
    // not role="status", which pages keep for their own status line.
    <div aria-live="polite" className="no-print">
      {cleared && (
        <div className="notice">
          <p>{t('clear_data.done')}</p>
        </div>
      )}
      {blocked && <Notice text={t('storage.blocked')} onKeep={dismissBlocked} />}
      {answers !== 'none' && answers !== 'blocked' && (
        <Notice
          text={t(`storage.${answers}`)}
          kind={answers}
          damagedKept={answersDamaged}
          onKeep={dismissAnswers}
          onDeleteDamaged={deleteDamagedAnswers}
        />
      )}
      {log !== 'none' && log !== 'blocked' && (
        <Notice
          text={t(`storage.log_${log}`)}
          kind={log}
          damagedKept={logDamaged}
          onKeep={dismissLog}
          onDeleteDamaged={deleteDamagedLog}
        />
      )}
      {setting?.setting === 'language' && (
        <Notice text={t(`settings.not_saved.language_${setting.reason}`)} onKeep={dismissSetting} />
      )}
    </div>
  );
}

function Notice(props: {
  text: string;
  kind?: StorageNoticeKind;
  damagedKept?: boolean;
  onKeep: () => void;
  onDeleteDamaged?: () => void;
}) {
  const { t } = useTranslation('app');
  const { kind, damagedKept, onDeleteDamaged } = props;
  const canDelete =
    onDeleteDamaged !== undefined && (damagedKept === true || kind === 'write_failed_damaged');
  return (
    <div className="notice notice--warning">
      <p>{props.text}</p>
      <div className="button-row">
        {kind === 'newer_version' && (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={props.onKeep}>
          {t('storage.keep')}
        </button>
        {canDelete && (
          <button type="button" className="button button--secondary" onClick={onDeleteDamaged}>
            {t('storage.delete_damaged')}
          </button>
        )}
      </div>
    </div>
  );
}
