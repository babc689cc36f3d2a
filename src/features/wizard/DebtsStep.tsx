import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DebtSchema, MAX_DEBTS } from '../../rules/answers';
import { useAnswersStore, type DebtDraft } from '../../store/answers-store';
import { usePageTitle } from '../../ui/use-page-title';
import { BackLink } from '../../ui/BackLink';
import { ErrorSummary, type SummaryError } from '../../ui/ErrorSummary';
import { ProgressIndicator } from '../../ui/ProgressIndicator';
import type { Step } from './flow';
import { nextPath, previousPath, visibleSteps, withReturn } from './conditions';
import { fieldId, initialForm, readFields, type FieldError } from './form-state';
import { errorText, formatAmount } from './messages';
import { FieldControl } from './FieldControl';

type Props = { step: Step; debtParam: string | null; returnToCheck: boolean };

const ADD_ID = 'add-debt';

/** The debts step: a list page (`/step/debts`) and a form for one debt (`?debt=new|<index>`). */
export function DebtsStep({ step, debtParam, returnToCheck }: Props) {
  if (debtParam === null) return <DebtList step={step} returnToCheck={returnToCheck} />;
  return <DebtForm step={step} debtParam={debtParam} returnToCheck={returnToCheck} />;
}

function DebtList({ step, returnToCheck }: { step: Step; returnToCheck: boolean }) {
  const { t, i18n } = useTranslation('wizard');
  const navigate = useNavigate();
  const draft = useAnswersStore((s) => s.draft);
  const update = useAnswersStore((s) => s.update);
  const debts = draft.debts ?? [];
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const title = t('steps.debts.title');
  const headingRef = usePageTitle(errors.length ? `${t('common.error_prefix')}${title}` : title);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming !== null) questionRef.current?.focus();
  }, [confirming]);

  const steps = visibleSteps(draft);
  const nameOf = (d: DebtDraft, i: number) => d.name ?? t('debt.list.unnamed', { number: i + 1 });
  const editPath = (i: number) => withReturn(`/step/debts?debt=${i}`, returnToCheck);

  const remove = (index: number) => {
    const name = nameOf(debts[index] ?? {}, index);
    // The court paper names a debt by its place in the list: follow the list, and ask again
    // if its lender is the one removed.
    const paper = draft.courtPaper;
    const paperDebt = paper?.debt;
    const courtPaper =
      paper === undefined || paperDebt === undefined || paperDebt < index
        ? paper
        : { ...paper, debt: paperDebt === index ? undefined : paperDebt - 1 };
    update({
      debts: debts.filter((_, i) => i !== index),
      ...(paper === undefined ? {} : { courtPaper }),
    });
    setConfirming(null);
    setStatus(t('debt.list.removed', { name }));
    headingRef.current?.focus();
  };

  const onContinue = (event: React.FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (debts.length === 0) found.push({ id: ADD_ID, text: t('errors.debts_min') });
    debts.forEach((d, i) => {
      if (!DebtSchema.safeParse(d).success) {
        found.push({
          id: `edit-debt-${i}`,
          text: t('debt.list.incomplete', { name: nameOf(d, i) }),
        });
      }
    });
    if (found.length > 0) {
      setErrors(found);
      setFailedSubmits((n) => n + 1);
      return;
    }
    void navigate(nextPath(step, draft, returnToCheck));
  };

  return (
    <div className="wizard-page">
      <BackLink to={previousPath(step, draft, returnToCheck)} text={t('common.back')} />
      <ErrorSummary
        title={t('common.error_summary_title')}
        errors={errors}
        focusKey={failedSubmits}
      />
      <ProgressIndicator
        text={t('common.progress', { current: steps.indexOf(step) + 1, total: steps.length })}
      />
      <h1 tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      <p>{t('debt.list.lead')}</p>
      <p role="status" className="wizard-status">
        {status}
      </p>
      {debts.length === 0 ? (
        <p>{t('debt.list.empty')}</p>
      ) : (
        <ul className="card-list">
          {debts.map((d, i) => {
            const name = nameOf(d, i);
            return (
              <li className="card" key={i}>
                <h2 className="card__title">{name}</h2>
                {d.kind && <p>{t(`debt.fields.kind.options.${d.kind}.label`)}</p>}
                {d.outstanding !== undefined && d.overdueDays !== undefined && (
                  <p>
                    {t('debt.list.summary', {
                      amount: formatAmount(d.outstanding, i18n.language),
                      days: d.overdueDays,
                    })}
                  </p>
                )}
                <div className="card__actions">
                  <Link id={`edit-debt-${i}`} to={editPath(i)}>
                    {t('debt.list.edit')}
                    <span className="visually-hidden">{t('debt.list.item_hidden', { name })}</span>
                  </Link>
                  <button type="button" className="link-button" onClick={() => setConfirming(i)}>
                    {t('debt.list.remove')}
                    <span className="visually-hidden">{t('debt.list.item_hidden', { name })}</span>
                  </button>
                </div>
                {confirming === i && (
                  <div className="notice notice--warning confirm-panel">
                    <p tabIndex={-1} ref={questionRef}>
                      {t('debt.list.remove_question', { name })}
                    </p>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button--warning"
                        onClick={() => remove(i)}
                      >
                        {t('debt.list.remove_confirm')}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setConfirming(null)}
                      >
                        {t('debt.list.remove_cancel')}
                      </button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p>{t('debt.list.count', { count: debts.length, max: MAX_DEBTS })}</p>
      {debts.length < MAX_DEBTS ? (
        <p>
          <Link
            id={ADD_ID}
            className="button button--secondary"
            to={withReturn('/step/debts?debt=new', returnToCheck)}
          >
            {debts.length === 0 ? t('debt.list.add_first') : t('debt.list.add_another')}
          </Link>
        </p>
      ) : (
        <p className="notice">{t('debt.list.max_reached')}</p>
      )}
      <form noValidate onSubmit={onContinue}>
        <button type="submit" className="button">
          {t('common.continue')}
        </button>
      </form>
    </div>
  );
}

function DebtForm({ step, debtParam, returnToCheck }: Props & { debtParam: string }) {
  const { t } = useTranslation('wizard');
  const navigate = useNavigate();
  const debts = useAnswersStore((s) => s.draft.debts) ?? [];
  const update = useAnswersStore((s) => s.update);
  const isNew = debtParam === 'new';
  const index = isNew ? debts.length : Number(debtParam);
  const existing = isNew ? undefined : debts[index];
  const [form, setForm] = useState(() => initialForm(step.fields, existing ?? {}));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const title = isNew ? t('debt.form.title_add') : t('debt.form.title_edit');
  const headingRef = usePageTitle(errors.length ? `${t('common.error_prefix')}${title}` : title);
  const listPath = withReturn('/step/debts', returnToCheck);

  if (!isNew && (!Number.isInteger(index) || existing === undefined)) {
    return <Navigate to={listPath} replace />;
  }
  const full = isNew && debts.length >= MAX_DEBTS;

  const messageFor = (e: FieldError) => {
    const field = step.fields.find((f) => f.name === e.name);
    return field ? errorText(t, field, e.error) : e.error;
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const read = readFields(step.fields, form);
    const parsed = DebtSchema.safeParse(read.values);
    if (read.errors.length > 0 || !parsed.success) {
      setErrors(read.errors);
      setFailedSubmits((n) => n + 1);
      return;
    }
    const next = [...debts];
    next[index] = parsed.data;
    update({ debts: next });
    void navigate(listPath);
  };

  return (
    <div className="wizard-page">
      <BackLink to={listPath} text={t('debt.form.back')} />
      <ErrorSummary
        title={t('common.error_summary_title')}
        errors={errors.map((e) => ({ id: fieldId(e.name), text: messageFor(e) }))}
        focusKey={failedSubmits}
      />
      {full ? (
        <>
          <h1 tabIndex={-1} ref={headingRef}>
            {title}
          </h1>
          <p className="notice">{t('debt.list.max_reached')}</p>
          <p>
            <Link to={listPath}>{t('debt.form.back')}</Link>
          </p>
        </>
      ) : (
        <form noValidate onSubmit={onSubmit} autoComplete="off">
          <h1 tabIndex={-1} ref={headingRef}>
            {title}
          </h1>
          {step.fields.map((field) => {
            const e = errors.find((x) => x.name === field.name);
            return (
              <FieldControl
                key={field.name}
                field={field}
                form={form}
                setForm={setForm}
                error={e ? messageFor(e) : undefined}
                label={t(`${field.content}.label`)}
              />
            );
          })}
          <button type="submit" className="button">
            {t('debt.form.save')}
          </button>
        </form>
      )}
    </div>
  );
}
