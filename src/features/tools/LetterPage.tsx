import { useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/use-page-title';
import { completeAnswers, useAnswersStore } from '../../store/answers-store';
import { useLogStore } from '../../store/log-store';
import { buildPlan } from '../../rules/build-plan';
import type { Answers } from '../../rules/answers';
import { isoOf, localToday } from '../../lib/today';
import type { Plan } from '../../rules/plan';
import { readText, removeItem, writeItem, type WriteResult } from '../../lib/safe-storage';
import { deadlineHeadline } from '../../ui/deadline-headline';
import {
  LETTER_IDS,
  composeLetter,
  isLetterId,
  objectionOffered,
  type LetterId,
  type Translate,
} from './letters';
import './tools.css';

/**
 * Edits last for this visit only: sessionStorage, cleared with the app's other data. When the
 * tab cannot keep an edit, the page says so; the text stays in the box to copy.
 */
const EDIT_KEY_PREFIX = 'rnh.letter_edit.';

function readEdit(key: string): string | null {
  return readText(EDIT_KEY_PREFIX + key, 'session');
}
function writeEdit(key: string, value: string | null): WriteResult {
  return value === null
    ? removeItem(EDIT_KEY_PREFIX + key, 'session')
    : writeItem(EDIT_KEY_PREFIX + key, value, 'session');
}

/** The plan when the rules can build one; the letter falls back to a general request. */
function tryBuildPlan(answers: Answers, today: Date): Plan | null {
  try {
    return buildPlan(answers, { today: isoOf(today) });
  } catch {
    return null;
  }
}

export default function LetterPage() {
  const { letterId } = useParams();
  if (!isLetterId(letterId)) return <LetterNotFound />;
  return <Letter letterId={letterId} />;
}

/** Letters that count as agreeing to pay (诉讼时效规定 第十四条): warn when the debt is old. */
const AGREES_TO_PAY: readonly LetterId[] = ['negotiation_request', 'hardship_application'];

function Letter({ letterId }: { letterId: LetterId }) {
  const { t } = useTranslation(['tools', 'letters']);
  const headingRef = usePageTitle(t(`letters:${letterId}.title`));
  const draft = useAnswersStore((s) => s.draft);
  const answers = useMemo(() => completeAnswers(draft), [draft]);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t(`letters:${letterId}.title`)}
      </h1>
      <p className="no-print">{t(`letters:${letterId}.intro`)}</p>
      {answers ? (
        <LetterEditor letterId={letterId} answers={answers} />
      ) : (
        <div className="notice no-print">
          <p>{t('letter.no_answers.body')}</p>
          <Link className="button" to="/">
            {t('letter.no_answers.start')}
          </Link>
        </div>
      )}
      <OtherLetters current={letterId} />
    </>
  );
}

