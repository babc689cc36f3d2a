import { useTranslation } from 'react-i18next';
import { useAnswersStore } from '../store/answers-store';

/** Says once, plainly, when saved answers could not be read in full. */
export function StorageNotice() {
  const { t } = useTranslation('app');
  const notice = useAnswersStore((s) => s.storageNotice);
  const dismiss = useAnswersStore((s) => s.dismissNotice);
  const reset = useAnswersStore((s) => s.reset);
  if (notice === 'none') return null;
  return (
    <div className="notice notice--warning" role="status">
      <p>{t(`storage.${notice}`)}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={dismiss}>
          {t('storage.keep')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            reset();
            dismiss();
          }}
        >
          {t('storage.start_over')}
        </button>
      </div>
    </div>
  );
}
