import { Fragment, type ReactNode, type Ref } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../rules/answers';
import type { Budget, Plan } from '../../rules/plan';
import { formatDate, formatMoney } from '../../lib/format';
import { MethodCard } from './MethodCard';
import { OffersTable } from './OffersTable';
import { LegalRefs } from './LegalRefs';
import { PlanQrCode, type LinkNames } from './PlanQrCode';
import { TextBlock } from './TextBlock';
import { PlanOverview } from './PlanOverview';
import { CourtBlock } from './CourtBlock';
import { deadlineHeadline } from '../../ui/deadline-headline';
import { PlanContents, type ContentsItem } from './PlanContents';
import { PLAN_NAMESPACES } from '../../i18n/i18n';
import './plan.css';
import './print.css';

// The plan page reads every namespace of the lazily loaded plan chunk.
export { PLAN_NAMESPACES };

type Props = {
  answers: Answers;
  plan: Plan;
  /** The day the plan is read: every proposed date counts from it. */
  from: Date;
  /** The link the QR code opens. */
  shareUrl: string;
  /** Whether the link holds lender names, and how to leave them out (for a link too long). */
  linkNames?: LinkNames;
  headingRef: Ref<HTMLHeadingElement>;
  /** Shown between the title and the plan (the shared-plan banner). */
  banner?: ReactNode;
  /** Print, share and edit buttons: after the urgent actions, which come first. */
  actions?: ReactNode;
  /** The owner's own negotiation log, shown and printed with the plan (never in a shared view). */
  recordedLog?: ReactNode;
  /** Where the owner answers or changes the court-paper questions (never in a shared view). */
  courtChangePath?: string;
};

const LOG_COLUMNS = ['date', 'time', 'channel', 'person', 'offer', 'result', 'confirmation'];
const LOG_ROWS = 8;

