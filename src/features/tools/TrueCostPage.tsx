import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/use-page-title';
import { ErrorSummary, type SummaryError } from '../../ui/ErrorSummary';
import { TextInput } from '../../ui/TextInput';
import { Radios } from '../../ui/Radios';
import { parseAmount } from '../../lib/parse-amount';
import { formatMoney } from '../../lib/format';
import {
  annualisedRate,
  rateBand,
  type TrueCostError,
  type TrueCostResult,
} from '../../rules/true-cost';
import { LegalRefCard } from './LegalRefCard';
import './tools.css';

type FieldId = 'received' | 'payment' | 'count' | 'fee';
type Frequency = 'monthly' | 'weekly';
const PERIODS_PER_YEAR: Record<Frequency, number> = { monthly: 12, weekly: 52 };
const FIELD_ORDER: readonly FieldId[] = ['received', 'payment', 'count', 'fee'];

/** Which field a calculation error belongs to (every error the calculator can return). */
const ERROR_FIELD: Record<Exclude<TrueCostError, 'repaid_less_than_received'>, FieldId> = {
  received_invalid: 'received',
  payment_invalid: 'payment',
  count_invalid: 'count',
  periods_invalid: 'count',
  fee_invalid: 'fee',
  fee_not_less_than_received: 'fee',
};

type Values = Record<FieldId, string> & { frequency: Frequency };
/** Error message keys under tools:true_cost.errors, per field. */
type Errors = Partial<Record<FieldId, string>>;

/** parse-amount's ids are `errors.amount_*`; the same codes have text in tools.json. */
const amountErrorKey = (error: string) => error.replace(/^errors\./, '');

function parseInputs(values: Values): { errors: Errors; numbers?: Record<FieldId, number> } {
  const errors: Errors = {};
  const numbers: Partial<Record<FieldId, number>> = {};
  for (const field of FIELD_ORDER) {
    const text = values[field];
    if (field === 'fee' && text.trim() === '') {
      numbers.fee = 0;
      continue;
    }
    const parsed = parseAmount(text);
    if (parsed.ok) numbers[field] = parsed.value;
    else if (parsed.error === 'errors.amount_required') errors[field] = `${field}_required`;
    else if (field === 'count') errors.count = 'count_invalid';
    else errors[field] = amountErrorKey(parsed.error);
  }
  if (numbers.count !== undefined && !Number.isInteger(numbers.count))
    errors.count = 'count_invalid';
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, numbers: numbers as Record<FieldId, number> };
}

