import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { uncover } from '../store/cover-store';

/**
 * What the app shows after quick exit until the person taps "continue": a neutral page that
 * says nothing of debts, of this app's purpose or of anything they entered, under a neutral tab
 * title. No header, no footer, no links into the app.
 */
export function CoverPage() {
  const { t } = useTranslation('app');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('cover.title');
  }, [t]);
  return (
    <main id="main" className="container site-main cover" tabIndex={-1}>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('cover.title')}
      </h1>
      <p>{t('cover.body')}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          uncover();
          // The page underneath takes over: start at its heading.
          requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
        }}
      >
        {t('cover.continue')}
      </button>
    </main>
  );
}
