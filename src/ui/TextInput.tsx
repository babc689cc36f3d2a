import type { Ref } from 'react';
import { FieldError, describedBy } from './FieldError';
import './forms.css';

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  value: string;
  onChange: (value: string) => void;
  /** "decimal" for money and numbers: the phone shows a number pad. */
  inputMode?: 'decimal' | 'numeric' | 'text';
  /** Shown after the box, e.g. 元 or 天. */
  suffix?: string;
  disabled?: boolean;
  width?: 'short' | 'full';
  /** "date": the browser's date picker; its value is YYYY-MM-DD (or a text box where none). */
  type?: 'text' | 'date';
  /** date: the earliest and latest day the picker offers (YYYY-MM-DD). */
  min?: string;
  max?: string;
  /** date: the browser holds a half-typed or impossible date (its value is then empty). */
  onInvalidInput?: () => void;
  /** The label is the page's heading (one question on the page). */
  headingRef?: Ref<HTMLHeadingElement>;
};

export function TextInput({ headingRef, ...props }: Props) {
  const { id, label, hint, error, errorPrefix, value, onChange, inputMode = 'text' } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const labelEl = (
    <label
      htmlFor={id}
      className={headingRef ? 'field__label field__label--heading' : 'field__label'}
    >
      {label}
    </label>
  );
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {headingRef ? (
        <h1 tabIndex={-1} ref={headingRef} className="field__heading">
          {labelEl}
        </h1>
      ) : (
        labelEl
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} prefix={errorPrefix} text={error} />
      <div className="field__input-row">
        <input
          id={id}
          name={id}
          className={props.width === 'full' ? 'input input--full' : 'input'}
          type={props.type ?? 'text'}
          inputMode={props.type === 'date' ? undefined : inputMode}
          min={props.min}
          max={props.max}
          autoComplete="off"
          spellCheck={false}
          value={value}
          disabled={props.disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, errorId)}
          onChange={(e) => {
            if (e.target.validity.badInput && props.onInvalidInput) props.onInvalidInput();
            else onChange(e.target.value);
          }}
          onBlur={(e) => {
            if (e.target.validity.badInput) props.onInvalidInput?.();
          }}
        />
        {props.suffix && (
          <span className="field__suffix" aria-hidden="true">
            {props.suffix}
          </span>
        )}
      </div>
    </div>
  );
}
