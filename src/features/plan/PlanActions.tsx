import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../rules/answers';
import type { Plan } from '../../rules/plan';
import { linkFit } from '../../lib/plan-link';
import { downloadPlanIcs } from './calendar-download';

type Props = {
  answers: Answers;
  plan: Plan;
  from: Date;
  link: string;
  omitNames: boolean;
  onOmitNamesChange: (omit: boolean) => void;
  /** Buttons only the owner of the answers gets (edit, start again). */
  children?: React.ReactNode;
};

/** Print, link, share sheet and calendar; results are announced in one live region. */
export function PlanActions({
  answers,
  plan,
  from,
  link,
  omitNames,
  onOmitNamesChange,
  children,
}: Props) {
  const { t, i18n } = useTranslation('plan');
  const [status, setStatus] = useState('');
  const [showLink, setShowLink] = useState(false);
  const linkId = useId();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  // Past what chat apps carry intact: say so before the link is sent, and offer the short one.
  const tooLongForChats = !linkFit(link).chat;

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('actions.copied'));
    } catch {
      // WeChat and older browsers may refuse: show the link to copy by hand.
      setShowLink(true);
      setStatus(t('actions.copy_failed'));
    }
  }

  async function share() {
    try {
      await navigator.share({ title: t('title'), url: link });
    } catch {
      // dismissed by the person or refused by the browser: nothing to report
    }
  }

  async function downloadCalendar() {
    try {
      await downloadPlanIcs(answers, plan, from, {
        includeNames: !omitNames,
        locale: i18n.language,
        t,
      });
      setStatus(t('actions.calendar_ready'));
    } catch {
      setStatus(t('actions.calendar_failed'));
    }
  }

  return (
    <div className="plan-actions no-print">
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={copyLink}>
          {t('actions.copy_link')}
        </button>
        {canShare && (
          <button type="button" className="button button--secondary" onClick={share}>
            {t('actions.share')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={downloadCalendar}>
          {t('actions.calendar')}
        </button>
      </div>
      {tooLongForChats && (
        <div className="notice notice--warning" data-testid="link-too-long">
          <p>{t('actions.link_too_long')}</p>
          {!omitNames && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onOmitNamesChange(true);
                // This notice goes away with the long link: focus the choice it just made.
                document.getElementById(`${linkId}-omit`)?.focus();
              }}
            >
              {t('actions.leave_names_out')}
            </button>
          )}
        </div>
      )}
      <div className="plan-actions__option">
        <input
          type="checkbox"
          id={`${linkId}-omit`}
          checked={omitNames}
          onChange={(e) => onOmitNamesChange(e.target.checked)}
        />
        <label htmlFor={`${linkId}-omit`}>{t('actions.omit_names')}</label>
      </div>
      {showLink && (
        <div className="plan-actions__link">
          <label htmlFor={linkId}>{t('actions.link_label')}</label>
          <input
            id={linkId}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <p className="plan-actions__status" role="status" aria-live="polite">
        {status}
      </p>
      {children}
      <p className="plan-actions__note">{t('actions.link_privacy')}</p>
    </div>
  );
}
