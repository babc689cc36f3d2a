import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Debt } from '../../rules/answers';
import { formatDate } from '../../lib/format';
import { dateOf } from '../../lib/today';
import {
  ESSENTIAL_PARTS,
  completeAnswers,
  useAnswersStore,
  type Draft,
  type Extras,
} from '../../store/answers-store';
import { usePageTitle } from '../../ui/use-page-title';
import type { AnswerPath } from './flow';
import { incompleteSteps, isAnswered, visibleSteps } from './conditions';
import { valueAt } from './paths';
import { formatAmount } from './messages';
import { RestartPanel } from './RestartPanel';
import '../../ui/forms.css';
import './wizard.css';

/** The content key of the short name of an Answers field, as shown in rows and links. */
function nameKey(key: AnswerPath): string {
  if (key === 'monthlyEssentials') return 'fields.essentials.name';
  if (key === 'debts') return 'steps.debts.title';
  return `fields.${key}.name`;
}

/** GOV.UK "check your answers": every answer with a change link that comes back here. */
export default function CheckAnswersPage() {
  const { t, i18n } = useTranslation('wizard');
  const navigate = useNavigate();
  const draft = useAnswersStore((s) => s.draft);
  const extras = useAnswersStore((s) => s.extras);
  const title = t('check.title');
  const headingRef = usePageTitle(title);
  const amount = (n: number) => t('check.amount', { value: formatAmount(n, i18n.language) });
  const day = (iso: string) => formatDate(dateOf(iso), i18n.language);
  const incomplete = incompleteSteps(draft);
  const ready = incomplete.length === 0 && completeAnswers(draft) !== null;

  const rows = visibleSteps(draft).flatMap((step) =>
    step.answers.map((key) => {
      const valid = isAnswered(key, draft);
      return {
        key,
        href: `/step/${step.id}?return=check`,
        name: t(nameKey(key)),
        value: valid ? renderValue(key, draft, extras) : null,
      };
    }),
  );

  function renderValue(key: AnswerPath, d: Draft, x: Extras): ReactNode {
    switch (key) {
      case 'courtPaper':
        return null;
      case 'courtPaper.debt': {
        const index = d.courtPaper?.debt ?? 0;
        return d.debts?.[index]?.name ?? t('debt.list.unnamed', { number: index + 1 });
      }
      case 'courtPaper.paper':
      case 'courtPaper.disputes':
        return t(`fields.${key}.options.${String(valueAt(d, key))}.label`);
      case 'courtPaper.receivedOn':
      case 'courtPaper.courtDate': {
        const value = valueAt(d, key);
        return typeof value === 'string' ? day(value) : t(`fields.${key}.unknown`);
      }
      case 'cause':
      case 'legal':
      case 'negotiated':
        return t(`fields.${key}.options.${d[key]}.label`);
      case 'incomeExpectedInDays':
        return d.incomeExpectedInDays === null || d.incomeExpectedInDays === undefined
          ? t('check.no_income_expected')
          : t('check.in_days', { count: d.incomeExpectedInDays });
      case 'monthlyIncome':
      case 'lumpSumAvailable':
        return amount(d[key] ?? 0);
      case 'monthlyEssentials': {
        const parts = ESSENTIAL_PARTS.filter((p) => x.essentials?.[p] !== undefined);
        return (
          <>
            {amount(d.monthlyEssentials ?? 0)}
            {parts.length > 0 && (
              <ul>
                {parts.map((p) => (
                  <li key={p}>
                    {t('check.essentials_part', {
                      name: t(`fields.essentials.parts.${p}.name`),
                      value: formatAmount(x.essentials?.[p] ?? 0, i18n.language),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      }
      case 'collection':
      case 'evidence': {
        const list = d[key] ?? [];
        if (list.length === 0) return t(`fields.${key}.none`);
        return (
          <ul>
            {list.map((id) => (
              <li key={id}>{t(`fields.${key}.options.${id}.label`)}</li>
            ))}
          </ul>
        );
      }
      case 'debts':
        return (
          <ul>
            {(d.debts as Debt[]).map((debt, i) => (
              <li key={i}>
                {t('check.debt_line', {
                  name: debt.name,
                  kind: t(`debt.fields.kind.options.${debt.kind}.label`),
                  amount: formatAmount(debt.outstanding, i18n.language),
                  days: debt.overdueDays,
                })}
                <br />
                {debt.apr === null
                  ? t('check.debt_unknown_apr')
                  : t('check.debt_apr', { value: debt.apr })}
                {' · '}
                {debt.penalties === null
                  ? t('check.debt_unknown_penalties')
                  : t('check.debt_penalties', {
                      value: formatAmount(debt.penalties, i18n.language),
                    })}
              </li>
            ))}
          </ul>
        );
    }
  }

  return (
    <div className="check-page">
      <h1 tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      <p>{t('check.lead')}</p>
      {incomplete.length > 0 && (
        <div className="notice notice--warning">
          <h2>{t('check.incomplete_title')}</h2>
          <p>{t('check.incomplete_lead')}</p>
          <ul>
            {incomplete.map((step) => (
              <li key={step.id}>
                <Link to={`/step/${step.id}?return=check`}>
                  {t(nameKey(step.answers[0] ?? 'cause'))}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-list__row" key={row.key}>
            <dt className="summary-list__key">{row.name}</dt>
            <dd className="summary-list__value">
              {row.value ?? <span className="summary-list__missing">{t('check.missing')}</span>}
            </dd>
            <dd className="summary-list__actions">
              <Link to={row.href}>
                {row.value === null ? t('check.answer') : t('check.change')}
                <span className="visually-hidden">
                  {t('check.change_hidden', { name: row.name })}
                </span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      {ready && (
        <>
          <p>{t('check.build_lead')}</p>
          <div className="button-row">
            <Link className="button" to="/plan">
              {t('check.build')}
            </Link>
          </div>
        </>
      )}
      <RestartPanel onCleared={() => void navigate('/', { state: { cleared: true } })} />
    </div>
  );
}
