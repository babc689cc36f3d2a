/**
 * Invariants of buildPlan over random valid Answers (every one accepted by AnswersSchema).
 */
import { TODAY } from '../today';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { daysBetween } from '../../../src/rules/dates';
import { courtPaperArb, isoDateArb } from '../share/answers-arbitrary';
import {
  AnswersSchema,
  CAUSES,
  COLLECTION,
  DEBT_KINDS,
  EVIDENCE,
  LEGAL_STAGES,
  NEGOTIATED,
  PAPER_STAGES,
  type Answers,
  type Debt,
} from '../../../src/rules/answers';
import { buildPlan } from '../../../src/rules/build-plan';
import { FITS, METHOD_IDS, REASON_IDS } from '../../../src/rules/ids';
import { LENDER_TERMS, termsFor } from '../../../src/rules/lender-terms';
import type { Plan } from '../../../src/rules/plan';
import { deepFreeze, fen, sumFen } from './situations';

/** Yuan with at most two decimals, weighted towards everyday amounts but reaching the maximum. */
const amount = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 3_000_000 }).map((f) => f / 100) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000_000 }).map((f) => f / 100) },
);
const days = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3650 }) },
);

const debtArb: fc.Arbitrary<Debt> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0),
  kind: fc.constantFrom(...DEBT_KINDS),
  outstanding: amount,
  overdueDays: days,
  apr: fc.option(
    fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 10_000, noNaN: true })),
  ),
  penalties: fc.option(amount),
});

