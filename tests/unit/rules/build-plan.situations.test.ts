/**
 * buildPlan against named borrower situations: answers in, the advice a person would get out.
 * Expectations follow DESIGN.md "Decision principles", not the implementation.
 */
import { TODAY } from '../today';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/rules/answers';
import { buildPlan } from '../../../src/rules/build-plan';
import {
  CHANNEL_IDS,
  COURT_ADVICE_IDS,
  DOCUMENT_IDS,
  FLAG_IDS,
  LEGAL_REF_IDS,
  METHOD_IDS,
  PITFALL_IDS,
  REASON_IDS,
  REFUSED_STEP_IDS,
  TIP_IDS,
  URGENT_IDS,
  type Fit,
  type MethodId,
  type ReasonId,
  type UrgentId,
} from '../../../src/rules/ids';
import type { Flag, Plan } from '../../../src/rules/plan';
import { debt, lenders, person, sumFen, fen } from './situations';

type Lists = Pick<
  Plan,
  'pitfalls' | 'documents' | 'legalRefs' | 'channels' | 'tips' | 'refusedSteps'
>;

type Situation = {
  name: string;
  answers: Answers;
  /** The method that should come first, when the principles single one out. */
  first?: MethodId;
  fits?: Partial<Record<MethodId, Fit>>;
  /** Reasons each method must give, in this order. */
  reasons?: Partial<Record<MethodId, ReasonId[]>>;
  urgent: UrgentId[];
  flags: Flag[];
  includes?: Partial<{ [K in keyof Lists]: Lists[K] }>;
  excludes?: Partial<{ [K in keyof Lists]: Lists[K] }>;
  offers?: (plan: Plan) => void;
};

const court = (legal: Answers['legal']): Situation => ({
  name: `court stage: ${legal}`,
  answers: person({ legal }),
  urgent: ['answer_court'],
  flags: [],
  includes: {
    documents: ['court_papers'],
    channels: ['legal_aid_12348', 'court_12368'],
    legalRefs: ['civil_procedure_96'],
    pitfalls: ['ignoring_court_papers'],
  },
});

