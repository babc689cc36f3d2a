/**
 * The wizard's flow, declared as data: an ordered list of steps, each with the fields it asks
 * and an optional condition (also data) on earlier answers. Pages render whatever step this
 * list names, so changing the interview means editing this file only. Everything here must stay
 * serialisable (plain objects, no functions, no JSX), so the flow can be checked, printed and
 * tested like content. Step ids are snake_case; field names are Answers v1 paths: a field name
 * ("cause") or a part of the court paper ("courtPaper.receivedOn", see paths.ts).
 * Text for every step and field lives in content/<locale>/wizard.json under the `content` key.
 *
 * The court-paper steps (court_paper … paper_dispute) show only at a legal stage that has a
 * paper. They ask which lender the paper is from and which paper it is, the day it arrived
 * (or 不记得了), then either the last day written on the court's notice (papers whose period
 * the court sets) or, for a payment order, whether the debt itself is disputed.
 */
import {
  CAUSES,
  COLLECTION,
  COURT_PAPERS,
  DEBT_KINDS,
  EVIDENCE,
  LEGAL_STAGES,
  MAX_NAME_LENGTH,
  NEGOTIATED,
  PAPER_DISPUTES,
  PAPER_STAGES,
} from '../../rules/answers';
import { ESSENTIAL_PARTS } from '../../store/answers-store';
import type { AnswerKey, AnswerPath } from './paths';

export type { AnswerKey, AnswerPath };

/** A condition on the draft, evaluated by `isShown` in conditions.ts. */
export type Condition =
  | { field: AnswerPath; in: readonly string[] }
  | { field: AnswerPath; notIn: readonly string[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

export type FieldType =
  | 'choice'
  | 'multi'
  | 'amount'
  | 'days'
  | 'percent'
  | 'text'
  /** A calendar day, YYYY-MM-DD (a date picker). */
  | 'date'
  /** One of the debts entered on the debts step, stored as its index. */
  | 'debt';

export type FieldDef = {
  /** Form key, and the Answers path it fills (top-level field name or "courtPaper.<part>"). */
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
  /** date: which court-paper date it is, for the checks against today (paperDateIssue). */
  dateKind?: 'receivedOn' | 'courtDate';
};

export type StepKind =
  | 'fields' // each field fills the Answers field of the same name
  | 'amount_group' // the fields are parts stored in extras; their sum fills `answers[0]`
  | 'debt_list'; // a list page; `fields` is the form for one debt

export type Step = {
  id: string;
  kind: StepKind;
  fields: readonly FieldDef[];
  /** The Answers paths this step fills: the step is complete when they all are given and valid. */
  answers: readonly AnswerPath[];
  showIf?: Condition;
  /** What the step's answers are set to while the step is hidden (undefined: removed). */
  whenHidden?: { readonly [P in AnswerPath]?: unknown };
};

/** At a legal stage that has a court paper. */
const AT_PAPER_STAGE: Condition = { field: 'legal', in: PAPER_STAGES };
/** Papers whose period the court (or the arbitration commission) writes on its notice. */
const NOTICE_DATED_PAPERS = COURT_PAPERS.filter((p) => p !== 'payment_order');

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
    id: 'court_paper',
    kind: 'fields',
    answers: ['courtPaper.debt', 'courtPaper.paper'],
    showIf: AT_PAPER_STAGE,
    whenHidden: { courtPaper: undefined },
    fields: [
      // With one debt the lender is that one; the page asks only when there are several.
      { name: 'courtPaper.debt', type: 'debt', content: 'fields.courtPaper.debt' },
      {
        name: 'courtPaper.paper',
        type: 'choice',
        content: 'fields.courtPaper.paper',
        options: COURT_PAPERS,
      },
    ],
  },
  {
    id: 'paper_received',
    kind: 'fields',
    answers: ['courtPaper.receivedOn'],
    showIf: AT_PAPER_STAGE,
    fields: [
      {
        name: 'courtPaper.receivedOn',
        type: 'date',
        content: 'fields.courtPaper.receivedOn',
        unknownOption: true,
        dateKind: 'receivedOn',
      },
    ],
  },
  {
    id: 'court_date',
    kind: 'fields',
    answers: ['courtPaper.courtDate'],
    showIf: { all: [AT_PAPER_STAGE, { field: 'courtPaper.paper', in: NOTICE_DATED_PAPERS }] },
    whenHidden: { 'courtPaper.courtDate': undefined },
    fields: [
      {
        name: 'courtPaper.courtDate',
        type: 'date',
        content: 'fields.courtPaper.courtDate',
        unknownOption: true,
        dateKind: 'courtDate',
      },
    ],
  },
  {
    id: 'paper_dispute',
    kind: 'fields',
    answers: ['courtPaper.disputes'],
    showIf: { all: [AT_PAPER_STAGE, { field: 'courtPaper.paper', in: ['payment_order'] }] },
    whenHidden: { 'courtPaper.disputes': undefined },
    fields: [
      {
        name: 'courtPaper.disputes',
        type: 'choice',
        content: 'fields.courtPaper.disputes',
        options: PAPER_DISPUTES,
      },
    ],
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
