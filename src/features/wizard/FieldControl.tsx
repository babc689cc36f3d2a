import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../ui/TextInput';
import { Radios, type Option } from '../../ui/Radios';
import { Checkboxes } from '../../ui/Checkboxes';
import { Checkbox } from '../../ui/Checkbox';
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
};

/** Renders one field of the flow with the right control; all text comes from wizard.json. */
export function FieldControl({ field, form, setForm, error, label, headingRef }: Props) {
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
        value={unknown ? '' : (form.text[field.name] ?? '')}
        onChange={setText}
        inputMode={field.type === 'text' ? 'text' : 'decimal'}
        width={field.type === 'text' ? 'full' : 'short'}
        suffix={suffix}
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
