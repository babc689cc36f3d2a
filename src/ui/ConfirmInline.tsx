import { useEffect, useId, useRef, useState } from 'react';

type Props = {
  /** The button that asks; the question replaces nothing until it is answered. */
  trigger: string;
  question: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  triggerClassName?: string;
  /** Close after confirming, without taking focus back (the action moves focus elsewhere). */
  closeOnConfirm?: boolean;
};

/** A two-step action: the first press asks in the page (no browser dialog), the second does it. */
export function ConfirmInline({
  trigger,
  question,
  confirm,
  cancel,
  onConfirm,
  triggerClassName = 'button button--secondary',
  closeOnConfirm = false,
}: Props) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const id = useId();
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        ref={triggerRef}
        className={triggerClassName}
        onClick={() => setAsking(true)}
      >
        {trigger}
      </button>
    );
  }
  return (
    <div className="notice notice--warning confirm-inline" role="group" aria-labelledby={id}>
      <p id={id} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            if (closeOnConfirm) {
              wasAsking.current = false;
              setAsking(false);
            }
            onConfirm();
          }}
        >
          {confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {cancel}
        </button>
      </div>
    </div>
  );
}
