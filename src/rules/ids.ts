/**
 * The shared vocabulary of rules and content. Every id here must have text in
 * content/<locale>/*.json, and every content id must appear here (tests/unit/content
 * checks both ways). Ids are snake_case and never change meaning; add, don't rename.
 */

export const METHOD_IDS = [
  'extension',
  'instalments',
  'penalty_relief',
  'restructuring',
  'hardship',
] as const;
export type MethodId = (typeof METHOD_IDS)[number];

export const FITS = ['recommended', 'possible', 'not_suited'] as const;
export type Fit = (typeof FITS)[number];

/**
 * Why a method was judged as it was. Rendered as "因为你说…" sentences; placeholders in
 * their text are filled by the view from the answers and the plan (see content/README.md).
 */
export const REASON_IDS = [
  // extension
  'income_expected_soon', // money arrives within 30 days
  'income_expected_late', // money arrives, but later than 30 days
  'no_income_expected', // no money in sight
  'salary_delayed', // cause: salary late
  'long_term_cause', // job loss, illness, business trouble: not a short gap
  'overdue_long', // overdue 90+ days on some debt: lenders rarely extend
  'court_stage', // a court/arbitration step has started
  // instalments
  'money_left_monthly', // something left each month after essentials
  'nothing_left_monthly', // nothing left after essentials
  'lump_sum_short', // lump sum does not clear the overdue amounts
  'lump_sum_covers', // lump sum clears everything
  'agreement_broken', // agreed before but cannot keep it: ask for a realistic plan
  'refused_before', // asked before and was refused: ask again in writing, escalate
  // penalty relief
  'penalties_large', // penalties are a large share of what is owed
  'overdue_90_plus', // long overdue
  'apr_above_24', // some debt costs more than 24% a year
  'lump_sum_for_principal', // a lump sum could clear principal if penalties are waived
  'no_penalties_known', // no penalties known yet
  'penalties_small', // some penalties, but a small share of what is owed: worth asking, less leverage
  // restructuring
  'three_plus_lenders',
  'five_plus_lenders',
  'borrowing_to_repay',
  'single_or_two_lenders',
  // hardship
  'cause_job_loss',
  'cause_illness',
  'cause_family_emergency',
  'cause_disaster', // disaster proof held
  'evidence_held', // evidence the user holds
  'evidence_missing', // hardship cause, but no evidence yet: list what to get
  'cause_not_hardship',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];

/** Actions that come before any negotiation, most urgent first. */
export const URGENT_IDS = [
  'answer_court', // sued / payment order / arbitration / judgment / enforcement
  'report_threats', // threats or insults: police
  'check_legal_papers', // "legal documents" from collectors may be fake: verify with the court
  'complain_collection', // abusive collection: record and complain
  'stop_new_borrowing', // borrowing to repay, or five or more lenders
  'protect_essentials', // income below essentials
] as const;
export type UrgentId = (typeof URGENT_IDS)[number];

export const FLAG_IDS = [
  'apr_over_24', // per debt: above the 24% line courts may adjust on request
  'apr_over_36', // per debt: above 36%
  'unlicensed_lender', // per debt: kind 'unknown'
  'budget_shortfall', // global: money left cannot meet even the longest usual terms
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export const PITFALL_IDS = [
  'paid_debt_agents', // paid "debt optimisation / 停息挂账" agents
  'saying_wont_pay',
  'going_silent',
  'new_loans_to_repay',
  'verbal_only_agreement',
  'overpromising',
  'paying_personal_accounts',
  'ignoring_court_papers',
  'fake_legal_documents',
  'sharing_codes_or_passwords',
] as const;
export type PitfallId = (typeof PITFALL_IDS)[number];

export const DOCUMENT_IDS = [
  'id_card',
  'loan_statements',
  'budget_sheet',
  'income_proof',
  'bank_statements',
  'medical_records',
  'job_loss_proof',
  'family_event_proof',
  'disaster_proof',
  'business_records',
  'collection_evidence',
  'court_papers',
  'previous_agreement',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export const LEGAL_REF_IDS = [
  'civil_code_675',
  'civil_code_676',
  'civil_code_678',
  'civil_code_680',
  'civil_code_543',
  'civil_code_533',
  'civil_code_585',
  'civil_code_1032',
  'civil_code_1033',
  'contract_interpretation_65',
  'spc_2017_financial_trial_2',
  'private_lending_25',
  'credit_reporting_16',
  'credit_reporting_25',
  'pipl_10',
  'criminal_law_293_1',
  'civil_procedure_128',
  'civil_procedure_227',
  'civil_procedure_96',
  'civil_code_195', // old debts: agreeing to pay restarts the limitation period
  'credit_reporting_17', // two free credit reports a year
  'consumer_protection_14', // dignity and personal information
  'consumer_protection_27', // no insults or defamation
  'consumer_protection_50', // infringing dignity or personal information: stop, apologise, compensate
] as const;
export type LegalRefId = (typeof LEGAL_REF_IDS)[number];

export const CHANNEL_IDS = [
  'lender_service', // the lender's own customer service / complaints
  'nfra_12378', // 国家金融监督管理总局 12378
  'pboc_12363', // 中国人民银行 12363 (征信, payments)
  'nifa_report', // 中国互联网金融协会 举报平台
  'police_110',
  'legal_aid_12348',
  'court_12368', // 人民法院诉讼服务热线
  'mental_health_12356',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const TIP_IDS = [
  'prepare_numbers',
  'call_on_weekday_mornings',
  'calm_tone',
  'record_every_contact',
  'get_it_in_writing',
  'stay_reachable',
] as const;
export type TipId = (typeof TIP_IDS)[number];

/** What to do when a lender refuses, in order. */
export const REFUSED_STEP_IDS = [
  'ask_again_in_writing',
  'complain_to_lender',
  'complain_to_regulator',
  'if_sued_respond',
  'ask_court_mediation',
  'get_legal_aid',
] as const;
export type RefusedStepId = (typeof REFUSED_STEP_IDS)[number];
