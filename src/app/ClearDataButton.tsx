import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { clearAllAppData } from '../store/clear-data';

/** What the start page is told after a clear, so it can say so (see StorageNotice). */
export type AppStatus = 'data_cleared';
export type AppLocationState = { appStatus?: AppStatus } | null;

/**
 * "清除我的数据": asks on the page (no browser dialog, which WeChat's browser dresses up with the
 * site's address), then removes everything and goes to the start page, which says it is done.
 */
export function ClearDataButton() {
  const { t } = useTranslation('app');
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const id = useId();
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        ref={triggerRef}
        className="link-button"
        onClick={() => setAsking(true)}
      >
        {t('clear_data.button')}
      </button>
    );
  }
  return (
    <div className="notice notice--warning" role="group" aria-labelledby={id}>
      <p id={id} ref={questionRef} tabIndex={-1}>
        {t('clear_data.confirm')}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            clearAllAppData();
            // Focus then goes to the start page's heading, not back to this footer.
            wasAsking.current = false;
            setAsking(false);
            const state: AppLocationState = { appStatus: 'data_cleared' };
            void navigate('/', { state });
          }}
        >
          {t('clear_data.confirm_button')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('clear_data.cancel')}
        </button>
      </div>
    </div>
  );
}
