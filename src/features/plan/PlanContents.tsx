import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type ContentsItem = { id: string; label: string };

/**
 * The sections on this page, each a button that brings its heading into view and moves focus
 * there. Buttons, not `#id` links: the app routes by the hash, so a fragment would leave the page.
 */
export function PlanContents({ items }: { items: readonly ContentsItem[] }) {
  const { t } = useTranslation('plan');
  const go = (id: string) => (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    const heading = document.getElementById(id);
    if (!heading) return;
    // jsdom and some older in-app browsers have no scrollIntoView; focus scrolls there anyway.
    if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="plan-contents no-print" aria-labelledby="plan-contents">
      <h2 id="plan-contents">{t('contents.title')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="link-button" onClick={go(item.id)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
