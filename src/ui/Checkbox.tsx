import './forms.css';

/** One stand-alone box, e.g. "不知道" beside a number; an optional hint says what it does. */
export function Checkbox(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div className="choice choice--checkbox choice--single">
      <input
        id={props.id}
        className="choice__input"
        type="checkbox"
        checked={props.checked}
        aria-describedby={hintId}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id} className="choice__label">
        {props.label}
      </label>
      {props.hint && (
        <p id={hintId} className="choice__hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
