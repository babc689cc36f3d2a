import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/use-page-title';
import { ErrorSummary, type SummaryError } from '../../ui/ErrorSummary';
import { FieldError, describedBy } from '../../ui/FieldError';
import { Radios } from '../../ui/Radios';
import { Checkbox } from '../../ui/Checkbox';
import { NegotiationLogTable } from '../../ui/NegotiationLogTable';
import { useAnswersStore } from '../../store/answers-store';
import { localTodayIso } from '../../lib/today';
import {
  CHANNELS,
  LogEntryInputSchema,
  MAX_LENDER_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_PERSON_LENGTH,
  useLogStore,
  type LogEntry,
  type LogEntryInput,
} from '../../store/log-store';
import type { SaveFailure } from '../../store/saved-record';
import './tools.css';

const OTHER = 'other';

type Form = {
  /** A lender name from the answers, OTHER, or '' (not chosen). */
  lenderChoice: string;
  lenderOther: string;
  date: string;
  time: string;
  channel: string;
  person: string;
  offered: string;
  result: string;
  written: '' | 'yes' | 'no';
  contactedFamily: boolean;
};
type FieldName =
  | 'lender'
  | 'date'
  | 'time'
  | 'channel'
  | 'person'
  | 'offered'
  | 'result'
  | 'written';
const FIELD_ORDER: readonly FieldName[] = [
  'lender',
  'date',
  'time',
  'channel',
  'person',
  'offered',
  'result',
  'written',
];
type Errors = Partial<Record<FieldName, string>>;

/** The message for a field when the schema's own message is not one of ours (e.g. a union). */
const DEFAULT_ERROR: Record<FieldName, string> = {
  lender: 'lender_required',
  date: 'date_invalid',
  time: 'time_invalid',
  channel: 'channel_required',
  person: 'person_too_long',
  offered: 'note_too_long',
  result: 'note_too_long',
  written: 'written_required',
};
const KNOWN_ERRORS = new Set([
  'lender_required',
  'lender_too_long',
  'date_invalid',
  'time_invalid',
  'channel_required',
  'person_too_long',
  'note_too_long',
]);

function emptyForm(lenders: readonly string[]): Form {
  return {
    lenderChoice: lenders.length === 1 ? (lenders[0] ?? '') : '',
    lenderOther: '',
    date: localTodayIso(),
    time: '',
    channel: '',
    person: '',
    offered: '',
    result: '',
    written: '',
    contactedFamily: false,
  };
}

function formFromEntry(entry: LogEntry, lenders: readonly string[]): Form {
  const known = lenders.includes(entry.lender);
  return {
    lenderChoice: lenders.length === 0 ? '' : known ? entry.lender : OTHER,
    lenderOther: known ? '' : entry.lender,
    date: entry.date,
    time: entry.time,
    channel: entry.channel,
    person: entry.person,
    offered: entry.offered,
    result: entry.result,
    written: entry.writtenConfirmation ? 'yes' : 'no',
    contactedFamily: entry.contactedFamily,
  };
}

/** Checks the form with the store's schema; error values are tools:log.errors keys. */
function validate(
  form: Form,
  lenders: readonly string[],
): { errors: Errors; input?: LogEntryInput } {
  const lender =
    lenders.length > 0 && form.lenderChoice !== OTHER ? form.lenderChoice : form.lenderOther;
  const parsed = LogEntryInputSchema.safeParse({
    lender,
    date: form.date,
    time: form.time,
    channel: form.channel,
    person: form.person,
    offered: form.offered,
    result: form.result,
    writtenConfirmation: form.written === 'yes',
    contactedFamily: form.contactedFamily,
  });
  const errors: Errors = {};
  if (form.written === '') errors.written = 'written_required';
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path[0];
      const field: FieldName | undefined =
        path === 'writtenConfirmation' || path === 'contactedFamily'
          ? undefined
          : (path as FieldName);
      if (field && field in DEFAULT_ERROR && !errors[field]) {
        errors[field] = KNOWN_ERRORS.has(issue.message) ? issue.message : DEFAULT_ERROR[field];
      }
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { errors, input: parsed.data };
}

