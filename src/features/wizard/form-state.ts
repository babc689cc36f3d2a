/**
 * What a step's form holds (the text people typed, the boxes they ticked) and how it is read
 * back into answers: typed text goes through src/lib/parse-amount.ts, then through the zod schema
 * of the Answers field, so the page and saved data obey one contract. Every problem is reported.
 */
import { z } from 'zod';
import {
  amountSchema,
  aprSchema,
  daysSchema,
  debtNameSchema,
  isoDateSchema,
  paperDateIssue,
} from '../../rules/answers';
import type { IsoDate } from '../../rules/dates';
import { parseAmount, parseApr, parseDays, type ParseResult } from '../../lib/parse-amount';
import { parseDateInput } from '../../lib/parse-date';
import type { Draft } from '../../store/answers-store';
import type { FieldDef } from './flow';
import { valueAt, type AnswerPath } from './paths';

export type FormState = {
  text: Record<string, string>;
  lists: Record<string, string[]>;
  /** The "I don't know" / "none of these" boxes. */
  unknown: Record<string, boolean>;
};

export type FieldError = { name: string; error: string };

export const NONE = 'none';

/** Message ids that mean "nothing was given": shown with the field's own "what to do" text. */
const REQUIRED_ERRORS = new Set([
  'errors.amount_required',
  'errors.days_required',
  'errors.apr_required',
  'errors.name_required',
  'errors.choose_one',
  'errors.choose_some',
  'errors.date_required',
]);

export function isRequiredError(error: string): boolean {
  return REQUIRED_ERRORS.has(error);
}

/** Prefills the form from saved values (numbers shown as typed digits; null ticks "unknown"). */
export function initialForm(
  fields: readonly FieldDef[],
  source: Record<string, unknown>,
): FormState {
  const form: FormState = { text: {}, lists: {}, unknown: {} };
  for (const field of fields) {
    const value = field.name.includes('.')
      ? valueAt(source as Draft, field.name as AnswerPath)
      : source[field.name];
    if (field.type === 'multi') {
      const list = Array.isArray(value) ? value.map(String) : [];
      form.lists[field.name] = list;
      form.unknown[field.name] = Array.isArray(value) && value.length === 0 && !!field.noneOption;
    } else {
      form.text[field.name] =
        typeof value === 'number' || typeof value === 'string' ? String(value) : '';
      form.unknown[field.name] = value === null && !!field.unknownOption;
    }
  }
  return form;
}

const PARSERS: Partial<Record<FieldDef['type'], (text: string) => ParseResult>> = {
  amount: parseAmount,
  days: parseDays,
  percent: parseApr,
};
const SCHEMAS: Partial<Record<FieldDef['type'], z.ZodType>> = {
  amount: amountSchema,
  days: daysSchema,
  percent: aprSchema,
  text: debtNameSchema,
};

type Read = { ok: true; value: unknown } | { ok: false; error: string };

/** What reading a field may need beyond the form: the day it is, and earlier answers. */
export type ReadContext = {
  /** Today on this device, YYYY-MM-DD: the court-paper dates are checked against it. */
  today?: IsoDate;
  /** Number of debts entered (a `debt` field chooses one of them). */
  debtCount?: number;
  /** The day the court paper arrived, when known: the notice's date cannot be earlier. */
  receivedOn?: IsoDate | null;
};

function readDebt(text: string, count: number): Read {
  // One debt: the paper can only be from that lender, so the page does not ask.
  if (count === 1) return { ok: true, value: 0 };
  const index = /^\d+$/.test(text) ? Number(text) : -1;
  return index >= 0 && index < count
    ? { ok: true, value: index }
    : { ok: false, error: 'errors.choose_one' };
}

function readDate(field: FieldDef, text: string, context: ReadContext): Read {
  const parsed = parseDateInput(text);
  if (!parsed.ok) return parsed;
  const checked = isoDateSchema.safeParse(parsed.value);
  if (!checked.success) return { ok: false, error: firstMessage(checked.error) };
  const { today, receivedOn } = context;
  if (today !== undefined && field.dateKind) {
    const issue = paperDateIssue(field.dateKind, parsed.value, today);
    if (issue) return { ok: false, error: issue };
  }
  if (field.dateKind === 'courtDate' && receivedOn && parsed.value < receivedOn) {
    return { ok: false, error: 'errors.court_date_before_received' };
  }
  return { ok: true, value: parsed.value };
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'errors.invalid';
}

/** Reads one field. Blank optional fields read as undefined. */
export function readField(field: FieldDef, form: FormState, context: ReadContext = {}): Read {
  if (field.type === 'multi') {
    if (form.unknown[field.name]) return { ok: true, value: [] };
    const chosen = (form.lists[field.name] ?? []).filter((v) => field.options?.includes(v));
    if (chosen.length === 0) return { ok: false, error: 'errors.choose_some' };
    return { ok: true, value: chosen };
  }
  if (field.unknownOption && form.unknown[field.name]) return { ok: true, value: null };
  const text = form.text[field.name] ?? '';
  if (field.type === 'choice') {
    const options = field.options ?? [];
    return options.includes(text)
      ? { ok: true, value: text }
      : { ok: false, error: 'errors.choose_one' };
  }
  if (field.type === 'debt') return readDebt(text, context.debtCount ?? 0);
  if (field.optional && text.trim() === '') return { ok: true, value: undefined };
  if (field.type === 'date') return readDate(field, text, context);
  let candidate: unknown = text;
  const parse = PARSERS[field.type];
  if (parse) {
    const parsed = parse(text);
    if (!parsed.ok) return parsed;
    candidate = parsed.value;
  }
  const schema = SCHEMAS[field.type];
  if (!schema) return { ok: true, value: candidate };
  const checked = schema.safeParse(candidate);
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, error: firstMessage(checked.error) };
}

/** Reads every field; values only if there were no errors. */
export function readFields(
  fields: readonly FieldDef[],
  form: FormState,
  context: ReadContext = {},
): { values: Record<string, unknown>; errors: FieldError[] } {
  const values: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const field of fields) {
    const read = readField(field, form, context);
    if (read.ok) values[field.name] = read.value;
    else errors.push({ name: field.name, error: read.error });
  }
  return { values, errors };
}

/** The id of the element an error links to: the input, or the first option of a group. */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}