const withoutPaperArb = fc.record({
  v: fc.constant(1 as const),
  cause: fc.constantFrom(...CAUSES),
  incomeExpectedInDays: fc.option(days),
  monthlyIncome: amount,
  monthlyEssentials: amount,
  lumpSumAvailable: amount,
  debts: fc.oneof(
    { weight: 3, arbitrary: fc.array(debtArb, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(debtArb, { minLength: 1, maxLength: 20 }) },
  ),
  evidence: fc.subarray([...EVIDENCE]),
  collection: fc.subarray([...COLLECTION]),
  legal: fc.oneof(
    { weight: 2, arbitrary: fc.constant('none' as const) },
    { weight: 1, arbitrary: fc.constantFrom(...LEGAL_STAGES) },
  ),
  negotiated: fc.constantFrom(...NEGOTIATED),
});

/** Any valid answers; at a stage with a court paper, often with one (the optional field). */
export const answersArb: fc.Arbitrary<Answers> = withoutPaperArb.chain((a) =>
  (PAPER_STAGES as readonly string[]).includes(a.legal)
    ? fc
        .option(courtPaperArb(a.debts.length), { nil: undefined, freq: 3 })
        .map((courtPaper) => (courtPaper ? { ...a, courtPaper } : a))
    : fc.constant(a),
);

/** Every number anywhere in the plan. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

/** Each debt's content with its offer and flags, position removed: a multiset key. */
function perDebt(answers: Answers, plan: Plan): string[] {
  return answers.debts
    .map((debt, i) => {
      const { debt: _index, ...offer } = plan.offers[i]!;
      const flags = plan.flags.filter((f) => f.debt === i).map((f) => f.id);
      return JSON.stringify({ debt, offer, flags });
    })
    .sort();
}

/** Each method's own proposal as a multiset of (debt content, offer without position). */
function methodOffersPerDebt(answers: Answers, plan: Plan): Record<string, string[]> {
  return Object.fromEntries(
    plan.methods.map((m) => [
      m.id,
      (m.offers ?? [])
        .map(({ debt: index, ...offer }) => JSON.stringify({ debt: answers.debts[index], offer }))
        .sort(),
    ]),
  );
}

/** The plan without anything that names a debt by its position. */
function withoutPositions(plan: Plan) {
  const { offers: _o, flags: _f, methods, courtDeadline, ...rest } = plan;
  const deadline = courtDeadline && { ...courtDeadline, debt: 0 };
  return { ...rest, methods: methods.map(({ offers: _mo, ...m }) => m), deadline };
}

const runs = { numRuns: 400 };

describe('buildPlan: properties over any valid answers', () => {
  it('the generator only makes answers the schema accepts', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(AnswersSchema.safeParse(a).success).toBe(true);
      }),
      runs,
    );
  });

  it('gives all five methods once, best first, each with reasons', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { methods } = buildPlan(a, { today: TODAY });
        expect(methods.map((m) => m.id).sort()).toEqual([...METHOD_IDS].sort());
        const ranks = methods.map((m) => FITS.indexOf(m.fit));
        expect(ranks.every((r) => r >= 0)).toBe(true);
        expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
        for (const m of methods) {
          expect(m.reasons.length).toBeGreaterThan(0);
          for (const r of m.reasons) expect(REASON_IDS).toContain(r);
        }
      }),
      runs,
    );
  });

  it('never offers more each month than is left after essentials', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const plan = buildPlan(a, { today: TODAY });
        const available = Math.max(0, fen(a.monthlyIncome) - fen(a.monthlyEssentials));
        expect(fen(plan.budget.monthlyAvailable)).toBe(available);
        const offered = sumFen(plan.offers.map((o) => o.monthlyPayment));
        expect(offered).toBeLessThanOrEqual(available);
        expect(fen(plan.budget.monthlyOffered)).toBe(offered);
        expect(sumFen(plan.offers.map((o) => o.settlement ?? 0))).toBeLessThanOrEqual(
          fen(a.lumpSumAvailable),
        );
      }),
      runs,
    );
  });

  it('makes one sound offer per debt, in debt order', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const plan = buildPlan(a, { today: TODAY });
        expect(plan.offers.map((o) => o.debt)).toEqual(a.debts.map((_, i) => i));
        // Every amount and count is finite and never negative (a deadline's days left may be).
        const { courtDeadline: _deadline, ...amounts } = plan;
        expect(numbers(amounts).every((n) => Number.isFinite(n) && n >= 0)).toBe(true);
        plan.offers.forEach((o, i) => {
          const debt = a.debts[i]!;
          const cap = termsFor(debt.kind).maxInstalmentMonths;
          expect(o.months).toBeLessThanOrEqual(cap);
          expect(Number.isInteger(o.months)).toBe(true);
          expect(o.months === 0).toBe(o.monthlyPayment === 0);
          // Never more than the debt itself; never more per month than what is left on it.
          expect(fen(o.total)).toBeLessThanOrEqual(fen(debt.outstanding));
          // Penalty relief never asks to cancel principal: only the penalties may be waived.
          const penalties = Math.min(fen(debt.penalties ?? 0), fen(debt.outstanding));
          expect(fen(o.total)).toBeGreaterThanOrEqual(fen(debt.outstanding) - penalties);
          expect(fen(o.monthlyPayment)).toBeLessThanOrEqual(fen(o.total) - fen(o.settlement ?? 0));
          if (o.method === 'extension') {
            expect(o.extensionDays).toBeGreaterThanOrEqual(3);
            expect(o.extensionDays).toBeLessThanOrEqual(30);
            // The new due date never comes before the money does.
            expect(o.extensionDays).toBeGreaterThanOrEqual(a.incomeExpectedInDays!);
            expect(o.total).toBe(debt.outstanding);
          } else {
            expect(o.extensionDays).toBeUndefined();
          }
        });
      }),
      runs,
    );
  });

  it('gives each suited method its own proposal, within the budget and with numbers to say', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const plan = buildPlan(a, { today: TODAY });
        const available = fen(plan.budget.monthlyAvailable);
        for (const m of plan.methods) {
          if (m.fit === 'not_suited') {
            expect(m.offers).toBeUndefined();
            continue;
          }
          // Money expected within 30 days is what makes an extension suit: it always has a date.
          if (m.id === 'extension') {
            const owing = a.debts.filter((d) => fen(d.outstanding) > 0).length;
            expect(m.offers?.length ?? 0).toBe(owing);
          }
          if (m.offers === undefined) continue;
          expect(m.offers.length).toBeGreaterThan(0);
          const debts = m.offers.map((o) => o.debt);
          expect([...debts].sort((x, y) => x - y)).toEqual(debts);
          expect(new Set(debts).size).toBe(debts.length);
          expect(sumFen(m.offers.map((o) => o.monthlyPayment))).toBeLessThanOrEqual(available);
          expect(sumFen(m.offers.map((o) => o.settlement ?? 0))).toBeLessThanOrEqual(
            fen(a.lumpSumAvailable),
          );
          for (const o of m.offers) {
            expect(o.method).toBe(m.id);
            expect(o.total).toBeGreaterThan(0);
            expect(fen(o.total)).toBeLessThanOrEqual(fen(a.debts[o.debt]!.outstanding));
            expect(o.months === 0).toBe(o.monthlyPayment === 0);
            const settles = (o.settlement ?? 0) > 0;
            if (m.id === 'instalments' || m.id === 'restructuring') {
              // Never "¥0 a month": a monthly proposal pays something every month.
              expect(o.monthlyPayment > 0 || o.pause === true).toBe(true);
              expect(o.months).toBeGreaterThanOrEqual(1);
              expect(settles).toBe(false);
            }
            if (m.id === 'hardship') {
              expect(settles).toBe(false);
              expect(o.monthlyPayment > 0 || o.pause === true).toBe(true);
              if (o.pause)
                expect(o.firstPaymentInDays).toBe(
                  a.incomeExpectedInDays ?? LENDER_TERMS.timing.pauseReviewInDays,
                );
            }
            if (m.id === 'penalty_relief') {
              expect(o.monthlyPayment > 0 || settles).toBe(true);
              // Only the penalties may be waived: the principal is paid in full.
              const d = a.debts[o.debt]!;
              const principal =
                fen(d.outstanding) - Math.min(fen(d.penalties ?? 0), fen(d.outstanding));
              expect(fen(o.total)).toBe(principal);
            }
            if (m.id === 'extension') {
              expect(o.extensionDays).toBeGreaterThanOrEqual(3);
              expect(o.extensionDays).toBeLessThanOrEqual(30);
              expect(o.extensionDays).toBeGreaterThanOrEqual(a.incomeExpectedInDays!);
            }
            // Where the offers table uses the same method for this debt, the script agrees with it.
            const row = plan.offers[o.debt]!;
            if (row.method === m.id) expect(o).toEqual(row);
          }
        }
      }),
      runs,
    );
  });

  it('flags a shortfall exactly when the usual terms cannot be met, and clears debts in term otherwise', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const plan = buildPlan(a, { today: TODAY });
        const flagged = plan.flags.some((f) => f.id === 'budget_shortfall');
        expect(flagged).toBe(plan.budget.shortfall > 0);
        if (!flagged) for (const o of plan.offers) expect(o.leftAfterTerm).toBeUndefined();
      }),
      runs,
    );
  });

  it('flags every debt above 24% and 36% and every possibly unlicensed lender', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const plan = buildPlan(a, { today: TODAY });
        a.debts.forEach((d, i) => {
          const ids = plan.flags.filter((f) => f.debt === i).map((f) => f.id);
          expect(ids.includes('apr_over_24')).toBe(d.apr !== null && d.apr > 24);
          expect(ids.includes('apr_over_36')).toBe(d.apr !== null && d.apr > 36);
          expect(ids.includes('unlicensed_lender')).toBe(d.kind === 'unknown');
        });
      }),
      runs,
    );
  });

  it('dates the court paper, and only "today" moves its days left', () => {
    fc.assert(
      fc.property(answersArb, isoDateArb, (a, today) => {
        const plan = buildPlan(a, { today });
        const deadline = plan.courtDeadline;
        expect(deadline !== undefined).toBe(a.courtPaper !== undefined);
        if (!deadline) return;
        expect(deadline.debt).toBe(a.courtPaper!.debt);
        if (deadline.lastDay === null) {
          expect(deadline).toMatchObject({ daysLeft: null, status: 'unknown' });
        } else {
          expect(deadline.daysLeft).toBe(daysBetween(today, deadline.lastDay));
          expect(plan.courtAdvice.some((id) => id.startsWith('deadline_passed_'))).toBe(
            deadline.daysLeft! < 0,
          );
        }
      }),
      runs,
    );
  });

  it('reads no clock: the same answers and day give the same plan at any system time', () => {
    const sample = fc.sample(answersArb, { numRuns: 40, seed: 13 });
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2030-06-01T12:00:00Z'));
      const first = sample.map((a) => buildPlan(a, { today: TODAY }));
      vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
      expect(sample.map((a) => buildPlan(a, { today: TODAY }))).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is deterministic and never changes its input', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const copy = structuredClone(a);
        const frozen = deepFreeze(structuredClone(a));
        const first = buildPlan(frozen, { today: TODAY });
        expect(frozen).toEqual(copy);
        expect(buildPlan(copy, { today: TODAY })).toEqual(first);
      }),
      runs,
    );
  });

  it('permuting the debts permutes the offers and flags and changes nothing else', () => {
    const withOrder = answersArb.chain((a) =>
      fc.tuple(
        fc.constant(a),
        fc.shuffledSubarray(
          a.debts.map((_, i) => i),
          { minLength: a.debts.length },
        ),
      ),
    );
    fc.assert(
      fc.property(withOrder, ([a, order]) => {
        const paper = a.courtPaper;
        const shuffled = {
          ...a,
          debts: order.map((i) => a.debts[i]!),
          ...(paper ? { courtPaper: { ...paper, debt: order.indexOf(paper.debt) } } : {}),
        };
        const plan = buildPlan(a, { today: TODAY });
        const other = buildPlan(shuffled, { today: TODAY });
        // The court paper stays with its lender.
        if (paper) expect(other.courtDeadline?.debt).toBe(order.indexOf(paper.debt));
        expect(perDebt(shuffled, other)).toEqual(perDebt(a, plan));
        // Each method's own proposal permutes with the debts too.
        expect(methodOffersPerDebt(shuffled, other)).toEqual(methodOffersPerDebt(a, plan));
        expect(withoutPositions(other)).toEqual(withoutPositions(plan));
        // Where debts differ, each keeps exactly its own offer.
        order.forEach((from, to) => {
          const twins = a.debts.filter(
            (d) => JSON.stringify(d) === JSON.stringify(a.debts[from]),
          ).length;
          if (twins === 1) {
            expect({ ...other.offers[to]!, debt: from }).toEqual(plan.offers[from]);
          }
        });
      }),
      runs,
    );
  });

  it('splits the monthly money in proportion among debts of the same kind and method', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const plan = buildPlan(a, { today: TODAY });
        const owed = plan.offers.map((o) => fen(o.total) - fen(o.settlement ?? 0));
        plan.offers.forEach((x, i) =>
          plan.offers.forEach((y, j) => {
            const comparable =
              a.debts[i]!.kind === a.debts[j]!.kind &&
              x.method === y.method &&
              owed[i]! >= owed[j]!;
            if (comparable)
              expect(fen(x.monthlyPayment) + 1).toBeGreaterThanOrEqual(fen(y.monthlyPayment));
          }),
        );
      }),
      runs,
    );
  });
});
