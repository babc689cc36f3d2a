import { AnswersSchema, type Answers } from '../../../src/rules/answers';
import type { LogEntryInput } from '../../../src/store/log-store';

/** A lender name that would run script if it were ever treated as HTML. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** Complete answers; the second debt carries `secondName`. */
export function answersWith(secondName = '某某银行信用卡'): Answers {
  return AnswersSchema.parse({
    v: 1,
    cause: 'job_loss',
    incomeExpectedInDays: 20,
    monthlyIncome: 5000,
    monthlyEssentials: 3000,
    lumpSumAvailable: 2000,
    debts: [
      {
        name: '平台一',
        kind: 'microloan',
        outstanding: 6000,
        overdueDays: 40,
        apr: 24,
        penalties: null,
      },
      {
        name: secondName,
        kind: 'bank',
        outstanding: 12000,
        overdueDays: 95,
        apr: null,
        penalties: 300,
      },
    ],
    evidence: ['job_loss_proof'],
    collection: ['night_calls'],
    legal: 'none',
    negotiated: 'not_yet',
  });
}

export const LOG_ENTRY: LogEntryInput = {
  lender: '平台一',
  date: '2026-03-02',
  time: '23:10',
  channel: 'phone',
  person: '',
  offered: '',
  result: '',
  writtenConfirmation: false,
  contactedFamily: false,
};
