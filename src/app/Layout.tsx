import { Outlet, Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { QuickExit, QuickExitOption } from './QuickExit';
import { StorageNotice } from './StorageNotice';
import { ClearDataButton } from './ClearDataButton';
import { PageErrorBoundary } from './PageErrorBoundary';
import { CoverPage } from './CoverPage';
import { useCoverStore } from '../store/cover-store';

export function Layout() {
  const { t } = useTranslation('app');
  const location = useLocation();
  // After quick exit: nothing of the app until a deliberate tap (src/store/cover-store.ts).
  const covered = useCoverStore((s) => s.covered);
  if (covered) return <CoverPage />;
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skip_to_content')}
      </a>
      <header className="site-header no-print">
        <div className="container site-header__inner">
          <Link to="/" className="site-header__name">
            {t('name')}
          </Link>
          <div className="site-header__tools">
            <LanguageSwitch />
            <QuickExit />
          </div>
        </div>
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        <StorageNotice />
        <PageErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </PageErrorBoundary>
      </main>
      <footer className="site-footer no-print">
        <div className="container">
          <p>{t('footer.privacy')}</p>
          <p>{t('footer.not_legal_advice')}</p>
          <QuickExitOption />
          <ClearDataButton />
        </div>
      </footer>
    </>
  );
}

// Hash routing owns the fragment, so the skip link moves focus itself instead of navigating.
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