/** The whole plan as one document: the same on screen, in a shared link and on paper. */
export function PlanView({
  answers,
  plan,
  from,
  shareUrl,
  linkNames,
  headingRef,
  banner,
  actions,
  recordedLog,
  courtChangePath,
}: Props) {
  const { t, i18n } = useTranslation([...PLAN_NAMESPACES]);
  const locale = i18n.language;
  const money = (n: number) => formatMoney(n, locale);
  const lender = (debt: number | undefined) =>
    debt === undefined ? undefined : answers.debts[debt]?.name;
  const { budget } = plan;
  const section = (id: string, key: string): ContentsItem => ({
    id,
    label: t(`plan:sections.${key}`),
  });
  // The sections shown on screen, in page order (the blank log is printed only).
  const hasCourtBlock = plan.courtDeadline !== undefined || plan.courtAdvice.length > 0;
  const stage = answers.legal;
  const contents: ContentsItem[] = [
    // The court block's heading is its deadline line; the contents name it the same way.
    ...(hasCourtBlock
      ? [{ id: 'plan-court', label: deadlineHeadline(t, plan.courtDeadline, locale) }]
      : []),
    ...(plan.urgent.length > 0 ? [section('plan-urgent', 'urgent')] : []),
    section('plan-methods', 'methods'),
    section('plan-offers', 'offers'),
    ...(plan.flags.length > 0 ? [section('plan-flags', 'flags')] : []),
    section('plan-budget', 'budget'),
    section('plan-documents', 'documents'),
    ...(plan.tips.length > 0 ? [section('plan-tips', 'tips')] : []),
    ...(plan.pitfalls.length > 0 ? [section('plan-pitfalls', 'pitfalls')] : []),
    section('plan-legal', 'legal'),
    section('plan-channels', 'channels'),
    ...(plan.refusedSteps.length > 0 ? [section('plan-refused', 'refused')] : []),
    section('plan-tools', 'tools'),
    ...(recordedLog ? [section('plan-recorded-log', 'recorded_log')] : []),
    section('plan-qr', 'qr'),
  ];

  return (
    <article className="plan">
      <header className="plan__header">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('plan:title')}
        </h1>
        <p className="plan__date">{t('plan:made_on', { date: formatDate(from, locale) })}</p>
      </header>
      {banner}
      <CourtBlock answers={answers} plan={plan} changePath={courtChangePath} />
      <PlanOverview answers={answers} plan={plan} />
      <PlanContents items={contents} />

      {plan.urgent.length > 0 && (
        <section className="plan-section plan-urgent" aria-labelledby="plan-urgent">
          <h2 id="plan-urgent" tabIndex={-1}>
            {t('plan:sections.urgent')}
          </h2>
          <p>{t('plan:urgent_intro')}</p>
          {plan.urgent.map((id) => (
            <div className="notice notice--urgent plan-card" key={id}>
              <h3>{t(`urgent:${id}.title`)}</h3>
              <p>{t(`urgent:${id}.body`)}</p>
              <TextBlock i18nKey={`urgent:${id}.steps`} as="ol" />
            </div>
          ))}
        </section>
      )}

      {actions}

      <section className="plan-section" aria-labelledby="plan-methods">
        <h2 id="plan-methods" tabIndex={-1}>
          {t('plan:sections.methods')}
        </h2>
        <p>{t('plan:methods_intro')}</p>
        {plan.methods.map((advice, i) => (
          <MethodCard
            key={advice.id}
            advice={advice}
            rank={i + 1}
            answers={answers}
            plan={plan}
            from={from}
          />
        ))}
      </section>

      <section className="plan-section" aria-labelledby="plan-offers">
        <h2 id="plan-offers" tabIndex={-1}>
          {t('plan:sections.offers')}
        </h2>
        <p>{t('plan:offers_intro')}</p>
        <OffersTable answers={answers} plan={plan} from={from} />
      </section>

      {plan.flags.length > 0 && (
        <section className="plan-section" aria-labelledby="plan-flags">
          <h2 id="plan-flags" tabIndex={-1}>
            {t('plan:sections.flags')}
          </h2>
          <ul className="plan-list">
            {plan.flags.map((flag) => {
              const values = {
                lender: lender(flag.debt) ?? '',
                shortfall: money(budget.shortfall),
              };
              return (
                <li key={`${flag.id}-${flag.debt ?? 'all'}`} className="notice notice--warning">
                  <h3>{t(`flags:${flag.id}.title`, values)}</h3>
                  <p>{t(`flags:${flag.id}.body`, values)}</p>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section className="plan-section" aria-labelledby="plan-budget">
        <h2 id="plan-budget" tabIndex={-1}>
          {t('plan:sections.budget')}
        </h2>
        <dl className="budget">
          {budgetRows(budget).map(([key, amount]) => (
            <Fragment key={key}>
              <dt>{t(`plan:budget.${key}`)}</dt>
              <dd>{money(amount)}</dd>
            </Fragment>
          ))}
        </dl>
      </section>

      <section className="plan-section" aria-labelledby="plan-documents">
        <h2 id="plan-documents" tabIndex={-1}>
          {t('plan:sections.documents')}
        </h2>
        <ul className="checklist">
          {plan.documents.map((id) => (
            <li key={id}>
              <input type="checkbox" id={`doc-${id}`} />
              <label htmlFor={`doc-${id}`}>
                <strong>{t(`documents:${id}.title`)}</strong> {t(`documents:${id}.note`)}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <TitledList id="plan-tips" heading={t('plan:sections.tips')} ns="tips" ids={plan.tips} />
      <TitledList
        id="plan-pitfalls"
        heading={t('plan:sections.pitfalls')}
        ns="pitfalls"
        ids={plan.pitfalls}
      />

      <section className="plan-section" aria-labelledby="plan-legal">
        <h2 id="plan-legal" tabIndex={-1}>
          {t('plan:sections.legal')}
        </h2>
        <p>{t('plan:legal_intro')}</p>
        <LegalRefs ids={plan.legalRefs} />
      </section>

      <section className="plan-section plan-channels" aria-labelledby="plan-channels">
        <h2 id="plan-channels" tabIndex={-1}>
          {t('plan:sections.channels')}
        </h2>
        <ul className="plan-list">
          {plan.channels.map((id) => (
            <li key={id} className="plan-card">
              <h3>{t(`channels:${id}.name`)}</h3>
              <p>
                <strong>{t('plan:channels.for_what')}</strong> {t(`channels:${id}.for_what`)}
              </p>
              <p>
                <strong>{t('plan:channels.how')}</strong> {t(`channels:${id}.how`)}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <TitledList
        id="plan-refused"
        heading={t('plan:sections.refused')}
        ns="refused"
        ids={plan.refusedSteps}
        ordered
      />

      <section className="plan-section no-print" aria-labelledby="plan-tools">
        <h2 id="plan-tools" tabIndex={-1}>
          {t('plan:sections.tools')}
        </h2>
        <ul>
          <li>
            <Link to="/letters/negotiation_request">{t('plan:tools.negotiation_request')}</Link>
          </li>
          <li>
            <Link to="/letters/hardship_application">{t('plan:tools.hardship_application')}</Link>
          </li>
          <li>
            <Link to="/letters/collection_complaint">{t('plan:tools.collection_complaint')}</Link>
          </li>
          {(stage === 'payment_order' || plan.courtDeadline?.paper === 'payment_order') && (
            <li>
              <Link to="/letters/payment_order_objection">
                {t('plan:tools.payment_order_objection')}
              </Link>
            </li>
          )}
          {(stage === 'sued' || plan.courtDeadline?.paper === 'complaint') && (
            <li>
              <Link to="/letters/defence_outline">{t('plan:tools.defence_outline')}</Link>
            </li>
          )}
          <li>
            <Link to="/log">{t('plan:tools.log')}</Link>
          </li>
          <li>
            <Link to="/tools/true-cost">{t('plan:tools.true_cost')}</Link>
          </li>
        </ul>
      </section>

      {recordedLog && (
        <section className="plan-section plan-recorded-log" aria-labelledby="plan-recorded-log">
          <h2 id="plan-recorded-log" tabIndex={-1}>
            {t('plan:sections.recorded_log')}
          </h2>
          <p>{t('plan:log.recorded_intro')}</p>
          {recordedLog}
        </section>
      )}

      <section className="plan-section plan-log print-only" aria-labelledby="plan-log">
        <h2 id="plan-log" tabIndex={-1}>
          {t('plan:sections.log')}
        </h2>
        <table className="log-table">
          <caption>{t('plan:log.caption')}</caption>
          <thead>
            <tr>
              {LOG_COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {t(`plan:log.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: LOG_ROWS }, (_, r) => (
              <tr key={r}>
                {LOG_COLUMNS.map((c) => (
                  <td key={c} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="plan-section plan-qr" aria-labelledby="plan-qr">
        <h2 id="plan-qr" tabIndex={-1}>
          {t('plan:sections.qr')}
        </h2>
        <PlanQrCode text={shareUrl} names={linkNames} />
      </section>

      <p className="notice plan-disclaimer">{t('plan:not_legal_advice')}</p>
    </article>
  );
}

/** The budget lines worth showing, in reading order; optional parts only when they apply. */
function budgetRows(b: Budget): Array<[string, number]> {
  const rows: Array<[string, number | undefined, boolean]> = [
    ['monthly_income', b.monthlyIncome, true],
    ['monthly_essentials', b.monthlyEssentials, true],
    ['monthly_available', b.monthlyAvailable, true],
    ['monthly_offered', b.monthlyOffered, true],
    ['monthly_needed', b.monthlyNeeded, b.shortfall > 0],
    ['shortfall', b.shortfall, b.shortfall > 0],
    ['lump_sum', b.lumpSumAvailable, true],
    ['lump_sum_offered', b.lumpSumOffered, (b.lumpSumOffered ?? 0) > 0],
    ['lump_sum_reserved', b.lumpSumReserved, (b.lumpSumReserved ?? 0) > 0],
    ['total_outstanding', b.totalOutstanding, true],
    ['total_penalties', b.totalPenalties, true],
  ];
  return rows.flatMap(([key, amount, show]) =>
    show && amount !== undefined ? [[key, amount] as [string, number]] : [],
  );
}

type TitledListProps = {
  id: string;
  heading: string;
  ns: 'tips' | 'pitfalls' | 'refused';
  ids: readonly string[];
  ordered?: boolean;
};

function TitledList({ id, heading, ns, ids, ordered = false }: TitledListProps) {
  const { t } = useTranslation(ns);
  if (ids.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className="plan-section" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {heading}
      </h2>
      <List className="plan-list">
        {ids.map((item) => (
          <li key={item} className="plan-card">
            <h3>{t(`${ns}:${item}.title`)}</h3>
            <p>{t(`${ns}:${item}.body`)}</p>
          </li>
        ))}
      </List>
    </section>
  );
}
