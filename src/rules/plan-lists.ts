/**
 * Which content ids a plan carries: one predicate per id, keyed by the id, so every id in
 * ids.ts has exactly one rule and the output keeps the order of the id lists. Each
 * predicate names the situation it serves.
 */
import type { Answers, CollectionId } from './answers';
import type { CourtDeadline } from './court-deadline';
import { OLD_DEBT_DAYS, type CourtStage, type Facts } from './facts';
import {
  CHANNEL_IDS,
  COURT_ADVICE_IDS,
  DOCUMENT_IDS,
  LEGAL_REF_IDS,
  PITFALL_IDS,
  REFUSED_STEP_IDS,
  TIP_IDS,
  URGENT_IDS,
  type ChannelId,
  type CourtAdviceId,
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
  /** The court paper's deadline, when the answers name a paper. */
  deadline?: CourtDeadline;
};

type Rule = (c: ListContext) => boolean;

const has = (c: ListContext, item: CollectionId): boolean => c.answers.collection.includes(item);
const evidence = (c: ListContext, item: Answers['evidence'][number]): boolean =>
  c.answers.evidence.includes(item);
const suited = (c: ListContext, m: MethodId): boolean => c.fit(m) !== 'not_suited';
const always: Rule = () => true;
const atStage = (c: ListContext, stage: CourtStage): boolean => c.facts.courtStages.has(stage);
const deadlinePassed = (c: ListContext): boolean => c.deadline?.status === 'passed';
/** Asking a court or arbitration body for free help makes sense at these points. */
const legalAidShown: Rule = (c) =>
  c.facts.hasCourtStage ||
  c.answers.negotiated === 'refused' ||
  c.facts.hasUnlicensed ||
  c.facts.anyAprOver36;

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
  // Everyone without an overdue bank debt: going silent makes lenders escalate.
  going_silent: (c) => !c.facts.bankOverdue,
  // An overdue bank (credit card) debt: dodging the bank can count toward 恶意透支.
  going_silent_credit_card: (c) => c.facts.bankOverdue,
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
  // Abusive collection of a debt to a possibly unlicensed lender: the crime of collecting
  // illegal debts covers only debts from illegal lending, never a licensed lender's loan.
  criminal_law_293_1: (c) => c.facts.abusiveCollection && c.facts.hasUnlicensed,
  // Sued: 15 days to answer the claim.
  civil_procedure_128: (c) => atStage(c, 'sued'),
  // Payment order: pay or object in writing within 15 days.
  civil_procedure_227: (c) => atStage(c, 'payment_order'),
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
  // Payment order: an objection must dispute the debt itself; instalments are not one.
  civil_procedure_interpretation_436: (c) => atStage(c, 'payment_order'),
  // Payment order: a valid objection ends the procedure; the lender may then sue.
  civil_procedure_228: (c) => atStage(c, 'payment_order'),
  // Sued: in simplified procedure the court sets the deadlines.
  civil_procedure_interpretation_266: (c) => atStage(c, 'sued'),
  // Sued: in small claims the court sets them too (evidence usually 7 days at most).
  civil_procedure_interpretation_275: (c) => atStage(c, 'sued'),
  // Sued: small claims are decided in a single instance.
  civil_procedure_165: (c) => atStage(c, 'sued'),
  // Pre-suit mediation or any court stage: mediation needs both sides' consent.
  civil_procedure_99: (c) => c.facts.hasCourtStage || c.answers.legal === 'pre_suit_mediation',
  // Judgment or enforcement: refusing a judgment one can carry out is a crime.
  criminal_law_313: (c) => atStage(c, 'judgment') || atStage(c, 'enforcement'),
  // An overdue bank debt: 恶意透支, and when dodging the bank counts toward it.
  criminal_law_196: (c) => c.facts.bankOverdue,
  credit_card_interpretation_2018: (c) => c.facts.bankOverdue,
  // A possibly unlicensed lender: lending for profit without a licence may void the contract.
  private_lending_13: (c) => c.facts.hasUnlicensed,
  // An old debt: a letter or promise counts as agreeing to pay; instalments count from the last
  // one; after the period has run out, agreeing loses the defence.
  limitation_rules_14: (c) => c.facts.maxOverdueDays >= OLD_DEBT_DAYS,
  civil_code_189: (c) => c.facts.maxOverdueDays >= OLD_DEBT_DAYS,
  civil_code_192: (c) => c.facts.maxOverdueDays >= OLD_DEBT_DAYS,
  // Where free legal help is suggested: what legal aid offers and to whom.
  legal_aid_22: legalAidShown,
  legal_aid_23: legalAidShown,
  legal_aid_31: legalAidShown,
};

