/**
 * Which content ids a plan carries: one predicate per id, keyed by the id, so every id in
 * ids.ts has exactly one rule and the output keeps the order of the id lists. Each
 * predicate names the situation it serves.
 */
import type { Answers, CollectionId } from './answers';
import type { Facts } from './facts';
import {
  CHANNEL_IDS,
  DOCUMENT_IDS,
  LEGAL_REF_IDS,
  PITFALL_IDS,
  REFUSED_STEP_IDS,
  TIP_IDS,
  URGENT_IDS,
  type ChannelId,
  type DocumentId,
  type Fit,
  type LegalRefId,
  type MethodId,
  type PitfallId,
  type RefusedStepId,
  type TipId,
  type UrgentId,
} from './ids';

export type ListContext = {
  answers: Answers;
  facts: Facts;
  fit: (method: MethodId) => Fit;
  /** The monthly money cannot meet the lenders' usual terms. */
  budgetShortfall: boolean;
  /** Some offer asks for monthly payments. */
  monthlyOffers: boolean;
};

type Rule = (c: ListContext) => boolean;

const has = (c: ListContext, item: CollectionId): boolean => c.answers.collection.includes(item);
const evidence = (c: ListContext, item: Answers['evidence'][number]): boolean =>
  c.answers.evidence.includes(item);
const suited = (c: ListContext, m: MethodId): boolean => c.fit(m) !== 'not_suited';
const always: Rule = () => true;

const URGENT: Record<UrgentId, Rule> = {
  // Payment order, arbitration, lawsuit, judgment or enforcement: court deadlines are short.
  answer_court: (c) => c.facts.hasCourtStage,
  // Threats or insults: report to the police.
  report_threats: (c) => has(c, 'threats_or_insults'),
  // "Legal papers" from collectors may be fake: check them with the court.
  check_legal_papers: (c) => has(c, 'fake_legal_documents'),
  // Excessive, night or third-party calls, exposure, threats: record and complain.
  complain_collection: (c) => c.facts.abusiveCollection,
  // Borrowing to repay, or five or more lenders: stop the spiral first.
  stop_new_borrowing: (c) => c.facts.borrowingToRepay || c.facts.lenderCount >= 5,
  // Income below essentials: rent, food and medicine come before any lender.
  protect_essentials: (c) => c.facts.incomeBelowEssentials,
};

const PITFALLS: Record<PitfallId, Rule> = {
  // Everyone overdue is targeted by paid "停息挂账" agents; always paired with restructuring.
  paid_debt_agents: always,
  // Everyone: saying "I won't pay" turns a hardship into a dispute.
  saying_wont_pay: always,
  // Everyone: going silent makes lenders escalate.
  going_silent: always,
  // Borrowing to repay, several lenders or a shortfall: new loans deepen the hole.
  new_loans_to_repay: (c) =>
    c.facts.borrowingToRepay || c.facts.lenderCount >= 3 || c.budgetShortfall,
  // Everyone: an agreement only by phone is easily denied.
  verbal_only_agreement: always,
  // Monthly payments proposed, or an earlier agreement broke: promise only what is left.
  overpromising: (c) => c.monthlyOffers || c.answers.negotiated === 'agreed_but_cannot_keep',
  // Everyone: pay only into the lender's official account.
  paying_personal_accounts: always,
  // Any legal step threatened or started: court papers must not be ignored.
  ignoring_court_papers: (c) => c.facts.hasLegalStep,
  // Fake legal papers received, or a lawsuit only threatened: check before believing.
  fake_legal_documents: (c) =>
    has(c, 'fake_legal_documents') || c.answers.legal === 'lawsuit_threatened',
  // Possibly unlicensed lenders, abusive collectors or many apps: scammers ask for codes.
  sharing_codes_or_passwords: (c) =>
    c.facts.hasUnlicensed || c.facts.abusiveCollection || c.facts.lenderCount >= 3,
};

