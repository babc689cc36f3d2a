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
    const next = `${title} – ${t('name')}`;
    // Setting the title costs the browser a few milliseconds even when nothing changes (it is
    // already right on the prerendered start page), so only a real change is written.
    if (document.title !== next) document.title = next;
  }, [title, t]);
  useEffect(() => {
    // Not on the very first paint of a fresh visit: focus stays at the top of the document.
    if (document.body.dataset.navigated === 'true') ref.current?.focus();
    document.body.dataset.navigated = 'true';
  }, []);
  return ref;
}