const CHANNELS: Record<ChannelId, Rule> = {
  // Everyone: start with the lender's own service line.
  lender_service: always,
  // A bank or consumer-finance debt, or a platform whose lender may be one: the national
  // regulator's complaint line.
  nfra_12378: (c) => c.facts.hasNfraLender || c.facts.hasOtherPlatform,
  // A 小额贷款公司, a platform whose lender may be one, or a possibly unlicensed lender: the
  // provincial financial authority.
  local_financial_authority: (c) =>
    c.facts.hasMicroloan || c.facts.hasOtherPlatform || c.facts.hasUnlicensed,
  // Overdue: credit-report questions go to the central bank.
  pboc_12363: (c) => c.facts.anyOverdue,
  // Abusive collection or a possibly unlicensed lender: the internet-finance association.
  nifa_report: (c) => c.facts.abusiveCollection || c.facts.hasUnlicensed,
  // Threats, fake legal papers, or a possibly unlicensed lender: the police.
  police_110: (c) =>
    has(c, 'threats_or_insults') || has(c, 'fake_legal_documents') || c.facts.hasUnlicensed,
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
  // Any legal step: in court one may ask for mediation; the lender may refuse.
  ask_court_mediation: (c) => c.facts.hasLegalStep,
  // Court stage, refused, or a possibly illegal debt: free legal advice.
  get_legal_aid: legalAidShown,
};

const COURT_ADVICE: Record<CourtAdviceId, Rule> = {
  // The 15 days to object to the payment order are over: what can still be done.
  deadline_passed_payment_order: (c) => deadlinePassed(c) && c.deadline?.paper === 'payment_order',
  // The answer period is over: the case goes on; what can still be done.
  deadline_passed_answer: (c) => deadlinePassed(c) && c.deadline?.paper === 'complaint',
  // The date on the notice has passed.
  deadline_passed_notice: (c) =>
    deadlinePassed(c) && c.deadline?.paper !== 'payment_order' && c.deadline?.paper !== 'complaint',
  // No date to count from (not remembered, none on the paper, or never asked): how to find it.
  find_paper_date: (c) =>
    c.facts.hasCourtStage && (c.deadline === undefined || c.deadline.status === 'unknown'),
  // Payment order, window not known to be over: what an objection can and cannot do.
  payment_order_objection: (c) =>
    atStage(c, 'payment_order') && !(deadlinePassed(c) && c.deadline?.paper === 'payment_order'),
  // Payment order: negotiate instalments now, beside any objection.
  payment_order_negotiate: (c) => atStage(c, 'payment_order'),
  // Sued: the answer deadline depends on the procedure.
  answer_by_procedure: (c) => atStage(c, 'sued'),
  // Sued, or a payment order that may turn into a lawsuit: mediation may be asked for.
  ask_court_mediation: (c) => atStage(c, 'sued') || atStage(c, 'payment_order'),
  // Arbitration: the commission's notice sets the dates.
  arbitration_follow_notice: (c) => atStage(c, 'arbitration'),
  // Judgment: carry it out, or agree a plan with the lender.
  judgment_carry_out: (c) => atStage(c, 'judgment'),
  // Enforcement: propose a settlement to the lender and the enforcement judge.
  enforcement_settlement: (c) => atStage(c, 'enforcement'),
  // Judgment or enforcement: keep what is needed to live on.
  protect_living_needs: (c) => atStage(c, 'judgment') || atStage(c, 'enforcement'),
  // Enforcement: 失信 and 限高.
  credit_restrictions: (c) => atStage(c, 'enforcement'),
  // Judgment or enforcement: the 313 caveat for those who can pay.
  refusal_crime_313: (c) => atStage(c, 'judgment') || atStage(c, 'enforcement'),
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
export const selectCourtAdvice = (c: ListContext) => pick(COURT_ADVICE_IDS, COURT_ADVICE, c);
