import { useTranslation } from 'react-i18next';
import { LOCALES, saveLocale, type Locale } from '../i18n/i18n';
import { reportSettingSaved } from '../store/settings-notice';

const NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/**
 * Switches language at any step; answers live in the store and are untouched. The choice is
 * remembered on this device; when it cannot be, the app says so (src/app/StorageNotice.tsx).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('app');
  const current = i18n.resolvedLanguage;
  return (
    <nav aria-label={t('language.label')} className="lang-switch">
      {LOCALES.filter((l) => l !== current).map((l) => (
        <button
          key={l}
          type="button"
          className="link-button"
          lang={l}
          onClick={() => {
            reportSettingSaved('language', saveLocale(l));
            void i18n.changeLanguage(l);
          }}
        >
          {NAMES[l]}
        </button>
      ))}
    </nav>
  );
}
