/** fast-check arbitraries for valid Answers v1 (what the wizard can produce). */
import fc from 'fast-check';
import {
  CAUSES,
  COLLECTION,
  COURT_PAPERS,
  DEBT_KINDS,
  EVIDENCE,
  LEGAL_STAGES,
  MAX_AMOUNT,
  MAX_APR,
  MAX_DAYS,
  NEGOTIATED,
  PAPER_DISPUTES,
  PAPER_STAGES,
  type Answers,
  type CourtPaper,
} from '../../../src/rules/answers';
import { addDaysIso } from '../../../src/rules/dates';

/** Yuan with at most two decimals. */
export const amountArb = fc
  .oneof(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: MAX_AMOUNT * 100 }))
  .map((fen) => fen / 100);
const daysArb = fc.integer({ min: 0, max: MAX_DAYS });
const aprArb = fc.oneof(
  fc.integer({ min: 0, max: MAX_APR }),
  fc
    .double({ min: 0, max: MAX_APR, noNaN: true, noDefaultInfinity: true })
    .map((x) => (x === 0 ? 0 : x)),
);

/** Names people type: Chinese, Latin, digits, emoji, markup-looking text; trimmed, 1..40 chars. */
export const nameArb = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(...'借呗花呗微粒贷京东金条招商银行消费金融有限公司分期乐安逸花'),
      fc.constantFrom(...'<>&"\'/ =script'),
      fc.string({ minLength: 1, maxLength: 1 }),
      fc.constantFrom('😀', '𠮷', 'é'),
    ),
    minLength: 1,
    maxLength: 40,
  })
  .map((s) => s.trim())
  .filter((s) => s.length >= 1 && s.length <= 40);

export const debtArb = fc.record({
  name: nameArb,
  kind: fc.constantFrom(...DEBT_KINDS),
  outstanding: amountArb,
  overdueDays: daysArb,
  apr: fc.option(aprArb, { nil: null }),
  penalties: fc.option(amountArb, { nil: null }),
});

/** A calendar day between 2021 and 2031. */
export const isoDateArb = fc.integer({ min: 0, max: 3650 }).map((n) => addDaysIso('2021-01-01', n));

/** A court paper for one of `debtCount` debts, consistent as the wizard makes it. */
export function courtPaperArb(debtCount: number): fc.Arbitrary<CourtPaper> {
  return fc
    .record({
      debt: fc.integer({ min: 0, max: debtCount - 1 }),
      paper: fc.constantFrom(...COURT_PAPERS),
      receivedOn: fc.option(isoDateArb, { nil: null }),
      after: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      disputes: fc.constantFrom(...PAPER_DISPUTES),
      skipDate: fc.boolean(),
    })
    .map(({ debt, paper, receivedOn, after, disputes, skipDate }): CourtPaper => {
      if (paper === 'payment_order') return { debt, paper, receivedOn, disputes };
      const courtDate = after === null ? null : addDaysIso(receivedOn ?? '2026-06-01', after);
      return skipDate ? { debt, paper, receivedOn } : { debt, paper, receivedOn, courtDate };
    });
}

const baseAnswersArb = fc.record({
  v: fc.constant(1 as const),
  cause: fc.constantFrom(...CAUSES),
  incomeExpectedInDays: fc.option(daysArb, { nil: null }),
  monthlyIncome: amountArb,
  monthlyEssentials: amountArb,
  lumpSumAvailable: amountArb,
  debts: fc.array(debtArb, { minLength: 1, maxLength: 20 }),
  evidence: fc.shuffledSubarray([...EVIDENCE]),
  collection: fc.shuffledSubarray([...COLLECTION]),
  legal: fc.constantFrom(...LEGAL_STAGES),
  negotiated: fc.constantFrom(...NEGOTIATED),
});

/** Valid Answers v1, with a court paper (the optional field) at about half the paper stages. */
export const answersArb: fc.Arbitrary<Answers> = baseAnswersArb.chain((answers) =>
  (PAPER_STAGES as readonly string[]).includes(answers.legal)
    ? fc
        .option(courtPaperArb(answers.debts.length), { nil: undefined })
        .map((courtPaper) => (courtPaper ? { ...answers, courtPaper } : answers))
    : fc.constant(answers),
);
