import { useEffect, useRef } from 'react';
import './forms.css';

export type SummaryError = { id: string; text: string };

type Props = {
  title: string;
  errors: readonly SummaryError[];
  /** Changes on every failed submit, so focus moves to the summary each time. */
  focusKey: number;
};

/**
 * GOV.UK error summary: at the top of the page, focused after a failed submit; each item is a
 * link that moves focus to the field (done by hand: the URL fragment belongs to the router).
 */
export function ErrorSummary({ title, errors, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`} onClick={(event) => focusField(event, e.id)}>
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: React.MouseEvent, id: string) {
  event.preventDefault();
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView?.({ block: 'center' });
  el.focus();
}
