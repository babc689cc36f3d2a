import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswersStore } from '../../store/answers-store';

/**
 * "重新开始": asks on the page itself (no browser dialog, which WeChat's browser dresses up
 * with the site's address) before clearing every answer; then calls `onCleared`.
 */
export function RestartPanel({ onCleared }: { onCleared: () => void }) {
  const { t } = useTranslation('home');
  const reset = useAnswersStore((s) => s.reset);
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {t('restart.button')}
      </button>
    );
  }
  return (
    <div className="notice notice--warning confirm-panel">
      <p tabIndex={-1} ref={questionRef}>
        <strong>{t('restart.question')}</strong> {t('restart.body')}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            reset();
            setAsking(false);
            onCleared();
          }}
        >
          {t('restart.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('restart.cancel')}
        </button>
      </div>
    </div>
  );
}