function LetterEditor({ letterId, answers }: { letterId: LetterId; answers: Answers }) {
  const { t, i18n } = useTranslation(['tools', 'letters', 'flags', 'plan']);
  const locale = i18n.language;
  const [searchParams] = useSearchParams();
  const param = searchParams.get('debt');
  const requested = param === null ? NaN : Number(param);
  // Without a lender in the address, the court letters start with the paper's lender.
  const fallback = answers.courtPaper?.debt ?? 0;
  const [debt, setDebt] = useState(
    Number.isInteger(requested) && requested >= 0 && requested < answers.debts.length
      ? requested
      : fallback,
  );
  const entries = useLogStore((s) => s.entries);
  const [today] = useState(localToday);
  const plan = useMemo(() => tryBuildPlan(answers, today), [answers, today]);
  const deadline = plan?.courtDeadline?.debt === debt ? plan.courtDeadline : undefined;
  const oldDebt =
    AGREES_TO_PAY.includes(letterId) &&
    (plan?.flags.some((f) => f.id === 'old_debt' && f.debt === debt) ?? false);
  const explainInstead = letterId === 'payment_order_objection' && !objectionOffered(answers, debt);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [editNotKept, setEditNotKept] = useState<'full' | 'blocked' | null>(null);

  const generated = useMemo(() => {
    const raw: Translate = (key, options) =>
      t(key, { ...options, skipInterpolation: true } as never) as unknown as string;
    return composeLetter(letterId, {
      answers,
      plan,
      debt,
      entries,
      locale,
      today,
      raw,
    });
  }, [letterId, answers, plan, debt, entries, locale, t, today]);

  const editKey = `${letterId}.${debt}.${locale}`;
  const text = edits[editKey] ?? readEdit(editKey) ?? generated;

  function edit(value: string) {
    setEdits((e) => ({ ...e, [editKey]: value }));
    const saved = writeEdit(editKey, value);
    setEditNotKept(saved.ok ? null : saved.reason);
    setCopyStatus('idle');
  }
  function reset() {
    writeEdit(editKey, null);
    setEdits(({ [editKey]: _dropped, ...rest }) => rest);
    setCopyStatus('idle');
  }
  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopyStatus('copied');
    } catch {
      // Older browsers (and some in-app ones) lack the async clipboard: select and copy.
      const area = textRef.current;
      area?.focus();
      area?.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      setCopyStatus(ok ? 'copied' : 'failed');
    }
  }

  const lenderPicker = answers.debts.length > 1 && (
    <div className="field no-print">
      <label className="field__label" htmlFor="letter-lender">
        {t('letter.pick_lender')}
      </label>
      <select
        id="letter-lender"
        className="select"
        value={debt}
        onChange={(e) => {
          setDebt(Number(e.target.value));
          setCopyStatus('idle');
        }}
      >
        {answers.debts.map((d, i) => (
          <option key={i} value={i}>
            {d.name}
          </option>
        ))}
      </select>
    </div>
  );
  const deadlineNotice = deadline && (
    <p className="notice notice--urgent letter-deadline" data-status={deadline.status}>
      <strong>{deadlineHeadline(t, deadline, locale)}</strong>
    </p>
  );

  if (explainInstead) {
    const paragraphs = t('letters:payment_order_objection.explained.paragraphs', {
      returnObjects: true,
    }) as string[];
    return (
      <>
        {lenderPicker}
        {deadlineNotice}
        <section className="notice" aria-labelledby="objection-explained">
          <h2 id="objection-explained">{t('letters:payment_order_objection.explained.heading')}</h2>
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <ul>
            <li>
              <Link to={`/letters/negotiation_request?debt=${debt}`}>
                {t('letters:payment_order_objection.explained.negotiate')}
              </Link>
            </li>
            {answers.courtPaper?.paper === 'payment_order' && (
              <li>
                <Link to="/step/paper_dispute?return=check">
                  {t('letters:payment_order_objection.explained.change')}
                </Link>
              </li>
            )}
          </ul>
        </section>
      </>
    );
  }

  return (
    <>
      {lenderPicker}
      {deadlineNotice}
      {oldDebt && (
        <section className="notice notice--warning no-print" aria-labelledby="letter-old-debt">
          <h2 id="letter-old-debt">
            {t('flags:old_debt.title', { lender: answers.debts[debt]?.name ?? '' })}
          </h2>
          <p>{t('flags:old_debt.body')}</p>
        </section>
      )}
      <div className="field no-print">
        <label className="field__label" htmlFor="letter-text">
          {t('letter.text_label')}
        </label>
        <p className="field__hint" id="letter-text-hint">
          {t('letter.text_hint')}
        </p>
        <textarea
          id="letter-text"
          ref={textRef}
          className="letter-text"
          value={text}
          spellCheck={false}
          aria-describedby="letter-text-hint"
          onChange={(e) => edit(e.target.value)}
        />
      </div>
      <div className="letter-print" lang={locale}>
        {text}
      </div>
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('letter.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('common.print')}
        </button>
        {text !== generated && (
          <button type="button" className="link-button" onClick={reset}>
            {t('letter.reset')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className="no-print">
        {copyStatus === 'copied' && t('letter.copied')}
        {copyStatus === 'failed' && t('letter.copy_failed')}
      </p>
      <p aria-live="polite" className="no-print letter-edit-status">
        {editNotKept && t(`letter.edit_not_kept.${editNotKept}`)}
      </p>
      <section className="notice no-print" aria-labelledby="letter-before-sending">
        <h2 id="letter-before-sending">{t('letter.before_sending.heading')}</h2>
        <ul>
          <li>{t('letter.before_sending.check_numbers')}</li>
          <li>{t('letter.before_sending.keep_proof')}</li>
          <li>{t('letter.before_sending.signature')}</li>
        </ul>
      </section>
    </>
  );
}

function OtherLetters({ current }: { current?: LetterId }) {
  const { t } = useTranslation(['tools', 'letters']);
  return (
    <nav aria-labelledby="other-letters" className="no-print">
      <h2 id="other-letters">{t('letter.other_letters')}</h2>
      <ul>
        {LETTER_IDS.filter((id) => id !== current).map((id) => (
          <li key={id}>
            <Link to={`/letters/${id}`}>{t(`letters:${id}.title`)}</Link>
          </li>
        ))}
        <li>
          <Link to="/plan">{t('common.back_to_plan')}</Link>
        </li>
        <li>
          <Link to="/">{t('common.home')}</Link>
        </li>
      </ul>
    </nav>
  );
}

function LetterNotFound() {
  const { t } = useTranslation(['tools', 'letters']);
  const headingRef = usePageTitle(t('letter.not_found.title'));
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('letter.not_found.title')}
      </h1>
      <p>{t('letter.not_found.body')}</p>
      <OtherLetters />
    </>
  );
}