const SITUATIONS: Situation[] = [
  {
    name: 'in hospital, income stopped, medical records held',
    answers: person({
      cause: 'illness_or_injury',
      monthlyIncome: 0,
      monthlyEssentials: 3_500,
      evidence: ['medical'],
      debts: lenders(2, { kind: 'microloan', overdueDays: 45 }),
    }),
    first: 'hardship',
    fits: { hardship: 'recommended', extension: 'not_suited', instalments: 'not_suited' },
    reasons: {
      hardship: ['cause_illness', 'evidence_held'],
      extension: ['long_term_cause', 'no_income_expected'],
      instalments: ['nothing_left_monthly'],
    },
    urgent: ['protect_essentials'],
    flags: [{ id: 'budget_shortfall' }],
    includes: {
      documents: ['medical_records', 'bank_statements', 'id_card'],
      channels: ['mental_health_12356'],
    },
    offers: (plan) => {
      for (const offer of plan.offers) {
        expect(offer).toMatchObject({ method: 'hardship', monthlyPayment: 0, months: 0 });
        expect(offer.pause).toBe(true);
      }
      // The hardship card proposes the same pause; instalments, not suited, proposes nothing.
      const byId = new Map(plan.methods.map((m) => [m.id, m]));
      expect(byId.get('hardship')!.offers).toEqual(plan.offers);
      expect(byId.get('instalments')!.offers).toBeUndefined();
    },
  },
  {
    name: 'six lenders, borrowing from one to repay another',
    answers: person({
      cause: 'too_many_debts',
      monthlyIncome: 9_000,
      monthlyEssentials: 5_000,
      debts: lenders(6, { kind: 'microloan', overdueDays: 15 }),
    }),
    first: 'restructuring',
    reasons: { restructuring: ['five_plus_lenders', 'borrowing_to_repay'] },
    urgent: ['stop_new_borrowing'],
    flags: [],
    includes: { pitfalls: ['paid_debt_agents', 'new_loans_to_repay', 'going_silent'] },
    offers: (plan) => {
      expect(plan.offers.every((o) => o.method === 'restructuring')).toBe(true);
      // All 4000 left each month goes out, split by what each owes (3000 … 8000).
      expect(sumFen(plan.offers.map((o) => o.monthlyPayment))).toBe(fen(4_000));
      const [smallest, , , , , largest] = plan.offers;
      expect(largest!.monthlyPayment / smallest!.monthlyPayment).toBeCloseTo(8 / 3, 3);
      expect(plan.offers.every((o) => o.leftAfterTerm === undefined)).toBe(true);
    },
  },
  {
    name: 'sued, penalties large, money expected in 20 days',
    answers: person({
      legal: 'sued',
      incomeExpectedInDays: 20,
      debts: [debt({ outstanding: 15_000, penalties: 3_000, overdueDays: 200 })],
    }),
    fits: { penalty_relief: 'recommended', extension: 'possible' },
    reasons: {
      extension: ['income_expected_soon', 'overdue_long', 'court_stage'],
      penalty_relief: ['penalties_large', 'overdue_90_plus'],
    },
    urgent: ['answer_court'],
    flags: [],
    includes: {
      documents: ['court_papers'],
      legalRefs: ['civil_procedure_128', 'civil_procedure_96', 'civil_code_585'],
      channels: ['legal_aid_12348', 'court_12368'],
      refusedSteps: ['if_sued_respond', 'ask_court_mediation', 'get_legal_aid'],
    },
    excludes: { tips: ['call_on_weekday_mornings'] },
  },
  {
    name: 'salary a week late',
    answers: person({
      cause: 'salary_delay',
      incomeExpectedInDays: 7,
      debts: [
        debt({ name: '借呗', outstanding: 3_000, overdueDays: 5 }),
        debt({ name: '信用卡', kind: 'bank', outstanding: 8_000, overdueDays: 3 }),
      ],
    }),
    first: 'extension',
    fits: { extension: 'recommended', instalments: 'possible', hardship: 'not_suited' },
    reasons: { extension: ['income_expected_soon', 'salary_delayed'] },
    urgent: [],
    flags: [],
    includes: { legalRefs: ['civil_code_678'] },
    offers: (plan) => {
      expect(plan.offers).toEqual([
        expect.objectContaining({ debt: 0, method: 'extension', extensionDays: 10, total: 3_000 }),
        expect.objectContaining({ debt: 1, method: 'extension', extensionDays: 10, total: 8_000 }),
      ]);
      expect(plan.offers.every((o) => o.monthlyPayment === 0 && o.months === 0)).toBe(true);
      // The instalments card has its own proposal: the 2000 left each month, split 3:8.
      const instalments = plan.methods.find((m) => m.id === 'instalments')!;
      expect(instalments.offers).toEqual([
        expect.objectContaining({ debt: 0, method: 'instalments', months: 6 }),
        expect.objectContaining({ debt: 1, method: 'instalments', months: 6 }),
      ]);
      expect(sumFen(instalments.offers!.map((o) => o.monthlyPayment))).toBe(fen(2_000));
      // The extension card's proposal is the plan's offers themselves.
      expect(plan.methods[0]!.offers).toEqual(plan.offers);
    },
  },
  {
    ...court('payment_order'),
    includes: { ...court('payment_order').includes, legalRefs: ['civil_procedure_227'] },
  },
  court('arbitration'),
  court('judgment'),
  court('enforcement'),
  {
    name: 'collector threatens and insults',
    answers: person({ collection: ['threats_or_insults'] }),
    urgent: ['report_threats', 'complain_collection'],
    flags: [],
    includes: { channels: ['police_110', 'nifa_report'], documents: ['collection_evidence'] },
  },
  {
    name: 'received "legal papers" from a collector',
    answers: person({ collection: ['fake_legal_documents'] }),
    urgent: ['check_legal_papers'],
    flags: [],
    includes: { pitfalls: ['fake_legal_documents'], channels: ['court_12368', 'police_110'] },
  },
  {
    name: 'night calls, contacts called, details exposed',
    answers: person({
      collection: ['night_calls', 'contacts_third_parties', 'exposed_personal_info'],
    }),
    urgent: ['complain_collection'],
    flags: [],
    includes: {
      legalRefs: ['civil_code_1032', 'civil_code_1033', 'pipl_10'],
      channels: ['nifa_report'],
    },
    excludes: { legalRefs: ['criminal_law_293_1'] },
  },
  {
    name: 'steady income, one lender, no lump sum',
    answers: person(),
    first: 'instalments',
    fits: { instalments: 'recommended', restructuring: 'not_suited' },
    reasons: {
      instalments: ['money_left_monthly'],
      restructuring: ['single_or_two_lenders'],
      penalty_relief: ['no_penalties_known'],
    },
    urgent: [],
    flags: [],
    includes: {
      pitfalls: ['saying_wont_pay', 'verbal_only_agreement', 'overpromising'],
      tips: ['record_every_contact', 'get_it_in_writing', 'call_on_weekday_mornings'],
      channels: ['lender_service', 'legal_aid_12348'],
      legalRefs: ['civil_code_675', 'civil_code_543'],
    },
    offers: (plan) => {
      expect(plan.offers).toEqual([
        {
          debt: 0,
          method: 'instalments',
          monthlyPayment: 2_000,
          months: 5,
          firstPaymentInDays: 30,
          total: 10_000,
        },
      ]);
    },
  },
  {
    name: 'large penalties, long overdue, lump sum clears the principal',
    answers: person({
      lumpSumAvailable: 8_000,
      debts: [debt({ outstanding: 10_000, penalties: 2_500, overdueDays: 120 })],
    }),
    first: 'penalty_relief',
    reasons: {
      penalty_relief: ['penalties_large', 'overdue_90_plus', 'lump_sum_for_principal'],
      instalments: ['money_left_monthly', 'lump_sum_short'],
    },
    urgent: [],
    flags: [],
    offers: (plan) => {
      // Principal (10000 − 2500) settled in one go, penalties asked to be waived.
      expect(plan.offers[0]).toMatchObject({
        method: 'penalty_relief',
        settlement: 7_500,
        total: 7_500,
        monthlyPayment: 0,
        months: 0,
      });
      expect(plan.offers[0]!.pause).toBeUndefined();
    },
  },
  {
    name: 'a "714" app at 5000% a year, not sure it is licensed, threatening',
    answers: person({
      collection: ['threats_or_insults'],
      debts: [debt({ name: '快借', kind: 'unknown', apr: 5_000, outstanding: 2_000 })],
    }),
    fits: { penalty_relief: 'recommended' },
    reasons: { penalty_relief: ['apr_above_24'] },
    urgent: ['report_threats', 'complain_collection'],
    flags: [
      { id: 'apr_over_24', debt: 0 },
      { id: 'apr_over_36', debt: 0 },
      { id: 'unlicensed_lender', debt: 0 },
    ],
    includes: {
      legalRefs: [
        'civil_code_680',
        'private_lending_25',
        'criminal_law_293_1',
        'spc_2017_financial_trial_2',
      ],
      pitfalls: ['sharing_codes_or_passwords'],
      refusedSteps: ['get_legal_aid'],
    },
  },
  {
    name: 'lost job, no income, no proof yet',
    answers: person({ cause: 'job_loss', monthlyIncome: 0, monthlyEssentials: 2_000 }),
    first: 'hardship',
    reasons: {
      hardship: ['cause_job_loss', 'evidence_missing'],
      extension: ['long_term_cause', 'no_income_expected'],
    },
    urgent: ['protect_essentials'],
    flags: [{ id: 'budget_shortfall' }],
    includes: { documents: ['job_loss_proof'] },
    offers: (plan) => {
      expect(plan.offers[0]).toMatchObject({
        method: 'hardship',
        monthlyPayment: 0,
        months: 0,
        pause: true,
        total: 10_000,
      });
    },
  },
  {
    name: 'family emergency with proof, income back in 60 days',
    answers: person({
      cause: 'family_emergency',
      evidence: ['family_event_proof'],
      monthlyIncome: 3_000,
      monthlyEssentials: 3_000,
      incomeExpectedInDays: 60,
    }),
    first: 'hardship',
    reasons: {
      hardship: ['cause_family_emergency', 'evidence_held'],
      extension: ['income_expected_late'],
    },
    urgent: [],
    flags: [{ id: 'budget_shortfall' }],
    includes: { documents: ['family_event_proof'] },
    offers: (plan) => {
      // Pause until the money comes back.
      expect(plan.offers[0]).toMatchObject({ pause: true, firstPaymentInDays: 60 });
    },
  },
  {
    name: 'home damaged in a flood, proof held',
    answers: person({ cause: 'other', evidence: ['disaster_proof'] }),
    first: 'hardship',
    reasons: { hardship: ['cause_disaster', 'evidence_held'] },
    urgent: [],
    flags: [],
    includes: { documents: ['disaster_proof'], legalRefs: ['civil_code_533'] },
  },
  {
    name: 'agreed a plan before but cannot keep it',
    answers: person({
      negotiated: 'agreed_but_cannot_keep',
      monthlyIncome: 5_000,
      monthlyEssentials: 4_200,
      debts: [debt({ kind: 'bank', outstanding: 12_000 })],
    }),
    first: 'instalments',
    reasons: { instalments: ['money_left_monthly', 'agreement_broken'] },
    urgent: [],
    flags: [],
    includes: { documents: ['previous_agreement'], pitfalls: ['overpromising'] },
    offers: (plan) => {
      // Only the 800 really left each month: 12000 / 800 = 15 months.
      expect(plan.offers[0]).toMatchObject({ monthlyPayment: 800, months: 15 });
    },
  },
  {
    name: 'asked before and was refused',
    answers: person({ negotiated: 'refused' }),
    first: 'instalments',
    reasons: { instalments: ['money_left_monthly', 'refused_before'] },
    urgent: [],
    flags: [],
    includes: {
      refusedSteps: [
        'ask_again_in_writing',
        'complain_to_lender',
        'complain_to_regulator',
        'if_sued_respond',
        'get_legal_aid',
      ],
    },
  },
  {
    name: 'twenty lenders, enough left to meet their usual terms',
    answers: person({
      monthlyIncome: 18_000,
      monthlyEssentials: 6_000,
      debts: lenders(20, { kind: 'other_platform' }),
    }),
    first: 'restructuring',
    reasons: { restructuring: ['five_plus_lenders'] },
    urgent: ['stop_new_borrowing'],
    flags: [],
    includes: { pitfalls: ['paid_debt_agents', 'new_loans_to_repay'] },
    offers: (plan) => {
      expect(plan.offers).toHaveLength(20);
      expect(sumFen(plan.offers.map((o) => o.monthlyPayment))).toBeLessThanOrEqual(fen(12_000));
      for (const offer of plan.offers) {
        expect(offer.months).toBeGreaterThan(0);
        expect(offer.months).toBeLessThanOrEqual(24);
        expect(offer.leftAfterTerm).toBeUndefined();
      }
    },
  },
  {
    name: 'budget shortfall: 500 left against a 30000 micro-loan',
    answers: person({
      monthlyIncome: 4_500,
      monthlyEssentials: 4_000,
      debts: [debt({ kind: 'microloan', outstanding: 30_000 })],
    }),
    first: 'instalments',
    urgent: [],
    flags: [{ id: 'budget_shortfall' }],
    includes: { pitfalls: ['new_loans_to_repay'], documents: ['bank_statements'] },
    offers: (plan) => {
      // 30000 over the usual 24 months needs 1250 a month; 500 is left.
      expect(plan.budget.shortfall).toBe(750);
      expect(plan.offers[0]).toMatchObject({
        monthlyPayment: 500,
        months: 24,
        leftAfterTerm: 18_000,
      });
    },
  },
  {
    name: 'three lenders',
    answers: person({ debts: lenders(3) }),
    first: 'restructuring',
    reasons: { restructuring: ['three_plus_lenders'] },
    urgent: [],
    flags: [],
    includes: { pitfalls: ['paid_debt_agents'] },
  },
  {
    name: 'business trouble, nothing left each month',
    answers: person({ cause: 'business_trouble', monthlyIncome: 3_000, monthlyEssentials: 3_000 }),
    first: 'hardship',
    fits: { hardship: 'possible', extension: 'not_suited', instalments: 'not_suited' },
    reasons: {
      hardship: ['nothing_left_monthly', 'cause_not_hardship'],
      extension: ['long_term_cause', 'no_income_expected'],
    },
    urgent: [],
    flags: [{ id: 'budget_shortfall' }],
    includes: { documents: ['business_records'] },
    offers: (plan) => expect(plan.offers[0]).toMatchObject({ method: 'hardship', pause: true }),
  },
  {
    name: 'borrowing to repay, salary due in 10 days',
    answers: person({ cause: 'too_many_debts', incomeExpectedInDays: 10, debts: lenders(2) }),
    first: 'instalments',
    fits: { extension: 'possible', restructuring: 'not_suited' },
    reasons: { extension: ['income_expected_soon', 'borrowing_to_repay'] },
    urgent: ['stop_new_borrowing'],
    flags: [],
  },
  {
    name: 'ill but still paid, insurance money in 20 days, no proof yet',
    answers: person({ cause: 'illness_or_injury', incomeExpectedInDays: 20 }),
    first: 'hardship',
    fits: { extension: 'recommended', hardship: 'recommended' },
    reasons: { hardship: ['cause_illness', 'evidence_missing'] },
    urgent: [],
    flags: [],
    includes: { documents: ['medical_records'] },
  },
  {
    name: 'money expected in 45 days',
    answers: person({ cause: 'salary_delay', incomeExpectedInDays: 45 }),
    first: 'instalments',
    reasons: { extension: ['income_expected_late'] },
    urgent: [],
    flags: [],
  },
  {
    name: 'salary late, but 120 days overdue',
    answers: person({
      cause: 'salary_delay',
      incomeExpectedInDays: 10,
      debts: [debt({ overdueDays: 120 })],
    }),
    fits: { extension: 'possible', penalty_relief: 'recommended', instalments: 'recommended' },
    reasons: { extension: ['income_expected_soon', 'salary_delayed', 'overdue_long'] },
    urgent: [],
    flags: [],
    includes: { refusedSteps: ['if_sued_respond'] },
  },
  {
    name: 'lump sum covers everything, small penalties',
    answers: person({
      lumpSumAvailable: 20_000,
      debts: [debt({ outstanding: 10_000, penalties: 500, overdueDays: 40 })],
    }),
    first: 'penalty_relief',
    fits: { penalty_relief: 'possible', instalments: 'possible' },
    reasons: {
      penalty_relief: ['penalties_small', 'lump_sum_for_principal'],
      instalments: ['money_left_monthly', 'lump_sum_covers'],
    },
    urgent: [],
    flags: [],
    offers: (plan) =>
      expect(plan.offers[0]).toMatchObject({ settlement: 9_500, total: 9_500, months: 0 }),
  },
  {
    name: 'income below essentials, some savings: keep three months of the gap',
    answers: person({
      monthlyIncome: 2_000,
      monthlyEssentials: 3_000,
      lumpSumAvailable: 5_000,
      debts: [debt({ outstanding: 10_000, penalties: 2_000, overdueDays: 100 })],
    }),
    urgent: ['protect_essentials'],
    flags: [{ id: 'budget_shortfall' }],
    offers: (plan) => {
      expect(plan.budget.lumpSumReserved).toBe(3_000);
      expect(plan.offers[0]).toMatchObject({ method: 'penalty_relief', settlement: 2_000 });
      // Its script proposal: 2000 of the 8000 principal now, the rest paused.
      const relief = plan.methods.find((m) => m.id === 'penalty_relief')!;
      expect(relief.offers).toEqual([
        expect.objectContaining({
          settlement: 2_000,
          total: 8_000,
          monthlyPayment: 0,
          pause: true,
        }),
      ]);
    },
  },
  {
    name: 'lawsuit only threatened',
    answers: person({ legal: 'lawsuit_threatened' }),
    urgent: [],
    flags: [],
    includes: {
      pitfalls: ['ignoring_court_papers', 'fake_legal_documents'],
      refusedSteps: ['if_sued_respond', 'ask_court_mediation'],
    },
    excludes: { documents: ['court_papers'] },
  },
  {
    name: 'pre-suit mediation',
    answers: person({ legal: 'pre_suit_mediation' }),
    urgent: [],
    flags: [],
    includes: {
      documents: ['court_papers'],
      legalRefs: ['civil_procedure_96'],
      channels: ['court_12368'],
    },
  },
  {
    name: 'an old debt, overdue over two years, lender asks for a signed acknowledgment',
    answers: person({ debts: [debt({ overdueDays: 800 })] }),
    urgent: [],
    flags: [{ id: 'old_debt', debt: 0 }],
    includes: {
      legalRefs: [
        'civil_code_195',
        'limitation_rules_14',
        'civil_code_189',
        'civil_code_192',
        'credit_reporting_16',
        'credit_reporting_17',
      ],
    },
  },
  {
    name: 'an overdue credit card: going silent can count toward 恶意透支',
    answers: person({ debts: [debt({ name: '某某银行信用卡', kind: 'bank', overdueDays: 60 })] }),
    urgent: [],
    flags: [],
    includes: {
      pitfalls: ['going_silent_credit_card'],
      legalRefs: ['criminal_law_196', 'credit_card_interpretation_2018'],
      channels: ['nfra_12378'],
    },
    excludes: {
      pitfalls: ['going_silent'],
      channels: ['local_financial_authority'],
      legalRefs: ['criminal_law_293_1', 'private_lending_13'],
    },
  },
  {
    name: 'a 小额贷款公司 with abusive collection: the provincial authority, not 12378',
    answers: person({
      collection: ['excessive_calls'],
      debts: [debt({ name: '某某小贷', kind: 'microloan' })],
    }),
    urgent: ['complain_collection'],
    flags: [],
    includes: {
      channels: ['local_financial_authority', 'nifa_report'],
      pitfalls: ['going_silent'],
    },
    excludes: {
      channels: ['nfra_12378', 'police_110'],
      legalRefs: ['criminal_law_293_1', 'criminal_law_196'],
    },
  },
  {
    name: 'an unlicensed lender with abusive collection: 110, the local authority, 293-1',
    answers: person({
      collection: ['excessive_calls'],
      debts: [debt({ name: '快借', kind: 'unknown', apr: 30 })],
    }),
    urgent: ['complain_collection'],
    flags: [
      { id: 'apr_over_24', debt: 0 },
      { id: 'unlicensed_lender', debt: 0 },
    ],
    includes: {
      channels: ['police_110', 'local_financial_authority'],
      legalRefs: ['criminal_law_293_1', 'private_lending_13', 'legal_aid_31'],
      refusedSteps: ['get_legal_aid'],
    },
    excludes: { channels: ['nfra_12378'] },
  },
  {
    name: 'a licensed lender charging over 36% with abusive collection: no 293-1',
    answers: person({
      collection: ['excessive_calls'],
      debts: [debt({ name: '某某消费金融', kind: 'consumer_finance', apr: 40 })],
    }),
    urgent: ['complain_collection'],
    flags: [
      { id: 'apr_over_24', debt: 0 },
      { id: 'apr_over_36', debt: 0 },
    ],
    includes: { channels: ['nfra_12378'], legalRefs: ['legal_aid_22', 'legal_aid_23'] },
    excludes: { legalRefs: ['criminal_law_293_1'], channels: ['local_financial_authority'] },
  },
  {
    name: 'a payment order received five days ago, from the second lender',
    answers: person({
      legal: 'payment_order',
      debts: lenders(2),
      courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-11-28', disputes: 'no' },
    }),
    urgent: ['answer_court'],
    flags: [],
    includes: {
      legalRefs: [
        'civil_procedure_227',
        'civil_procedure_interpretation_436',
        'civil_procedure_228',
        'civil_procedure_99',
      ],
    },
    excludes: { legalRefs: ['civil_procedure_128', 'criminal_law_313'] },
  },
  {
    name: 'sued, the court notice sets its own date (small claims)',
    answers: person({
      legal: 'sued',
      courtPaper: {
        debt: 0,
        paper: 'complaint',
        receivedOn: '2026-11-30',
        courtDate: '2026-12-07',
      },
    }),
    urgent: ['answer_court'],
    flags: [],
    includes: {
      legalRefs: [
        'civil_procedure_128',
        'civil_procedure_interpretation_266',
        'civil_procedure_interpretation_275',
        'civil_procedure_165',
      ],
    },
  },
  {
    name: 'enforcement, with a payment order from another lender at an earlier stage',
    answers: person({
      legal: 'enforcement',
      debts: lenders(2),
      courtPaper: { debt: 0, paper: 'payment_order', receivedOn: '2026-12-01', disputes: 'no' },
    }),
    urgent: ['answer_court'],
    flags: [],
    includes: {
      legalRefs: ['criminal_law_313', 'civil_procedure_227', 'civil_procedure_interpretation_436'],
    },
  },
];

