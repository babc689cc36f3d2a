import type { Ref } from 'react';
import { FieldError, describedBy } from './FieldError';
import './forms.css';

export type Option = { value: string; label: string; hint?: string };

type Props = {
  /** Ids are `${id}` for the first option (error links land there) and `${id}-${value}`. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  /** The legend is the page's heading (one question on the page). */
  headingRef?: Ref<HTMLHeadingElement>;
};

export function Radios({ headingRef, ...props }: Props) {
  const { id, legend, hint, error, errorPrefix, options, value, onChange } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <Legend text={legend} headingRef={headingRef} />
        {hint && (
          <p id={hintId} className="field__hint">
            {hint}
          </p>
        )}
        <FieldError id={`${id}-error`} prefix={errorPrefix} text={error} />
        <div className="choices">
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${o.value}`;
            return (
              <div className="choice" key={o.value}>
                <input
                  id={optionId}
                  className="choice__input"
                  type="radio"
                  name={id}
                  value={o.value}
                  checked={value === o.value}
                  aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                  onChange={() => onChange(o.value)}
                />
                <label htmlFor={optionId} className="choice__label">
                  {o.label}
                </label>
                {o.hint && (
                  <p id={`${optionId}-hint`} className="choice__hint">
                    {o.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Legend({
  text,
  headingRef,
}: {
  text: string;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  if (!headingRef) return <legend className="fieldset__legend">{text}</legend>;
  return (
    <legend className="fieldset__legend fieldset__legend--heading">
      <h1 tabIndex={-1} ref={headingRef} className="field__heading">
        {text}
      </h1>
    </legend>
  );
}