const DOCUMENTS: Record<DocumentId, Rule> = {
  // Everyone: identity for any formal request.
  id_card: always,
  // Everyone: what is owed to whom.
  loan_statements: always,
  // Everyone: the numbers behind what can be offered.
  budget_sheet: always,
  // Some income, or proof of it held: shows what can be paid.
  income_proof: (c) => c.facts.incomeFen > 0 || evidence(c, 'income_proof'),
  // Hardship request or a shortfall: statements show the money really is not there.
  bank_statements: (c) => suited(c, 'hardship') || c.budgetShortfall,
  // Illness or injury: hardship needs medical records.
  medical_records: (c) => c.answers.cause === 'illness_or_injury' || evidence(c, 'medical'),
  // Job loss: proof of the lost job.
  job_loss_proof: (c) => c.answers.cause === 'job_loss' || evidence(c, 'job_loss_proof'),
  // Family emergency: proof of the event.
  family_event_proof: (c) =>
    c.answers.cause === 'family_emergency' || evidence(c, 'family_event_proof'),
  // Disaster: proof of the loss.
  disaster_proof: (c) => evidence(c, 'disaster_proof'),
  // Business trouble: accounts show the drop.
  business_records: (c) => c.answers.cause === 'business_trouble',
  // Any collection problem: keep the evidence for complaints.
  collection_evidence: (c) => c.answers.collection.length > 0,
  // Pre-suit mediation or any court stage: bring the papers.
  court_papers: (c) => c.facts.hasCourtStage || c.answers.legal === 'pre_suit_mediation',
  // An earlier agreement that cannot be kept: re-negotiate from it.
  previous_agreement: (c) => c.answers.negotiated === 'agreed_but_cannot_keep',
};

/** Overdue this long (2 years), a debt is old: agreeing to pay it restarts the 3-year clock. */
const OLD_DEBT_DAYS = 730;

const LEGAL_REFS: Record<LegalRefId, Rule> = {
  // Everyone: the duty to repay as agreed.
  civil_code_675: always,
  // Overdue or penalties: overdue interest follows the contract or state rules.
  civil_code_676: (c) => c.facts.anyOverdue || c.facts.anyPenalties,
  // Extension considered: it needs the lender's consent.
  civil_code_678: (c) => suited(c, 'extension'),
  // Cost above 36% or a possibly unlicensed lender: usury is forbidden.
  civil_code_680: (c) => c.facts.anyAprOver36 || c.facts.hasUnlicensed,
  // Everyone: any change to the contract is by agreement.
  civil_code_543: always,
  // Disaster: an unforeseeable change allows renegotiation.
  civil_code_533: (c) => evidence(c, 'disaster_proof'),
  // Penalty relief considered: excessive penalties may be reduced on request.
  civil_code_585: (c) => suited(c, 'penalty_relief'),
  // Contacts told or details exposed: privacy.
  civil_code_1032: (c) => c.facts.privacyInvaded,
  // Repeated, night or third-party calls: the peace of private life.
  civil_code_1033: (c) =>
    has(c, 'excessive_calls') || has(c, 'night_calls') || has(c, 'contacts_third_parties'),
  // Penalty relief considered: the 30% guide for excessive penalties.
  contract_interpretation_65: (c) => suited(c, 'penalty_relief'),
  // Cost above 24%: a court may cut the excess on request (licensed lenders).
  spc_2017_financial_trial_2: (c) => c.facts.anyAprOver24,
  // Possibly unlicensed lender: private-lending rules (4× LPR) may apply.
  private_lending_25: (c) => c.facts.hasUnlicensed,
  // Overdue: how long a record stays on the credit report.
  credit_reporting_16: (c) => c.facts.anyOverdue,
  // Overdue: how to object to a wrong credit record.
  credit_reporting_25: (c) => c.facts.anyOverdue,
  // Contacts told or details exposed: personal information law.
  pipl_10: (c) => c.facts.privacyInvaded,
  // Abusive collection of a possibly illegal debt (unlicensed or above 36%).
  criminal_law_293_1: (c) =>
    c.facts.abusiveCollection && (c.facts.hasUnlicensed || c.facts.anyAprOver36),
  // Sued: 15 days to answer the claim.
  civil_procedure_128: (c) => c.answers.legal === 'sued',
  // Payment order: pay or object in writing within 15 days.
  civil_procedure_227: (c) => c.answers.legal === 'payment_order',
  // Pre-suit mediation or any court stage: mediation is possible.
  civil_procedure_96: (c) => c.facts.hasCourtStage || c.answers.legal === 'pre_suit_mediation',
  // A debt overdue 2 years or more: agreeing to pay restarts the limitation period; read first.
  civil_code_195: (c) => c.facts.maxOverdueDays >= OLD_DEBT_DAYS,
  // Everyone: two free credit reports a year show what lenders reported.
  credit_reporting_17: always,
  // Threats or insults, contacts told or details exposed: dignity and personal information.
  consumer_protection_14: (c) => has(c, 'threats_or_insults') || c.facts.privacyInvaded,
  // Threats or insults: no insulting or defaming the customer.
  consumer_protection_27: (c) => has(c, 'threats_or_insults'),
  // Threats or insults, contacts told or details exposed: stop, apologise, compensate.
  consumer_protection_50: (c) => has(c, 'threats_or_insults') || c.facts.privacyInvaded,
};

