import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets document.title to "<page> – <app name>" and moves focus to the page's heading when the
 * page changes, so screen-reader and keyboard users land on the new content.
 */
export function usePageTitle(title: string) {
  const { t } = useTranslation('app');
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('name')}`;
  }, [title, t]);
  useEffect(() => {
    // Not on the very first paint of a fresh visit: focus stays at the top of the document.
    if (document.body.dataset.navigated === 'true') ref.current?.focus();
    document.body.dataset.navigated = 'true';
  }, []);
  return ref;
}
