/**
 * The wizard's flow, declared as data: an ordered list of steps, each with the fields it asks
 * and an optional condition (also data) on earlier answers. Pages render whatever step this
 * list names, so changing the interview means editing this file only. Everything here must stay
 * serialisable (plain objects, no functions, no JSX), so the flow can be checked, printed and
 * tested like content. Step ids are snake_case; field names are the Answers v1 field names.
 * Text for every step and field lives in content/<locale>/wizard.json under the `content` key.
 */
import {
  CAUSES,
  COLLECTION,
  DEBT_KINDS,
  EVIDENCE,
  LEGAL_STAGES,
  MAX_NAME_LENGTH,
  NEGOTIATED,
  type Answers,
} from '../../rules/answers';
import { ESSENTIAL_PARTS, type Draft } from '../../store/answers-store';

export type AnswerKey = Exclude<keyof Answers, 'v'>;

/** A condition on the draft, evaluated by `isShown` in conditions.ts. */
export type Condition =
  | { field: AnswerKey; in: readonly string[] }
  | { field: AnswerKey; notIn: readonly string[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

export type FieldType = 'choice' | 'multi' | 'amount' | 'days' | 'percent' | 'text';

export type FieldDef = {
  /** Form key; for top-level fields also the Answers field it fills. */
  name: string;
  type: FieldType;
  /** Key prefix in the `wizard` namespace: label/name/hint/required/options live under it. */
  content: string;
  options?: readonly string[];
  /** multi: adds an exclusive "none of these" choice, which means []. */
  noneOption?: boolean;
  /** number: adds "I don't know / not sure", which means null. */
  unknownOption?: boolean;
  /** May be left blank (the step decides what blank means). */
  optional?: boolean;
  maxLength?: number;
};

export type StepKind =
  | 'fields' // each field fills the Answers field of the same name
  | 'amount_group' // the fields are parts stored in extras; their sum fills `answers[0]`
  | 'debt_list'; // a list page; `fields` is the form for one debt

export type Step = {
  id: string;
  kind: StepKind;
  fields: readonly FieldDef[];
  /** The Answers fields this step fills: the step is complete when they all are valid. */
  answers: readonly AnswerKey[];
  showIf?: Condition;
  /** What the step's answers are set to while the step is hidden. */
  whenHidden?: Partial<Draft>;
};

/** The form for one debt on the debts step. */
export const DEBT_FIELDS: readonly FieldDef[] = [
  { name: 'name', type: 'text', content: 'debt.fields.name', maxLength: MAX_NAME_LENGTH },
  { name: 'kind', type: 'choice', content: 'debt.fields.kind', options: DEBT_KINDS },
  { name: 'outstanding', type: 'amount', content: 'debt.fields.outstanding' },
  { name: 'overdueDays', type: 'days', content: 'debt.fields.overdueDays' },
  { name: 'apr', type: 'percent', content: 'debt.fields.apr', unknownOption: true },
  { name: 'penalties', type: 'amount', content: 'debt.fields.penalties', unknownOption: true },
];

export const FLOW: readonly Step[] = [
  {
    id: 'cause',
    kind: 'fields',
    answers: ['cause'],
    fields: [{ name: 'cause', type: 'choice', content: 'fields.cause', options: CAUSES }],
  },
  {
    id: 'income_expected',
    kind: 'fields',
    answers: ['incomeExpectedInDays'],
    fields: [
      {
        name: 'incomeExpectedInDays',
        type: 'days',
        content: 'fields.incomeExpectedInDays',
        unknownOption: true,
      },
    ],
  },
  {
    id: 'income',
    kind: 'fields',
    answers: ['monthlyIncome'],
    fields: [{ name: 'monthlyIncome', type: 'amount', content: 'fields.monthlyIncome' }],
  },
  {
    id: 'essentials',
    kind: 'amount_group',
    answers: ['monthlyEssentials'],
    fields: ESSENTIAL_PARTS.map((p) => ({
      name: p,
      type: 'amount' as const,
      content: `fields.essentials.parts.${p}`,
      optional: true,
    })),
  },
  {
    id: 'lump_sum',
    kind: 'fields',
    answers: ['lumpSumAvailable'],
    fields: [{ name: 'lumpSumAvailable', type: 'amount', content: 'fields.lumpSumAvailable' }],
  },
  { id: 'debts', kind: 'debt_list', answers: ['debts'], fields: DEBT_FIELDS },
  {
    id: 'legal',
    kind: 'fields',
    answers: ['legal'],
    fields: [{ name: 'legal', type: 'choice', content: 'fields.legal', options: LEGAL_STAGES }],
  },
  {
    id: 'collection',
    kind: 'fields',
    answers: ['collection'],
    fields: [
      {
        name: 'collection',
        type: 'multi',
        content: 'fields.collection',
        options: COLLECTION,
        noneOption: true,
      },
    ],
  },
  {
    id: 'evidence',
    kind: 'fields',
    answers: ['evidence'],
    // Proof of hardship does not apply to borrowing from one lender to repay another.
    showIf: { field: 'cause', notIn: ['too_many_debts'] },
    whenHidden: { evidence: [] },
    fields: [
      {
        name: 'evidence',
        type: 'multi',
        content: 'fields.evidence',
        options: EVIDENCE,
        noneOption: true,
      },
    ],
  },
  {
    id: 'negotiated',
    kind: 'fields',
    answers: ['negotiated'],
    fields: [
      { name: 'negotiated', type: 'choice', content: 'fields.negotiated', options: NEGOTIATED },
    ],
  },
];

export function findStep(id: string | undefined): Step | undefined {
  return FLOW.find((s) => s.id === id);
}
