import type { Answers, Debt } from '../../../src/rules/answers';

export function debt(n: number, overrides: Partial<Debt> = {}): Debt {
  return {
    name: `平台${n}`,
    kind: 'microloan',
    outstanding: 1000 + n,
    overdueDays: 30,
    apr: 24,
    penalties: null,
    ...overrides,
  };
}

/** A complete, valid set of answers: someone who lost their job, with two debts. */
export const ANSWERS: Answers = {
  v: 1,
  cause: 'job_loss',
  incomeExpectedInDays: 20,
  monthlyIncome: 5000,
  monthlyEssentials: 3000,
  lumpSumAvailable: 2000,
  debts: [debt(1), debt(2, { kind: 'bank', name: '某某银行信用卡' })],
  evidence: ['job_loss_proof'],
  collection: ['night_calls'],
  legal: 'none',
  negotiated: 'not_yet',
};
