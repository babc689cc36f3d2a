import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { clearAllAppData } from '../store/clear-data';
import { ConfirmInline } from '../ui/ConfirmInline';

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
  return (
    <ConfirmInline
      trigger={t('clear_data.button')}
      question={t('clear_data.confirm')}
      confirm={t('clear_data.confirm_button')}
      cancel={t('clear_data.cancel')}
      triggerClassName="link-button"
      // Focus goes to the start page's heading, not back to this footer.
      closeOnConfirm
      onConfirm={() => {
        clearAllAppData();
        const state: AppLocationState = { appStatus: 'data_cleared' };
        void navigate('/', { state });
      }}
    />
  );
}