const CHANNELS: Record<ChannelId, Rule> = {
  // Everyone: start with the lender's own service line.
  lender_service: always,
  // Everyone: the regulator if a lender refuses or misbehaves.
  nfra_12378: always,
  // Overdue: credit-report questions go to the central bank.
  pboc_12363: (c) => c.facts.anyOverdue,
  // Abusive collection or a possibly unlicensed lender: the internet-finance association.
  nifa_report: (c) => c.facts.abusiveCollection || c.facts.hasUnlicensed,
  // Threats or fake legal papers: the police.
  police_110: (c) => has(c, 'threats_or_insults') || has(c, 'fake_legal_documents'),
  // Everyone: free legal advice.
  legal_aid_12348: always,
  // Court stage, pre-suit mediation or papers to verify: the court's service line.
  court_12368: (c) =>
    c.facts.hasCourtStage ||
    c.answers.legal === 'pre_suit_mediation' ||
    has(c, 'fake_legal_documents'),
  // Heavy strain: illness, job loss, emergency, threats, nothing left, many lenders or court.
  mental_health_12356: (c) =>
    c.facts.hardshipCauses.length > 0 ||
    has(c, 'threats_or_insults') ||
    c.facts.monthlyAvailableFen === 0 ||
    c.facts.lenderCount >= 5 ||
    c.facts.hasCourtStage,
};

const TIPS: Record<TipId, Rule> = {
  // Everyone: know your numbers before calling.
  prepare_numbers: always,
  // Talking to the lender directly (no court yet): call when staff can decide.
  call_on_weekday_mornings: (c) => !c.facts.hasCourtStage,
  // Everyone.
  calm_tone: always,
  // Everyone.
  record_every_contact: always,
  // Everyone.
  get_it_in_writing: always,
  // Everyone.
  stay_reachable: always,
};

const REFUSED_STEPS: Record<RefusedStepId, Rule> = {
  // Everyone: a refusal by phone is not the end; ask again in writing.
  ask_again_in_writing: always,
  // Everyone: the lender's complaints channel.
  complain_to_lender: always,
  // Everyone: then the regulator.
  complain_to_regulator: always,
  // Any legal step, a refusal before, or long overdue: a lawsuit may follow; answer it.
  if_sued_respond: (c) =>
    c.facts.hasLegalStep || c.answers.negotiated === 'refused' || c.facts.overdue90,
  // Any legal step: courts commonly support instalments or mediation.
  ask_court_mediation: (c) => c.facts.hasLegalStep,
  // Court stage, refused, or a possibly illegal debt: free legal help.
  get_legal_aid: (c) =>
    c.facts.hasCourtStage ||
    c.answers.negotiated === 'refused' ||
    c.facts.hasUnlicensed ||
    c.facts.anyAprOver36,
};

const pick = <T extends string>(ids: readonly T[], rules: Record<T, Rule>, c: ListContext): T[] =>
  ids.filter((id) => rules[id](c));

export const selectUrgent = (c: ListContext) => pick(URGENT_IDS, URGENT, c);
export const selectPitfalls = (c: ListContext) => pick(PITFALL_IDS, PITFALLS, c);
export const selectDocuments = (c: ListContext) => pick(DOCUMENT_IDS, DOCUMENTS, c);
export const selectLegalRefs = (c: ListContext) => pick(LEGAL_REF_IDS, LEGAL_REFS, c);
export const selectChannels = (c: ListContext) => pick(CHANNEL_IDS, CHANNELS, c);
export const selectTips = (c: ListContext) => pick(TIP_IDS, TIPS, c);
export const selectRefusedSteps = (c: ListContext) => pick(REFUSED_STEP_IDS, REFUSED_STEPS, c);
