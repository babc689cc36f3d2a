import { describe, expect, it } from 'vitest';
import { TODAY } from '../today';
import zhLetters from '../../../content/zh-CN/letters.json';
import enLetters from '../../../content/en/letters.json';
import {
  AnswersSchema,
  CAUSES,
  COLLECTION,
  EVIDENCE,
  type Answers,
} from '../../../src/rules/answers';
import { buildPlan } from '../../../src/rules/build-plan';
import { formatMoney } from '../../../src/lib/format';
import type { Offer, Plan } from '../../../src/rules/plan';
import type { LogEntry } from '../../../src/store/log-store';
import {
  LETTER_FIELDS,
  LETTER_IDS,
  LETTER_VALUES,
  RECORDS_SOME_VALUES,
  RECORD_LINE_VALUES,
  REQUEST_KINDS,
  REQUEST_VALUES,
  composeLetter,
  fillLetter,
  letterValues,
  placeholdersOf,
  requestKind,
  type LetterContext,
} from '../../../src/features/tools/letters';
import { createTestI18n, type TestLocale } from './render-tools';

const LOCALES = [
  ['zh-CN', zhLetters],
  ['en', enLetters],
] as const;

describe('letter templates', () => {
  describe.each(LOCALES)('%s', (_locale, content) => {
    it.each(LETTER_IDS)('%s uses only the values its filler provides', (id) => {
      const letter = content[id];
      for (const field of LETTER_FIELDS) {
        expect(letter[field].trim()).not.toBe('');
        for (const name of placeholdersOf(letter[field])) {
          expect(LETTER_VALUES[id], `${id}.${field} uses {{${name}}}`).toContain(name);
        }
      }
      // Page text is shown as is, never filled.
      expect(placeholdersOf(letter.title)).toEqual([]);
      expect(placeholdersOf(letter.intro)).toEqual([]);
    });

    it('has a request sentence for every kind, using only request values', () => {
      expect(Object.keys(content.parts.request).sort()).toEqual([...REQUEST_KINDS].sort());
      for (const text of Object.values(content.parts.request)) {
        for (const name of placeholdersOf(text)) expect(REQUEST_VALUES).toContain(name);
      }
    });

    it('has a phrase for every cause, evidence and collection id, with no placeholders', () => {
      expect(Object.keys(content.parts.cause).sort()).toEqual([...CAUSES].sort());
      expect(Object.keys(content.parts.evidence).sort()).toEqual([...EVIDENCE].sort());
      expect(Object.keys(content.parts.collection).sort()).toEqual([...COLLECTION].sort());
      const plain = [
        ...Object.values(content.parts.cause),
        ...Object.values(content.parts.evidence),
        ...Object.values(content.parts.collection),
        content.parts.evidence_none,
        content.parts.collection_none,
        content.parts.records_none,
      ];
      for (const text of plain) expect(placeholdersOf(text)).toEqual([]);
      for (const name of placeholdersOf(content.parts.record_line))
        expect(RECORD_LINE_VALUES).toContain(name);
      for (const name of placeholdersOf(content.parts.records_some))
        expect(RECORDS_SOME_VALUES).toContain(name);
    });

    it('never names 银保监会, which no longer exists', () => {
      expect(JSON.stringify(content)).not.toMatch(
        /银保监会|CBIRC|China Banking and Insurance Regulatory/,
      );
    });
  });
});

describe('fillLetter', () => {
  it('fills every known placeholder and leaves unknown ones visible', () => {
    expect(fillLetter('{{a}} and {{ b }} and {{c}}', { a: '1', b: '2' })).toBe('1 and 2 and {{c}}');
  });

  it('inserts values as plain text, once (a value that looks like a placeholder stays as is)', () => {
    expect(fillLetter('To {{lender}}', { lender: '{{date}} <b>x</b>', date: 'today' })).toBe(
      'To {{date}} <b>x</b>',
    );
  });
});

