import { useState } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { amountSchema } from '../../rules/answers';
import { parseAmount } from '../../lib/parse-amount';
import {
  sumEssentials,
  useAnswersStore,
  type Draft,
  type EssentialsBreakdown,
  type Extras,
} from '../../store/answers-store';
import { usePageTitle } from '../../ui/use-page-title';
import { BackLink } from '../../ui/BackLink';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { ProgressIndicator } from '../../ui/ProgressIndicator';
import { localTodayIso } from '../../lib/today';
import { FLOW, findStep, type AnswerPath, type Step } from './flow';
import { withValue } from './paths';
import { isShown, nextPath, previousPath, reconcileHidden, visibleSteps } from './conditions';
import { fieldId, initialForm, readFields, type FieldError } from './form-state';
import { errorText } from './messages';
import { FieldControl } from './FieldControl';
import { DebtsStep } from './DebtsStep';
import './wizard.css';

/** Renders whichever step of the flow the URL names (`/step/:stepId`). */
export default function StepPage() {
  const { stepId } = useParams();
  const [params] = useSearchParams();
  const draft = useAnswersStore((s) => s.draft);
  const step = findStep(stepId);
  const returnToCheck = params.get('return') === 'check';
  if (!step) return <Navigate to={`/step/${FLOW[0]?.id ?? ''}`} replace />;
  if (!isShown(step, draft)) return <Navigate to={nextPath(step, draft, returnToCheck)} replace />;
  if (step.kind === 'debt_list') {
    const debt = params.get('debt');
    return (
      <DebtsStep key={debt ?? 'list'} step={step} debtParam={debt} returnToCheck={returnToCheck} />
    );
  }
  return <QuestionStep key={step.id} step={step} returnToCheck={returnToCheck} />;
}

/** Group-level problems of the essentials step (not tied to one part). */
const GROUP_REQUIRED = 'group.required';
const GROUP_TOO_LARGE = 'group.too_large';

/** The breakdown to prefill: the saved one, or the saved total under "other". */
function essentialsSource(draft: Draft, extras: Extras): EssentialsBreakdown {
  if (extras.essentials) return extras.essentials;
  return draft.monthlyEssentials === undefined ? {} : { other: draft.monthlyEssentials };
}

function QuestionStep({ step, returnToCheck }: { step: Step; returnToCheck: boolean }) {
  const { t, i18n } = useTranslation('wizard');
  const navigate = useNavigate();
  const draft = useAnswersStore((s) => s.draft);
  const extras = useAnswersStore((s) => s.extras);
  const update = useAnswersStore((s) => s.update);
  const isGroup = step.kind === 'amount_group';
  const [form, setForm] = useState(() =>
    initialForm(step.fields, isGroup ? essentialsSource(draft, extras) : draft),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  // The day dates are checked against, read once for the page.
  const [today] = useState(localTodayIso);
  const debtNames = (draft.debts ?? []).map(
    (d, i) => d.name ?? t('debt.list.unnamed', { number: i + 1 }),
  );
  const title = t(`steps.${step.id}.title`);
  const headingRef = usePageTitle(errors.length ? `${t('common.error_prefix')}${title}` : title);

  const steps = visibleSteps(draft);
  const progress = t('common.progress', {
    current: steps.indexOf(step) + 1,
    total: steps.length,
  });
  const single = step.fields.length === 1 && !isGroup;
  // Some steps say why they ask (essentials, the court paper).
  const whyKey = `steps.${step.id}.why`;
  const hasWhy = i18n.exists(whyKey, { ns: 'wizard' });

  const messageFor = (e: FieldError): string => {
    if (e.error === GROUP_REQUIRED) return t('fields.essentials.required');
    if (e.error === GROUP_TOO_LARGE) return t('fields.essentials.too_large');
    const field = step.fields.find((f) => f.name === e.name);
    return field ? errorText(t, field, e.error) : e.error;
  };
  const errorOf = (name: string) => {
    const e = errors.find((x) => x.name === name);
    return e ? messageFor(e) : undefined;
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const read = readFields(step.fields, form, {
      today,
      debtCount: debtNames.length,
      receivedOn: draft.courtPaper?.receivedOn,
    });
    const found = [...read.errors];
    let patch: Partial<Draft> = {};
    let answered: Draft = draft;
    if (!isGroup) {
      for (const [path, value] of Object.entries(read.values)) {
        answered = withValue(answered, path as AnswerPath, value);
      }
    }
    let extrasPatch: Partial<Extras> | undefined;
    if (isGroup && found.length === 0) {
      const parts = read.values as EssentialsBreakdown;
      const first = step.fields[0]?.name ?? '';
      const total = sumEssentials(parts);
      if (Object.values(parts).every((v) => v === undefined)) {
        found.push({ name: first, error: GROUP_REQUIRED });
      } else if (!amountSchema.safeParse(total).success) {
        found.push({ name: first, error: GROUP_TOO_LARGE });
      }
      patch = { [step.answers[0] ?? 'monthlyEssentials']: total };
      extrasPatch = { essentials: parts };
    }
    if (found.length > 0) {
      setErrors(found);
      setFailedSubmits((n) => n + 1);
      return;
    }
    const next = reconcileHidden(draft, { ...answered, ...patch });
    update(next, extrasPatch);
    void navigate(nextPath(step, next, returnToCheck));
  };

  let groupTotal: string | undefined;
  if (isGroup) {
    const parts = Object.fromEntries(
      step.fields.map((f) => {
        const parsed = parseAmount(form.text[f.name] ?? '');
        return [f.name, parsed.ok ? parsed.value : undefined];
      }),
    ) as EssentialsBreakdown;
    groupTotal = t('fields.essentials.total', {
      value: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(
        sumEssentials(parts),
      ),
    });
  }

  return (
    <div className="wizard-page">
      <BackLink to={previousPath(step, draft, returnToCheck)} text={t('common.back')} />
      <ErrorSummary
        title={t('common.error_summary_title')}
        errors={errors.map((e) => ({ id: fieldId(e.name), text: messageFor(e) }))}
        focusKey={failedSubmits}
      />
      <ProgressIndicator text={progress} />
      <form noValidate onSubmit={onSubmit} autoComplete="off">
        {single && step.fields[0] ? (
          <FieldControl
            field={step.fields[0]}
            form={form}
            setForm={setForm}
            error={errorOf(step.fields[0].name)}
            label={title}
            headingRef={headingRef}
            debtNames={debtNames}
            today={today}
          />
        ) : (
          <>
            <h1 tabIndex={-1} ref={headingRef}>
              {title}
            </h1>
            {hasWhy && <p className="wizard-why">{t(whyKey)}</p>}
            {step.fields.map((field) => (
              <FieldControl
                key={field.name}
                field={field}
                form={form}
                setForm={setForm}
                error={errorOf(field.name)}
                label={t(`${field.content}.label`)}
                debtNames={debtNames}
                today={today}
              />
            ))}
            {groupTotal && (
              <p className="total" aria-live="polite">
                {groupTotal}
              </p>
            )}
          </>
        )}
        <button type="submit" className="button">
          {t('common.continue')}
        </button>
      </form>
    </div>
  );
}
