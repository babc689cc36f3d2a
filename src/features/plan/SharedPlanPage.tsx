import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { buildPlan } from '../../rules/build-plan';
import type { Answers } from '../../rules/answers';
import type { Plan } from '../../rules/plan';
import { useAnswersStore } from '../../store/answers-store';
import { encodeShareLink } from '../../lib/share-codec';
import { planUrl, readPlanLink } from '../../lib/plan-link';
import { isoOf, localToday } from '../../lib/today';
import { usePageTitle } from '../../ui/use-page-title';
import { PLAN_NAMESPACES, PlanView } from './PlanView';
import { PlanActions } from './PlanActions';
import { ConfirmInline } from '../../ui/ConfirmInline';

/**
 * A plan someone shared: decoded from the link, shown read-only. The reader's own saved answers
 * are not touched unless they choose to take these over (after confirming). Every address under
 * #/plan/ comes here, also one a chat app has added to or cut into (src/lib/plan-link.ts), so a
 * damaged link gets the broken-link message, never "page not found".
 */
export default function SharedPlanPage() {
  const { t } = useTranslation([...PLAN_NAMESPACES]);
  // The title stays neutral whatever the link holds: it shows in tabs and link previews.
  const headingRef = usePageTitle(t('plan:title'));
  const { pathname, search, hash } = useLocation();
  const replaceWith = useAnswersStore((s) => s.replaceWith);
  const navigate = useNavigate();
  const result = useMemo(
    () =>
      readPlanLink(`${pathname}${search}${hash}`, {
        lenderLabel: (n) => t('plan:shared.lender_label', { n }),
      }),
    [pathname, search, hash, t],
  );
  const [from] = useState(localToday);
  const plan = useMemo(
    () => (result.ok ? safeBuildPlan(result.answers, from) : null),
    [result, from],
  );
  const [omitNames, setOmitNames] = useState(true);
  const link = useMemo(
    () =>
      result.ok
        ? planUrl(encodeShareLink(result.answers, { omitNames: omitNames || result.namesOmitted }))
        : '',
    [result, omitNames],
  );

  if (!result.ok || !plan) {
    const error = result.ok ? 'corrupt' : result.error;
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('plan:shared.error_title')}
        </h1>
        <div className="notice notice--warning" role="alert">
          <p>{t(`plan:shared.errors.${error}`)}</p>
          <p>{t('plan:shared.own_answers_safe')}</p>
        </div>
        <div className="button-row">
          <Link className="button" to="/step/cause">
            {t('plan:shared.start_over')}
          </Link>
          <Link className="button button--secondary" to="/">
            {t('plan:shared.home')}
          </Link>
        </div>
      </>
    );
  }

  const { answers } = result;
  return (
    <PlanView
      answers={answers}
      plan={plan}
      from={from}
      shareUrl={link}
      linkNames={{
        included: !(omitNames || result.namesOmitted),
        leaveOut: () => setOmitNames(true),
      }}
      headingRef={headingRef}
      banner={
        <div className="notice shared-banner">
          <p>
            <strong>{t('plan:shared.banner')}</strong>
          </p>
          <p>{t('plan:shared.banner_body')}</p>
          <ConfirmInline
            trigger={t('plan:shared.use_answers')}
            question={t('plan:shared.use_answers_question')}
            confirm={t('plan:shared.use_answers_confirm')}
            cancel={t('plan:actions.cancel')}
            onConfirm={() => {
              replaceWith(answers);
              navigate('/plan');
            }}
          />
        </div>
      }
      actions={
        <PlanActions
          answers={answers}
          plan={plan}
          from={from}
          link={link}
          omitNames={omitNames}
          onOmitNamesChange={setOmitNames}
        />
      }
    />
  );
}

/** A link is foreign input: if its answers ever trip the rules, say the link is broken. */
function safeBuildPlan(answers: Answers, from: Date): Plan | null {
  try {
    return buildPlan(answers, { today: isoOf(from) });
  } catch {
    return null;
  }
}