// Realistic answers: three lenders, a hardship cause with evidence, abusive collection.
const answers: Answers = AnswersSchema.parse({
  v: 1,
  cause: 'illness_or_injury',
  incomeExpectedInDays: null,
  monthlyIncome: 5_200,
  monthlyEssentials: 3_600,
  lumpSumAvailable: 2_000,
  debts: [
    {
      name: '花呗',
      kind: 'microloan',
      outstanding: 8_650.5,
      overdueDays: 45,
      apr: 18,
      penalties: 320,
    },
    {
      name: '某某借款App',
      kind: 'unknown',
      outstanding: 3_000,
      overdueDays: 120,
      apr: null,
      penalties: 900,
    },
    {
      name: 'Bank card',
      kind: 'bank',
      outstanding: 21_000,
      overdueDays: 10,
      apr: 16,
      penalties: null,
    },
  ],
  evidence: ['medical', 'income_proof'],
  collection: ['night_calls', 'contacts_third_parties'],
  legal: 'lawsuit_threatened',
  negotiated: 'refused',
});
const quiet: Answers = AnswersSchema.parse({
  ...answers,
  cause: 'salary_delay',
  debts: [answers.debts[0]],
  evidence: [],
  collection: [],
});

const entries: LogEntry[] = [
  {
    id: 'a',
    lender: '花呗',
    date: '2026-11-20',
    time: '23:15',
    channel: 'phone',
    person: '工号 7',
    offered: '',
    result: '',
    writtenConfirmation: false,
    contactedFamily: true,
  },
  {
    id: 'b',
    lender: '花呗',
    date: '2026-11-21',
    time: '10:00',
    channel: 'sms',
    person: '',
    offered: '',
    result: '',
    writtenConfirmation: false,
    contactedFamily: false,
  },
];

function planWithOffer(offer: Omit<Offer, 'debt'>, debt = 0): Plan {
  return {
    urgent: [],
    methods: [],
    offers: [{ ...offer, debt }],
    budget: {
      monthlyIncome: 5_200,
      monthlyEssentials: 3_600,
      lumpSumAvailable: 2_000,
      monthlyAvailable: 1_600,
      totalOutstanding: 32_650.5,
      totalPenalties: 1_220,
      monthlyOffered: offer.monthlyPayment,
      shortfall: 0,
    },
    flags: [],
    pitfalls: [],
    documents: [],
    legalRefs: [],
    channels: [],
    tips: [],
    refusedSteps: [],
    courtAdvice: [],
  };
}

const OFFERS: Record<string, Omit<Offer, 'debt'>> = {
  extension: {
    method: 'extension',
    monthlyPayment: 0,
    months: 0,
    extensionDays: 14,
    firstPaymentInDays: 14,
    total: 8_650.5,
  },
  instalments: {
    method: 'instalments',
    monthlyPayment: 720.88,
    months: 12,
    firstPaymentInDays: 7,
    total: 8_650.56,
  },
  penalty_relief: {
    method: 'penalty_relief',
    monthlyPayment: 600,
    months: 14,
    firstPaymentInDays: 7,
    total: 8_330.5,
  },
  restructuring: {
    method: 'restructuring',
    monthlyPayment: 400,
    months: 22,
    firstPaymentInDays: 10,
    total: 8_800,
  },
  hardship: {
    method: 'hardship',
    monthlyPayment: 300,
    months: 29,
    firstPaymentInDays: 30,
    total: 8_700,
  },
  settlement: {
    method: 'penalty_relief',
    monthlyPayment: 0,
    months: 0,
    settlement: 2_000,
    firstPaymentInDays: 7,
    total: 2_000,
  },
  settlement_and_instalments: {
    method: 'penalty_relief',
    monthlyPayment: 50,
    months: 2,
    settlement: 2_000,
    firstPaymentInDays: 7,
    total: 2_100,
  },
  nothing_now: {
    method: 'instalments',
    monthlyPayment: 0,
    months: 0,
    firstPaymentInDays: 30,
    total: 0,
  },
};

function context(locale: TestLocale, over: Partial<LetterContext> = {}): LetterContext {
  const t = createTestI18n(locale).getFixedT(locale);
  return {
    answers,
    plan: null,
    debt: 0,
    entries,
    locale,
    today: new Date(2026, 10, 29),
    raw: (key, options) =>
      t(key, { ...options, skipInterpolation: true } as never) as unknown as string,
    ...over,
  };
}

