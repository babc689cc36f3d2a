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
  'old_debt', // per debt: overdue two years or more: a letter or promise affects the limitation period
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export const PITFALL_IDS = [
  'paid_debt_agents', // paid "debt optimisation / 停息挂账" agents
  'saying_wont_pay',
  'going_silent',
  'going_silent_credit_card', // replaces going_silent when a bank (credit card) debt is overdue: 恶意透支
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
  'civil_procedure_interpretation_436', // payment order: only disputing the debt itself is an objection
  'civil_procedure_228', // a valid written objection ends the payment-order procedure
  'civil_procedure_interpretation_266', // simplified procedure: the court sets the deadlines
  'civil_procedure_interpretation_275', // small claims: evidence 一般不超过七日, answer at most 15 days
  'civil_procedure_165', // small claims: single instance
  'civil_procedure_99', // mediation needs both sides' consent
  'criminal_law_313', // refusing a judgment one can carry out
  'criminal_law_196', // credit cards: 恶意透支
  'credit_card_interpretation_2018', // when non-payment of a card can count as 恶意透支
  'private_lending_13', // unlicensed lending for profit: the contract may be void
  'limitation_rules_14', // a repayment plan or request to delay = 同意履行
  'civil_code_189', // instalment debts: the period runs from the last instalment
  'civil_code_192', // after the period has run out: agreeing to pay loses the defence
  'legal_aid_22', // forms of legal aid
  'legal_aid_23', // legal advice for everyone, by phone and online
  'legal_aid_31', // legal-aid representation: only the listed matters
] as const;
export type LegalRefId = (typeof LEGAL_REF_IDS)[number];

export const CHANNEL_IDS = [
  'lender_service', // the lender's own customer service / complaints
  'nfra_12378', // 国家金融监督管理总局 12378: banks and consumer-finance companies
  'local_financial_authority', // provincial 地方金融管理局: 小额贷款公司 / 网络小贷, and unlicensed lenders
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
  'ask_court_mediation', // you may ask; the court may organise mediation; the lender may refuse
  'get_legal_aid',
] as const;
export type RefusedStepId = (typeof REFUSED_STEP_IDS)[number];

/**
 * What to do about a court paper, for the block at the top of the plan: the deadline's own
 * situation first (passed, date unknown), then advice for each court stage the person is at.
 */
export const COURT_ADVICE_IDS = [
  'deadline_passed_payment_order', // the 15 days to object have passed
  'deadline_passed_answer', // the answer period has passed
  'deadline_passed_notice', // the date on the notice has passed
  'find_paper_date', // the day of receipt (or the notice date) is not known: how to find it
  'payment_order_objection', // what an objection can and cannot do (民诉法解释 436)
  'payment_order_negotiate', // instalments are negotiated separately, now
  'answer_by_procedure', // 15 days, or the court's own dates in simplified / small-claims cases
  'ask_court_mediation', // you may ask; the court may organise it; the lender may refuse
  'arbitration_follow_notice', // the commission's notice sets the dates
  'judgment_carry_out', // a judgment is to be carried out: pay, or agree a plan with the lender
  'enforcement_settlement', // 执行和解: propose a plan to the lender and the 执行法官
  'protect_living_needs', // show the court what you need to live on
  'credit_restrictions', // 失信 / 限高: what they mean and how to ask about ending them
  'refusal_crime_313', // refusing a judgment one can carry out is a crime
] as const;
export type CourtAdviceId = (typeof COURT_ADVICE_IDS)[number];
