import './forms.css';

/** The message under a field's label; the prefix ("错误：") is read out, not shown. */
export function FieldError({ id, prefix, text }: { id: string; prefix: string; text?: string }) {
  if (!text) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{prefix}</span>
      {text}
    </p>
  );
}

/** Joins the ids that describe a control, skipping the ones not on the page. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}
