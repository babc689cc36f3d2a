import type { Ref } from 'react';
import { FieldError, describedBy } from './FieldError';
import { Legend, type Option } from './Radios';
import './forms.css';

type Props = {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  options: readonly Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** An exclusive "none of these" box: ticking it clears the others and the other way round. */
  none?: { label: string; or: string; checked: boolean; onChange: (checked: boolean) => void };
  headingRef?: Ref<HTMLHeadingElement>;
};

export function Checkboxes({ headingRef, ...props }: Props) {
  const { id, legend, hint, error, errorPrefix, options, values, onChange, none } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
    if (checked && none?.checked) none.onChange(false);
  };
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
              <div className="choice choice--checkbox" key={o.value}>
                <input
                  id={optionId}
                  className="choice__input"
                  type="checkbox"
                  name={id}
                  value={o.value}
                  checked={values.includes(o.value)}
                  aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                  onChange={(e) => toggle(o.value, e.target.checked)}
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
          {none && (
            <>
              <p className="choices__divider">{none.or}</p>
              <div className="choice choice--checkbox">
                <input
                  id={`${id}-none`}
                  className="choice__input"
                  type="checkbox"
                  name={id}
                  value="none"
                  checked={none.checked}
                  onChange={(e) => {
                    none.onChange(e.target.checked);
                    if (e.target.checked) onChange([]);
                  }}
                />
                <label htmlFor={`${id}-none`} className="choice__label">
                  {none.label}
                </label>
              </div>
            </>
          )}
        </div>
      </fieldset>
    </div>
  );
}
