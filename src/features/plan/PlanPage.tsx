import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { buildPlan } from '../../rules/build-plan';
import { completeAnswers, useAnswersStore } from '../../store/answers-store';
import { encodeShareLink } from '../../lib/share-codec';
import { planUrl } from '../../lib/plan-link';
import { isoOf, localToday } from '../../lib/today';
import { usePageTitle } from '../../ui/use-page-title';
import { NegotiationLogTable } from '../../ui/NegotiationLogTable';
import { useLogStore } from '../../store/log-store';
import { PLAN_NAMESPACES, PlanView } from './PlanView';
import { PlanActions } from './PlanActions';
import { ConfirmInline } from '../../ui/ConfirmInline';

/** The person's own plan, built from the answers saved on this device. */
export default function PlanPage() {
  const { t } = useTranslation([...PLAN_NAMESPACES]);
  const headingRef = usePageTitle(t('plan:title'));
  const draft = useAnswersStore((s) => s.draft);
  const reset = useAnswersStore((s) => s.reset);
  const logEntries = useLogStore((s) => s.entries);
  const navigate = useNavigate();
  const answers = useMemo(() => completeAnswers(draft), [draft]);
  // The day the plan is read: fixed for this visit, so dates do not move while it is open.
  const [from] = useState(localToday);
  const plan = useMemo(
    () => (answers ? buildPlan(answers, { today: isoOf(from) }) : null),
    [answers, from],
  );
  // Names stay out of links by default: a link or printed QR code may be seen by others.
  const [omitNames, setOmitNames] = useState(true);
  const link = useMemo(
    () => (answers ? planUrl(encodeShareLink(answers, { omitNames })) : ''),
    [answers, omitNames],
  );

  if (!answers || !plan) {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('plan:title')}
        </h1>
        <p>{t('plan:incomplete.body')}</p>
        <Link className="button" to="/check">
          {t('plan:incomplete.link')}
        </Link>
      </>
    );
  }

  return (
    <PlanView
      answers={answers}
      plan={plan}
      from={from}
      shareUrl={link}
      linkNames={{ included: !omitNames, leaveOut: () => setOmitNames(true) }}
      headingRef={headingRef}
      recordedLog={logEntries.length > 0 ? <NegotiationLogTable entries={logEntries} /> : undefined}
      courtChangePath="/step/court_paper?return=check"
      actions={
        <PlanActions
          answers={answers}
          plan={plan}
          from={from}
          link={link}
          omitNames={omitNames}
          onOmitNamesChange={setOmitNames}
        >
          <div className="button-row">
            <Link className="button button--secondary" to="/check">
              {t('plan:actions.edit')}
            </Link>
            <ConfirmInline
              trigger={t('plan:actions.start_again')}
              question={t('plan:actions.start_again_question')}
              confirm={t('plan:actions.start_again_confirm')}
              cancel={t('plan:actions.cancel')}
              onConfirm={() => {
                reset();
                navigate('/');
              }}
            />
          </div>
        </PlanActions>
      }
    />
  );
}