export default function NegotiationLogPage() {
  const { t } = useTranslation('tools');
  const headingRef = usePageTitle(t('log.title'));
  const draftDebts = useAnswersStore((s) => s.draft.debts);
  const lenders = useMemo(
    () => [...new Set((draftDebts ?? []).map((d) => d.name?.trim() ?? '').filter(Boolean))],
    [draftDebts],
  );
  const entries = useLogStore((s) => s.entries);
  const add = useLogStore((s) => s.add);
  const update = useLogStore((s) => s.update);
  const remove = useLogStore((s) => s.remove);
  const restore = useLogStore((s) => s.restore);

  const [form, setForm] = useState<Form>(() => emptyForm(lenders));
  const [editingId, setEditingId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [focusKey, setFocusKey] = useState(0);
  const [status, setStatus] = useState<'none' | 'saved' | 'deleted'>('none');
  /** Why the last change was not saved (the entry then stays in the form, or in the list). */
  const [notSaved, setNotSaved] = useState<SaveFailure | null>(null);
  const [lastDeleted, setLastDeleted] = useState<LogEntry | null>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);

  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const errorText = (field: FieldName) => {
    const key = errors[field];
    return key ? t(`log.errors.${key}`) : undefined;
  };
  const lenderFieldId =
    lenders.length > 0 && form.lenderChoice !== OTHER ? 'log-lender' : 'log-lender-other';
  const fieldId: Record<FieldName, string> = {
    lender: lenderFieldId,
    date: 'log-date',
    time: 'log-time',
    channel: 'log-channel',
    person: 'log-person',
    offered: 'log-offered',
    result: 'log-result',
    written: 'log-written',
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { errors: found, input } = validate(form, lenders);
    setErrors(found);
    if (!input) {
      setFocusKey((k) => k + 1);
      setStatus('none');
      return;
    }
    const saved = editingId ? update(editingId, input) : add(input);
    setLastDeleted(null);
    if (!saved.ok) {
      setNotSaved(saved.reason);
      setStatus('none');
      // Not saved: the entry stays in the form (to copy, or to save again), unless nothing can
      // be saved here at all, where it lives in the list for this visit.
      if (saved.reason !== 'blocked') return;
    } else {
      setNotSaved(null);
      setStatus('saved');
    }
    setEditingId(null);
    setForm(emptyForm(lenders));
  }

  function startEdit(id: string) {
    const entry = entries.find((e) => e.id === id);
    if (!entry) return;
    setEditingId(id);
    setForm(formFromEntry(entry, lenders));
    setErrors({});
    setStatus('none');
    requestAnimationFrame(() => formHeadingRef.current?.focus());
  }

  function cancelEdit() {
    setEditingId(null);
    setForm(emptyForm(lenders));
    setErrors({});
  }

  function deleteEntry(id: string) {
    const entry = entries.find((e) => e.id === id);
    if (!entry) return;
    const removed = remove(id);
    if (!removed.ok && removed.reason !== 'blocked') {
      setNotSaved(removed.reason);
      setStatus('none');
      return;
    }
    setNotSaved(removed.ok ? null : removed.reason);
    if (editingId === id) cancelEdit();
    setLastDeleted(entry);
    setStatus('deleted');
  }

  const summary: SummaryError[] = FIELD_ORDER.flatMap((field) => {
    const text = errorText(field);
    return text ? [{ id: fieldId[field], text }] : [];
  });
  const prefix = t('common.error_prefix');

  return (
    <>
      <ErrorSummary title={t('common.error_summary_title')} errors={summary} focusKey={focusKey} />
      <h1 ref={headingRef} tabIndex={-1}>
        {t('log.title')}
      </h1>
      <p>{t('log.intro')}</p>

      <form noValidate onSubmit={submit} className="no-print" aria-labelledby="log-form-heading">
        <h2 id="log-form-heading" ref={formHeadingRef} tabIndex={-1}>
          {editingId ? t('log.form_edit') : t('log.form_add')}
        </h2>

        {lenders.length > 0 && (
          <div
            className={
              errors.lender && lenderFieldId === 'log-lender' ? 'field field--error' : 'field'
            }
          >
            <label className="field__label" htmlFor="log-lender">
              {t('log.lender.label')}
            </label>
            {lenderFieldId === 'log-lender' && (
              <FieldError id="log-lender-error" prefix={prefix} text={errorText('lender')} />
            )}
            <select
              id="log-lender"
              className="select"
              value={form.lenderChoice}
              aria-invalid={errors.lender && lenderFieldId === 'log-lender' ? true : undefined}
              aria-describedby={
                errors.lender && lenderFieldId === 'log-lender' ? 'log-lender-error' : undefined
              }
              onChange={(e) => set('lenderChoice')(e.target.value)}
            >
              <option value="">{t('log.lender.choose')}</option>
              {lenders.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
              <option value={OTHER}>{t('log.lender.other')}</option>
            </select>
          </div>
        )}
        {(lenders.length === 0 || form.lenderChoice === OTHER) && (
          <InputField
            id="log-lender-other"
            label={lenders.length === 0 ? t('log.lender.label') : t('log.lender.other_label')}
            hint={t('log.lender.hint')}
            error={lenderFieldId === 'log-lender-other' ? errorText('lender') : undefined}
            prefix={prefix}
            value={form.lenderOther}
            onChange={set('lenderOther')}
            maxLength={MAX_LENDER_LENGTH}
          />
        )}
        <InputField
          id="log-date"
          type="date"
          label={t('log.date.label')}
          error={errorText('date')}
          prefix={prefix}
          value={form.date}
          onChange={set('date')}
        />
        <InputField
          id="log-time"
          type="time"
          label={t('log.time.label')}
          hint={t('log.time.hint')}
          error={errorText('time')}
          prefix={prefix}
          value={form.time}
          onChange={set('time')}
        />
        <Radios
          id="log-channel"
          legend={t('log.channel.legend')}
          error={errorText('channel')}
          errorPrefix={prefix}
          options={CHANNELS.map((c) => ({ value: c, label: t(`log.channels.${c}`) }))}
          value={form.channel}
          onChange={set('channel')}
        />
        <InputField
          id="log-person"
          label={t('log.person.label')}
          hint={t('log.person.hint')}
          error={errorText('person')}
          prefix={prefix}
          value={form.person}
          onChange={set('person')}
          maxLength={MAX_PERSON_LENGTH}
        />
        <InputField
          id="log-offered"
          multiline
          label={t('log.offered.label')}
          hint={t('log.offered.hint')}
          error={errorText('offered')}
          prefix={prefix}
          value={form.offered}
          onChange={set('offered')}
          maxLength={MAX_NOTE_LENGTH}
        />
        <InputField
          id="log-result"
          multiline
          label={t('log.result.label')}
          hint={t('log.result.hint')}
          error={errorText('result')}
          prefix={prefix}
          value={form.result}
          onChange={set('result')}
          maxLength={MAX_NOTE_LENGTH}
        />
        <Radios
          id="log-written"
          legend={t('log.written.legend')}
          error={errorText('written')}
          errorPrefix={prefix}
          options={[
            { value: 'yes', label: t('log.written.yes') },
            { value: 'no', label: t('log.written.no') },
          ]}
          value={form.written}
          onChange={(v) => set('written')(v === 'yes' ? 'yes' : 'no')}
        />
        <Checkbox
          id="log-family"
          label={t('log.family.label')}
          checked={form.contactedFamily}
          onChange={set('contactedFamily')}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {editingId ? t('log.save_edit') : t('log.save_add')}
          </button>
          {editingId && (
            <button type="button" className="button button--secondary" onClick={cancelEdit}>
              {t('log.cancel_edit')}
            </button>
          )}
        </div>
      </form>

      <div role="status" aria-live="polite" className="no-print">
        {notSaved && (
          <div className="notice notice--warning" data-testid="log-not-saved">
            <p>{t(`log.not_saved.${notSaved}`)}</p>
            {notSaved !== 'blocked' && <p>{t('log.not_saved.kept')}</p>}
          </div>
        )}
        {status === 'saved' && <p>{t('log.saved')}</p>}
        {status === 'deleted' && (
          <p>
            {t('log.deleted')}{' '}
            {lastDeleted && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const restored = restore(lastDeleted);
                  setNotSaved(restored.ok ? null : restored.reason);
                  setLastDeleted(null);
                  setStatus('none');
                }}
              >
                {t('log.undo')}
              </button>
            )}
          </p>
        )}
      </div>

      <section aria-labelledby="log-list-heading">
        <h2 id="log-list-heading">{t('log.list_heading')}</h2>
        {entries.length === 0 ? (
          <p>{t('log.empty')}</p>
        ) : (
          <>
            <p>{t('log.count', { count: entries.length })}</p>
            <NegotiationLogTable entries={entries} onEdit={startEdit} onDelete={deleteEntry} />
            <div className="button-row no-print">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => window.print()}
              >
                {t('log.print')}
              </button>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="log-flags-heading">
        <h2 id="log-flags-heading">{t('log.flags_heading')}</h2>
        <p>{t('log.flags_body')}</p>
        <p className="no-print">
          <Link to="/letters/collection_complaint">{t('log.complaint_link')}</Link>
        </p>
      </section>
    </>
  );
}

type InputFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  prefix: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time';
  multiline?: boolean;
  maxLength?: number;
};

/** A labelled text, date or time box, or a multi-line box, with hint and error. */
function InputField(props: InputFieldProps) {
  const { id, label, hint, error, prefix, value, onChange } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    name: id,
    value,
    maxLength: props.maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hintId, errorId),
  };
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} prefix={prefix} text={error} />
      {props.multiline ? (
        <textarea {...common} className="textarea" onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          className="input input--full"
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}
