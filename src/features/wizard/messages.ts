import type { TFunction } from 'i18next';
import type { FieldDef } from './flow';
import { isRequiredError } from './form-state';

/**
 * The text for a field's error: "nothing given" uses the field's own what-to-do message
 * ("请输入每月收入，例如 5000"); any other problem says which field and how to fix it.
 */
export function errorText(t: TFunction, field: FieldDef, error: string): string {
  if (isRequiredError(error)) return t(`${field.content}.required`);
  const name = t(`${field.content}.name`);
  const key = `errors.${error.replace(/^errors\./, '')}`;
  return t(key, { name, defaultValue: t('errors.invalid', { name }) });
}

/** Formats yuan the way people write them: thousands separated, no needless ".00". */
export function formatAmount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
