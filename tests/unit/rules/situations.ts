/**
 * Small builders for borrower situations: a typical person with one overdue consumer loan,
 * changed only where a situation differs. Answers go through AnswersSchema, so every
 * situation is one the wizard could really produce.
 */
import { AnswersSchema, type Answers, type Debt } from '../../../src/rules/answers';

export function debt(over: Partial<Debt> = {}): Debt {
  return {
    name: 'App',
    kind: 'consumer_finance',
    outstanding: 10_000,
    overdueDays: 20,
    apr: null,
    penalties: null,
    ...over,
  };
}

/** n debts named App 1..n, owing 3000, 4000, 5000 … unless overridden. */
export function lenders(n: number, over: Partial<Debt> = {}): Debt[] {
  return Array.from({ length: n }, (_, i) =>
    debt({ name: `App ${i + 1}`, outstanding: 3_000 + 1_000 * i, ...over }),
  );
}

export function person(over: Partial<Answers> = {}): Answers {
  return AnswersSchema.parse({
    v: 1,
    cause: 'income_drop',
    incomeExpectedInDays: null,
    monthlyIncome: 6_000,
    monthlyEssentials: 4_000,
    lumpSumAvailable: 0,
    debts: [debt()],
    evidence: [],
    collection: [],
    legal: 'none',
    negotiated: 'not_yet',
    ...over,
  });
}

/** Freezes an object and everything inside it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as object)) deepFreeze(inner);
  }
  return value;
}

const fen = (yuan: number): number => Math.round(yuan * 100);
export const sumFen = (xs: readonly number[]): number => xs.reduce((a, x) => a + fen(x), 0);
export { fen };
