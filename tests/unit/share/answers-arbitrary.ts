/** fast-check arbitraries for valid Answers v1 (what the wizard can produce). */
import fc from 'fast-check';
import {
  CAUSES,
  COLLECTION,
  DEBT_KINDS,
  EVIDENCE,
  LEGAL_STAGES,
  MAX_AMOUNT,
  MAX_APR,
  MAX_DAYS,
  NEGOTIATED,
  type Answers,
} from '../../../src/rules/answers';

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

export const answersArb: fc.Arbitrary<Answers> = fc.record({
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
