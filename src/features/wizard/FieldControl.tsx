import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../ui/TextInput';
import { Radios, type Option } from '../../ui/Radios';
import { Checkboxes } from '../../ui/Checkboxes';
import { Checkbox } from '../../ui/Checkbox';
import { BAD_DATE_INPUT } from '../../lib/parse-date';
import { addYearsIso, type IsoDate } from '../../rules/dates';
import { PAPER_DATE_MAX_YEARS_BACK } from '../../rules/answers';
import type { FieldDef } from './flow';
import { fieldId, type FormState } from './form-state';

type Props = {
  field: FieldDef;
  form: FormState;
  setForm: (update: (form: FormState) => FormState) => void;
  error?: string;
  /** The question itself: the step title when this is the page's only field. */
  label: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The lenders' names as entered, for a `debt` field (plain text, never markup). */
  debtNames?: readonly string[];
  /** Today, YYYY-MM-DD: bounds the date picker. */
  today?: IsoDate;
};

/** Renders one field of the flow with the right control; all text comes from wizard.json. */
export function FieldControl(props: Props) {
  const { field, form, setForm, error, label, headingRef, debtNames = [], today } = props;
  const { t, i18n } = useTranslation('wizard');
  const id = fieldId(field.name);
  const maybe = (key: string) => (i18n.exists(key, { ns: 'wizard' }) ? t(key) : undefined);
  const hint = maybe(`${field.content}.hint`);
  const errorPrefix = t('common.error_prefix');
  const options: Option[] = (field.options ?? []).map((value) => ({
    value,
    label: t(`${field.content}.options.${value}.label`),
    hint: maybe(`${field.content}.options.${value}.hint`),
  }));
  const setText = (value: string) =>
    setForm((f) => ({ ...f, text: { ...f.text, [field.name]: value } }));
  const setUnknown = (checked: boolean) =>
    setForm((f) => ({ ...f, unknown: { ...f.unknown, [field.name]: checked } }));

  if (field.type === 'debt') {
    // With one debt there is nothing to choose: the paper is from that lender.
    if (debtNames.length <= 1) return null;
    return (
      <Radios
        id={id}
        legend={label}
        hint={hint}
        error={error}
        errorPrefix={errorPrefix}
        options={debtNames.map((name, i) => ({ value: String(i), label: name }))}
        value={form.text[field.name] ?? ''}
        onChange={setText}
        headingRef={headingRef}
      />
    );
  }
  if (field.type === 'choice') {
    return (
      <Radios
        id={id}
        legend={label}
        hint={hint}
        error={error}
        errorPrefix={errorPrefix}
        options={options}
        value={form.text[field.name] ?? ''}
        onChange={setText}
        headingRef={headingRef}
      />
    );
  }
  if (field.type === 'multi') {
    return (
      <Checkboxes
        id={id}
        legend={label}
        hint={hint}
        error={error}
        errorPrefix={errorPrefix}
        options={options}
        values={form.lists[field.name] ?? []}
        onChange={(values) =>
          setForm((f) => ({ ...f, lists: { ...f.lists, [field.name]: values } }))
        }
        none={
          field.noneOption
            ? {
                label: t(`${field.content}.none`),
                or: t('common.or'),
                checked: !!form.unknown[field.name],
                onChange: setUnknown,
              }
            : undefined
        }
        headingRef={headingRef}
      />
    );
  }
  const unknown = !!(field.unknownOption && form.unknown[field.name]);
  const isDate = field.type === 'date';
  const years = PAPER_DATE_MAX_YEARS_BACK;
  const dateBounds =
    isDate && today
      ? {
          min: addYearsIso(today, -years),
          max: field.dateKind === 'receivedOn' ? today : addYearsIso(today, years),
        }
      : {};
  const dateProps = isDate
    ? { type: 'date' as const, onInvalidInput: () => setText(BAD_DATE_INPUT), ...dateBounds }
    : {};
  const suffix =
    field.type === 'amount'
      ? t('common.yuan')
      : field.type === 'days'
        ? t('common.days')
        : field.type === 'percent'
          ? t('common.percent')
          : undefined;
  return (
    <>
      <TextInput
        id={id}
        label={label}
        hint={hint}
        error={error}
        errorPrefix={errorPrefix}
        value={
          unknown || form.text[field.name] === BAD_DATE_INPUT ? '' : (form.text[field.name] ?? '')
        }
        onChange={setText}
        inputMode={field.type === 'text' ? 'text' : 'decimal'}
        width={field.type === 'text' || isDate ? 'full' : 'short'}
        suffix={suffix}
        {...dateProps}
        disabled={unknown}
        headingRef={headingRef}
      />
      {field.unknownOption && (
        <Checkbox
          id={`${id}-unknown`}
          label={t(`${field.content}.unknown`)}
          checked={unknown}
          onChange={setUnknown}
        />
      )}
    </>
  );
}