/** What the court block says, by situation: the deadline and the advice ids, in order. */
const COURT_SITUATIONS: {
  name: string;
  answers: Answers;
  deadline?: Partial<NonNullable<Plan['courtDeadline']>>;
  advice: string[];
}[] = [
  {
    name: 'payment order received five days ago, amount disputed',
    answers: person({
      legal: 'payment_order',
      courtPaper: { debt: 0, paper: 'payment_order', receivedOn: '2026-11-28', disputes: 'yes' },
    }),
    deadline: { lastDay: '2026-12-13', daysLeft: 10, status: 'open', basis: 'statute' },
    advice: ['payment_order_objection', 'payment_order_negotiate', 'ask_court_mediation'],
  },
  {
    name: 'payment order received 20 days ago: the window has closed',
    answers: person({
      legal: 'payment_order',
      courtPaper: { debt: 0, paper: 'payment_order', receivedOn: '2026-11-13', disputes: 'no' },
    }),
    deadline: { lastDay: '2026-11-28', daysLeft: -5, status: 'passed' },
    advice: ['deadline_passed_payment_order', 'payment_order_negotiate', 'ask_court_mediation'],
  },
  {
    name: 'payment order, day of receipt not remembered',
    answers: person({
      legal: 'payment_order',
      courtPaper: { debt: 0, paper: 'payment_order', receivedOn: null, disputes: 'not_sure' },
    }),
    deadline: { lastDay: null, status: 'unknown', statuteDays: 15 },
    advice: [
      'find_paper_date',
      'payment_order_objection',
      'payment_order_negotiate',
      'ask_court_mediation',
    ],
  },
  {
    name: 'sued, answer period over',
    answers: person({
      legal: 'sued',
      courtPaper: { debt: 0, paper: 'complaint', receivedOn: '2026-11-01', courtDate: null },
    }),
    deadline: { lastDay: '2026-11-16', status: 'passed', noticeMayBeEarlier: true },
    advice: ['deadline_passed_answer', 'answer_by_procedure', 'ask_court_mediation'],
  },
  {
    name: 'arbitration, notice date passed',
    answers: person({
      legal: 'arbitration',
      courtPaper: {
        debt: 0,
        paper: 'arbitration_notice',
        receivedOn: '2026-11-01',
        courtDate: '2026-11-20',
      },
    }),
    deadline: { lastDay: '2026-11-20', status: 'passed', basis: 'notice' },
    advice: ['deadline_passed_notice', 'arbitration_follow_notice'],
  },
  {
    name: 'judgment, no date written',
    answers: person({
      legal: 'judgment',
      courtPaper: { debt: 0, paper: 'judgment', receivedOn: '2026-11-25', courtDate: null },
    }),
    deadline: { lastDay: null, status: 'unknown', basis: 'none' },
    advice: ['find_paper_date', 'judgment_carry_out', 'protect_living_needs', 'refusal_crime_313'],
  },
  {
    name: 'enforcement notice naming 10 December',
    answers: person({
      legal: 'enforcement',
      courtPaper: {
        debt: 0,
        paper: 'enforcement_notice',
        receivedOn: '2026-11-20',
        courtDate: '2026-12-10',
      },
    }),
    deadline: { lastDay: '2026-12-10', daysLeft: 7, status: 'open', basis: 'notice' },
    advice: [
      'enforcement_settlement',
      'protect_living_needs',
      'credit_restrictions',
      'refusal_crime_313',
    ],
  },
  {
    name: 'enforcement saved before the paper was asked about',
    answers: person({ legal: 'enforcement' }),
    advice: [
      'find_paper_date',
      'enforcement_settlement',
      'protect_living_needs',
      'credit_restrictions',
      'refusal_crime_313',
    ],
  },
  {
    name: 'no court stage',
    answers: person({ legal: 'lawsuit_threatened' }),
    advice: [],
  },
];

