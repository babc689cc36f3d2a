import './forms.css';

/** One stand-alone box, e.g. "不知道" beside a number. */
export function Checkbox(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="choice choice--checkbox choice--single">
      <input
        id={props.id}
        className="choice__input"
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id} className="choice__label">
        {props.label}
      </label>
    </div>
  );
}