function realPlan(a: Answers): Plan | null {
  try {
    return buildPlan(a, { today: TODAY });
  } catch {
    return null;
  }
}

describe('letters filled from realistic answers', () => {
  const cases: Array<[string, Partial<LetterContext>]> = [
    ['no plan', { plan: null }],
    [
      'no plan, nothing left each month',
      { plan: null, answers: { ...quiet, monthlyIncome: 3_000 } },
    ],
    ['the real plan, first lender', { plan: realPlan(answers), debt: 0 }],
    ['the real plan, second lender', { plan: realPlan(answers), debt: 1 }],
    ['the real plan, third lender', { plan: realPlan(answers), debt: 2 }],
    [
      'one lender, no evidence or collection',
      { answers: quiet, plan: realPlan(quiet), entries: [] },
    ],
    ...Object.entries(OFFERS).map(([kind, offer]): [string, Partial<LetterContext>] => [
      `offer: ${kind}`,
      { plan: planWithOffer(offer) },
    ]),
  ];

  describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
    it.each(cases)('%s: every placeholder of every letter is filled', (_name, over) => {
      const ctx = context(locale, over);
      for (const id of LETTER_IDS) {
        const values = letterValues(id, ctx);
        expect(Object.keys(values).sort()).toEqual([...LETTER_VALUES[id]].sort());
        const text = composeLetter(id, ctx);
        expect(text).not.toMatch(/\{\{|\}\}/);
        expect(text).toContain(ctx.answers.debts[ctx.debt]?.name);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    });
  });

  it('asks for exactly what the offer proposes, with its numbers (zh-CN)', () => {
    const text = composeLetter(
      'negotiation_request',
      context('zh-CN', { plan: planWithOffer(OFFERS.instalments!) }),
    );
    expect(text).toContain('分12期');
    expect(text).toContain('¥720.88');
    expect(text).toContain('¥8,650.5');
    expect(text).toContain('2026年12月6日'); // 7 days after 29 November
    expect(text).toContain('已逾期45天');
  });

  it('picks the request sentence from the offer', () => {
    expect(requestKind(undefined, 100)).toBe('generic');
    expect(requestKind(undefined, 0)).toBe('nothing_now');
    for (const [kind, offer] of Object.entries(OFFERS)) {
      expect(requestKind({ ...offer, debt: 0 }, 1_600)).toBe(kind);
    }
  });

  it('lists the evidence held in the hardship application (en)', () => {
    const text = composeLetter('hardship_application', context('en'));
    expect(text).toContain('hospital diagnosis');
    expect(text).toContain('proof of income');
    expect(text).not.toContain('unemployment registration');
  });

  it('puts the flagged log contacts for that lender into the complaint', () => {
    const zh = composeLetter('collection_complaint', context('zh-CN'));
    // A 小额贷款公司: the provincial financial authority, not the national regulator.
    expect(zh).toContain('地方金融管理局');
    expect(zh).not.toContain('12378');
    expect(zh).toContain('中国互联网金融协会');
    expect(zh).toContain('记下了1次');
    expect(zh).toContain('2026年11月20日 23:15');
    expect(zh).toContain('在晚上10点以后或早上8点以前打电话催收');
    // The other lender has no flagged contacts: its complaint falls back to the general line.
    const other = composeLetter('collection_complaint', context('zh-CN', { debt: 1 }));
    expect(other).not.toContain('23:15');
  });
});