describe('buildPlan: the court paper as a dated event (today = 2026-12-03)', () => {
  it.each(COURT_SITUATIONS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const plan = buildPlan(s.answers, { today: TODAY });
    if (s.deadline) expect(plan.courtDeadline).toMatchObject(s.deadline);
    else expect(plan.courtDeadline).toBeUndefined();
    expect(plan.courtAdvice).toEqual(s.advice);
  });

  it('every court advice id is produced by some situation', () => {
    const produced = new Set(
      COURT_SITUATIONS.flatMap((s) => buildPlan(s.answers, { today: TODAY }).courtAdvice),
    );
    expect(COURT_ADVICE_IDS.filter((id) => !produced.has(id))).toEqual([]);
  });

  it('today changes only the deadline, nothing else in the plan', () => {
    const answers = COURT_SITUATIONS[0]!.answers;
    const now = buildPlan(answers, { today: '2026-12-03' });
    const later = buildPlan(answers, { today: '2026-12-20' });
    expect(later.courtDeadline).toMatchObject({ daysLeft: -7, status: 'passed' });
    const { courtDeadline: _a, courtAdvice: _b, ...rest } = now;
    const { courtDeadline: _c, courtAdvice: _d, ...restLater } = later;
    expect(restLater).toEqual(rest);
  });

  it('refuses a "today" that is not a calendar day', () => {
    expect(() => buildPlan(person(), { today: '03/12/2026' })).toThrow();
  });
});

