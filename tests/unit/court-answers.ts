/**
 * Answers of someone with two consumer-finance loans (花呗, 某某消费金融), changed only where a
 * court-paper test differs: the stage, the paper, the collection. Parsed by AnswersSchema, so
 * every one is answers the wizard could produce.
 */
import { AnswersSchema, type Answers } from '../../src/rules/answers';

export function twoLenders(over: Partial<Answers> = {}): Answers {
  return AnswersSchema.parse({
    v: 1,
    cause: 'income_drop',
    incomeExpectedInDays: null,
    monthlyIncome: 6_000,
    monthlyEssentials: 4_000,
    lumpSumAvailable: 0,
    debts: [
      {
        name: '花呗',
        kind: 'consumer_finance',
        outstanding: 4_200,
        overdueDays: 40,
        apr: null,
        penalties: null,
      },
      {
        name: '某某消费金融',
        kind: 'consumer_finance',
        outstanding: 8_000,
        overdueDays: 95,
        apr: null,
        penalties: null,
      },
    ],
    evidence: [],
    collection: [],
    legal: 'none',
    negotiated: 'not_yet',
    ...over,
  });
}