describe('letters never ask for ¥0 or zero payments', () => {
  const inHospital = AnswersSchema.parse({
    ...quiet,
    cause: 'illness_or_injury',
    monthlyIncome: 0,
    monthlyEssentials: 3_500,
    lumpSumAvailable: 0,
    evidence: ['medical'],
    debts: [answers.debts[0], answers.debts[1]],
  });
  const savingsNothingMonthly = AnswersSchema.parse({
    ...quiet,
    cause: 'income_drop',
    monthlyIncome: 2_000,
    monthlyEssentials: 3_000,
    lumpSumAvailable: 5_000,
    debts: [{ ...answers.debts[0]!, outstanding: 10_000, penalties: 2_000, overdueDays: 100 }],
  });
  const jobLossFiveLenders = AnswersSchema.parse({
    ...quiet,
    cause: 'job_loss',
    monthlyIncome: 6_000,
    monthlyEssentials: 4_000,
    lumpSumAvailable: 0,
    debts: [1, 2, 3, 4, 5].map((n) => ({
      ...answers.debts[2]!,
      name: `App ${n}`,
      outstanding: 2_000 * n,
    })),
  });
  const salaryLate = AnswersSchema.parse({
    ...quiet,
    incomeExpectedInDays: 7,
    debts: [
      { ...answers.debts[0]!, name: '借呗', outstanding: 3_000, overdueDays: 5, penalties: null },
      { ...answers.debts[2]!, name: '信用卡', outstanding: 8_000, overdueDays: 3 },
    ],
  });
  const SITUATIONS = {
    inHospital,
    savingsNothingMonthly,
    jobLossFiveLenders,
    salaryLate,
    answers,
    quiet,
  };

  it('picks a dated pause, and a part settlement followed by a pause', () => {
    const pause = {
      ...OFFERS.nothing_now!,
      method: 'hardship' as const,
      total: 8_000,
      pause: true,
    };
    expect(requestKind({ ...pause, debt: 0 }, 0)).toBe('pause');
    expect(requestKind({ ...pause, debt: 0, settlement: 2_000, firstPaymentInDays: 7 }, 0)).toBe(
      'settlement_and_pause',
    );
  });

  it('in hospital: the request asks for a pause until a date, with no amount (zh-CN)', () => {
    const plan = buildPlan(inHospital, { today: TODAY });
    expect(plan.offers[0]!.pause).toBe(true);
    for (const id of ['negotiation_request', 'hardship_application'] as const) {
      const text = composeLetter(id, context('zh-CN', { answers: inHospital, plan }));
      expect(text).toContain('请贵司同意暂缓到2027年2月27日'); // 90 days after 29 November
      expect(text).not.toMatch(/¥0(?![\d,.]*\d)|0期/);
    }
  });

  it('savings, nothing monthly: pays part of the principal and does not claim to settle (en)', () => {
    const plan = buildPlan(savingsNothingMonthly, { today: TODAY });
    const text = composeLetter(
      'negotiation_request',
      context('en', { answers: savingsNothingMonthly, plan }),
    );
    expect(text).toContain('I can pay ¥2,000 by');
    expect(text).not.toContain('settle this loan in full');
  });

  it('a hardship application asks for the hardship proposal even when the plan leads with another method', () => {
    const plan = buildPlan(jobLossFiveLenders, { today: TODAY });
    expect(plan.offers[0]!.method).toBe('restructuring');
    const own = plan.methods.find((m) => m.id === 'hardship')!.offers![0]!;
    const ctx = context('zh-CN', { answers: jobLossFiveLenders, plan });
    const application = composeLetter('hardship_application', ctx);
    expect(application).toContain('请贵司按特殊困难情况');
    expect(application).toContain(`每月还${formatMoney(own.monthlyPayment, 'zh-CN')}`);
    expect(composeLetter('negotiation_request', ctx)).toContain('我正在和所有借款机构一起协商');
  });

  describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
    it.each(Object.keys(SITUATIONS))('%s: every letter to every lender', (name) => {
      const a = SITUATIONS[name as keyof typeof SITUATIONS];
      const plan = buildPlan(a, { today: TODAY });
      const zero =
        locale === 'zh-CN' ? /¥0(?![\d,.]*\d)|(分|共)0期/ : /¥0(?![\d,.]*\d)|\b0 monthly payments/;
      a.debts.forEach((_, debt) => {
        for (const id of LETTER_IDS) {
          const text = composeLetter(id, context(locale, { answers: a, plan, debt }));
          expect(text).not.toMatch(zero);
          expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN/);
        }
      });
    });
  });
});