export default function TrueCostPage() {
  const { t, i18n } = useTranslation(['tools', 'legal']);
  const locale = i18n.language;
  const headingRef = usePageTitle(t('true_cost.title'));
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<Values>({
    received: '',
    payment: '',
    count: '',
    fee: '',
    frequency: 'monthly',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [focusKey, setFocusKey] = useState(0);
  const [result, setResult] = useState<TrueCostResult | null>(null);

  const set = (field: keyof Values) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { errors: found, numbers } = parseInputs(values);
    let next: Errors = found;
    let outcome: TrueCostResult | null = null;
    if (numbers) {
      outcome = annualisedRate({
        received: numbers.received,
        payment: numbers.payment,
        count: numbers.count,
        periodsPerYear: PERIODS_PER_YEAR[values.frequency],
        upfrontFee: numbers.fee,
      });
      if (!outcome.ok && outcome.error !== 'repaid_less_than_received') {
        next = { [ERROR_FIELD[outcome.error]]: outcome.error };
        outcome = null;
      }
    }
    setErrors(next);
    setResult(outcome);
    if (Object.keys(next).length > 0) setFocusKey((k) => k + 1);
    else requestAnimationFrame(() => resultRef.current?.focus());
  }

  const summary: SummaryError[] = FIELD_ORDER.flatMap((field) => {
    const key = errors[field];
    return key ? [{ id: `true-cost-${field}`, text: t(`true_cost.errors.${key}`) }] : [];
  });
  const fieldError = (field: FieldId) => {
    const key = errors[field];
    return key ? t(`true_cost.errors.${key}`) : undefined;
  };
  const percent = (n: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(n);
  const money = (n: number) => formatMoney(n, locale);

  return (
    <>
      <ErrorSummary title={t('common.error_summary_title')} errors={summary} focusKey={focusKey} />
      <h1 ref={headingRef} tabIndex={-1}>
        {t('true_cost.title')}
      </h1>
      <p>{t('true_cost.intro')}</p>
      <form noValidate onSubmit={submit} className="no-print">
        <TextInput
          id="true-cost-received"
          label={t('true_cost.received.label')}
          hint={t('true_cost.received.hint')}
          error={fieldError('received')}
          errorPrefix={t('common.error_prefix')}
          value={values.received}
          onChange={set('received')}
          inputMode="decimal"
          suffix={t('true_cost.unit_yuan')}
        />
        <TextInput
          id="true-cost-payment"
          label={t('true_cost.payment.label')}
          hint={t('true_cost.payment.hint')}
          error={fieldError('payment')}
          errorPrefix={t('common.error_prefix')}
          value={values.payment}
          onChange={set('payment')}
          inputMode="decimal"
          suffix={t('true_cost.unit_yuan')}
        />
        <TextInput
          id="true-cost-count"
          label={t('true_cost.count.label')}
          hint={t('true_cost.count.hint')}
          error={fieldError('count')}
          errorPrefix={t('common.error_prefix')}
          value={values.count}
          onChange={set('count')}
          inputMode="numeric"
          suffix={t('true_cost.unit_periods')}
        />
        <Radios
          id="true-cost-frequency"
          legend={t('true_cost.frequency.legend')}
          errorPrefix={t('common.error_prefix')}
          options={[
            { value: 'monthly', label: t('true_cost.frequency.monthly') },
            { value: 'weekly', label: t('true_cost.frequency.weekly') },
          ]}
          value={values.frequency}
          onChange={(v) => set('frequency')(v === 'weekly' ? 'weekly' : 'monthly')}
        />
        <TextInput
          id="true-cost-fee"
          label={t('true_cost.fee.label')}
          hint={t('true_cost.fee.hint')}
          error={fieldError('fee')}
          errorPrefix={t('common.error_prefix')}
          value={values.fee}
          onChange={set('fee')}
          inputMode="decimal"
          suffix={t('true_cost.unit_yuan')}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t('true_cost.submit')}
          </button>
        </div>
      </form>

      {result && (
        <section aria-labelledby="true-cost-result" className="tool-result">
          <h2 id="true-cost-result" ref={resultRef} tabIndex={-1}>
            {t('true_cost.result.heading')}
          </h2>
          {result.ok ? (
            <>
              <p className="tool-result__rate">
                {t('true_cost.result.apr', { rate: percent(result.apr) })}
              </p>
              <p>{t('true_cost.result.apr_note', { periodic: percent(result.periodicRate) })}</p>
              {Number.isFinite(result.effectiveRate) && (
                <p>{t('true_cost.result.effective', { rate: percent(result.effectiveRate) })}</p>
              )}
              <dl className="tool-meta tool-meta--totals">
                <dt>{t('true_cost.result.net_received')}</dt>
                <dd>{money(result.netReceived)}</dd>
                <dt>{t('true_cost.result.total_repaid')}</dt>
                <dd>{money(result.totalRepaid)}</dd>
                <dt>{t('true_cost.result.total_cost')}</dt>
                <dd>{money(result.totalCost)}</dd>
              </dl>
              <BandNotice apr={result.apr} />
            </>
          ) : (
            <p className="notice notice--warning">
              {t('true_cost.result.negative', {
                total: money(result.totalRepaid ?? 0),
                net: money(result.netReceived ?? 0),
              })}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="true-cost-legal">
        <h2 id="true-cost-legal">{t('true_cost.legal.heading')}</h2>
        <p>{t('true_cost.legal.intro')}</p>
        <LegalRefCard id="spc_2017_financial_trial_2" />
        <LegalRefCard id="private_lending_25" />
        <p className="notice">{t('true_cost.legal.lpr_note')}</p>
      </section>

      <nav aria-labelledby="true-cost-next" className="no-print">
        <h2 id="true-cost-next">{t('true_cost.next.heading')}</h2>
        <ul>
          <li>
            <Link to="/letters/negotiation_request">{t('true_cost.next.letter')}</Link>
          </li>
          <li>
            <Link to="/log">{t('true_cost.next.log')}</Link>
          </li>
          <li>
            <Link to="/plan">{t('common.back_to_plan')}</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}

function BandNotice({ apr }: { apr: number }) {
  const { t } = useTranslation('tools');
  const band = rateBand(apr);
  const className = band === 'at_or_below_24' ? 'notice' : 'notice notice--warning';
  return (
    <div className={className}>
      <h3>{t(`true_cost.band.${band}.title`)}</h3>
      <p>{t(`true_cost.band.${band}.body`)}</p>
    </div>
  );
}