describe('buildPlan: named borrower situations', () => {
  it.each(SITUATIONS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const plan = buildPlan(s.answers, { today: TODAY });
    if (s.first) expect(plan.methods[0]!.id).toBe(s.first);
    const byId = new Map(plan.methods.map((m) => [m.id, m]));
    for (const [id, fit] of Object.entries(s.fits ?? {})) {
      expect({ id, fit: byId.get(id as MethodId)!.fit }).toEqual({ id, fit });
    }
    for (const [id, reasons] of Object.entries(s.reasons ?? {})) {
      expect({ id, reasons: byId.get(id as MethodId)!.reasons }).toEqual({ id, reasons });
    }
    expect(plan.urgent).toEqual(s.urgent);
    expect(plan.flags).toEqual(s.flags);
    for (const [list, ids] of Object.entries(s.includes ?? {})) {
      expect(plan[list as keyof Lists]).toEqual(expect.arrayContaining(ids));
    }
    for (const [list, ids] of Object.entries(s.excludes ?? {})) {
      for (const id of ids) expect(plan[list as keyof Lists]).not.toContain(id);
    }
    s.offers?.(plan);
  });

  it.each(SITUATIONS.map((s) => [s.name, s] as const))(
    '%s: each suited method proposes numbers that fit the budget and are never ¥0 a month',
    (_name, s) => {
      const plan = buildPlan(s.answers, { today: TODAY });
      for (const m of plan.methods) {
        if (m.fit === 'not_suited') {
          expect(m.offers).toBeUndefined();
          continue;
        }
        const offers = m.offers ?? [];
        expect(sumFen(offers.map((o) => o.monthlyPayment))).toBeLessThanOrEqual(
          fen(plan.budget.monthlyAvailable),
        );
        for (const o of offers) {
          expect(o.method).toBe(m.id);
          if (m.id === 'instalments' || m.id === 'restructuring' || m.id === 'hardship') {
            if (o.monthlyPayment === 0)
              expect({ id: m.id, pause: o.pause }).toEqual({ id: m.id, pause: true });
            else expect(o.months).toBeGreaterThanOrEqual(1);
          }
        }
      }
    },
  );

  it('gives a monthly proposal to instalments and restructuring wherever money is left monthly', () => {
    for (const s of SITUATIONS) {
      const plan = buildPlan(s.answers, { today: TODAY });
      if (plan.budget.monthlyAvailable === 0) continue;
      for (const m of plan.methods.filter(
        (x) => x.fit !== 'not_suited' && (x.id === 'instalments' || x.id === 'restructuring'),
      )) {
        expect({ situation: s.name, id: m.id, has: (m.offers?.length ?? 0) > 0 }).toEqual({
          situation: s.name,
          id: m.id,
          has: true,
        });
      }
    }
  });

  it('covers every method winning, every urgent action and every flag', () => {
    const plans = SITUATIONS.map((s) => buildPlan(s.answers, { today: TODAY }));
    expect(new Set(plans.map((p) => p.methods[0]!.id))).toEqual(new Set(METHOD_IDS));
    expect(new Set(plans.flatMap((p) => p.urgent))).toEqual(new Set(URGENT_IDS));
    expect(new Set(plans.flatMap((p) => p.flags.map((f) => f.id)))).toEqual(new Set(FLAG_IDS));
  });

  // The content files must not carry ids no situation can produce.
  it.each([
    ['pitfalls', PITFALL_IDS, (p: Plan) => p.pitfalls],
    ['documents', DOCUMENT_IDS, (p: Plan) => p.documents],
    ['legalRefs', LEGAL_REF_IDS, (p: Plan) => p.legalRefs],
    ['channels', CHANNEL_IDS, (p: Plan) => p.channels],
    ['tips', TIP_IDS, (p: Plan) => p.tips],
    ['refusedSteps', REFUSED_STEP_IDS, (p: Plan) => p.refusedSteps],
    ['reasons', REASON_IDS, (p: Plan) => p.methods.flatMap((m) => m.reasons)],
  ] as const)('every %s id is produced by some situation', (_list, ids, pickIds) => {
    const produced = new Set<string>(
      SITUATIONS.flatMap((s) => pickIds(buildPlan(s.answers, { today: TODAY }))),
    );
    expect(ids.filter((id) => !produced.has(id))).toEqual([]);
  });
});
