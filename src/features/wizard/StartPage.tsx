import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAnswersStore } from '../../store/answers-store';
import { usePageTitle } from '../../ui/use-page-title';
import { FLOW } from './flow';
import { firstUnansweredStep } from './conditions';
import { RestartPanel } from './RestartPanel';
import './wizard.css';

/** The first page: what this is, how long it takes, the privacy promise, and a way in. */
export function StartPage() {
  const { t } = useTranslation('home');
  const draft = useAnswersStore((s) => s.draft);
  const location = useLocation();
  const cleared = (location.state as { cleared?: boolean } | null)?.cleared === true;
  const [status, setStatus] = useState(() => (cleared ? t('restart.done') : ''));
  const title = t('start.title');
  const headingRef = usePageTitle(title);
  const hasSaved = Object.values(draft).some((v) => v !== undefined);
  const unanswered = firstUnansweredStep(draft);
  const continuePath = unanswered ? `/step/${unanswered.id}` : '/check';

  return (
    <div className="start-page">
      <h1 tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      <p>{t('start.lead')}</p>
      <p>{t('start.reassure')}</p>
      <p>{t('start.time')}</p>
      <section className="notice start-page__privacy" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('start.privacy_title')}</h2>
        <p>{t('start.privacy')}</p>
      </section>
      <p>{t('start.not_advice')}</p>
      <p role="status" className="wizard-status">
        {status}
      </p>
      {hasSaved ? (
        <>
          <p>{t('start.saved')}</p>
          <div className="button-row">
            <Link className="button" to={continuePath}>
              {t('start.continue')}
            </Link>
            <RestartPanel
              onCleared={() => {
                setStatus(t('restart.done'));
                headingRef.current?.focus();
              }}
            />
          </div>
        </>
      ) : (
        <div className="button-row">
          <Link className="button" to={`/step/${FLOW[0]?.id ?? ''}`}>
            {t('start.start')}
          </Link>
        </div>
      )}
    </div>
  );
}
