/**
 * The court-paper questions: shown only at a legal stage with a paper, a date picker that also
 * takes 不记得了, clear messages for a date that is not a date, in the future or more than a
 * year back, rows on the check-answers page, and the paper following its lender in the list.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { currentPath, renderRoute, resetAnswers } from '../test-utils';
import { FLOW, type Step } from '../../../src/features/wizard/flow';
import {
  incompleteSteps,
  reconcileHidden,
  visibleSteps,
} from '../../../src/features/wizard/conditions';
import { readField, initialForm } from '../../../src/features/wizard/form-state';
import { parseDateInput } from '../../../src/lib/parse-date';
import {
  DraftSchema,
  mergePersisted,
  useAnswersStore,
  type Draft,
} from '../../../src/store/answers-store';
import { AnswersSchema } from '../../../src/rules/answers';
import { ANSWERS, debt } from './answers-fixture';

const step = (id: string): Step => FLOW.find((s) => s.id === id)!;
const { v: _v, ...complete } = ANSWERS;
const COURT_STEPS = ['court_paper', 'paper_received', 'court_date', 'paper_dispute'];
const courtSteps = (draft: Draft) =>
  visibleSteps(draft)
    .map((s) => s.id)
    .filter((id) => COURT_STEPS.includes(id));

describe('which court-paper questions are asked (the flow as data)', () => {
  it.each([
    ['no legal step', { legal: 'none' }, []],
    ['only threatened', { legal: 'lawsuit_threatened' }, []],
    ['pre-suit mediation', { legal: 'pre_suit_mediation' }, []],
    [
      'payment order, paper not chosen yet',
      { legal: 'payment_order' },
      ['court_paper', 'paper_received'],
    ],
    [
      'payment order',
      { legal: 'payment_order', courtPaper: { paper: 'payment_order' } },
      ['court_paper', 'paper_received', 'paper_dispute'],
    ],
    [
      'sued',
      { legal: 'sued', courtPaper: { paper: 'complaint' } },
      ['court_paper', 'paper_received', 'court_date'],
    ],
    [
      'enforcement',
      { legal: 'enforcement', courtPaper: { paper: 'enforcement_notice' } },
      ['court_paper', 'paper_received', 'court_date'],
    ],
    [
      'enforcement, holding a payment order from another lender',
      { legal: 'enforcement', courtPaper: { paper: 'payment_order' } },
      ['court_paper', 'paper_received', 'paper_dispute'],
    ],
  ] as [string, Draft, string[]][])('%s', (_name, draft, expected) => {
    expect(courtSteps({ ...complete, ...draft })).toEqual(expected);
  });

  it('drops the court paper when the stage no longer has one, and asks again when it does', () => {
    const before: Draft = {
      ...complete,
      legal: 'payment_order',
      courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-11-28', disputes: 'yes' },
    };
    const none = reconcileHidden(before, { ...before, legal: 'none' });
    expect(none.courtPaper).toBeUndefined();
    expect(AnswersSchema.safeParse({ ...none, v: 1 }).success).toBe(true);
    const back = reconcileHidden(none, { ...none, legal: 'sued' });
    expect(back.courtPaper).toBeUndefined();
    expect(incompleteSteps(back).map((s) => s.id)).toEqual(['court_paper', 'paper_received']);
  });

  it('clears the answer that belongs to the other kind of paper', () => {
    const order: Draft = {
      ...complete,
      legal: 'sued',
      courtPaper: { debt: 0, paper: 'payment_order', receivedOn: null, disputes: 'no' },
    };
    const complaint = reconcileHidden(order, {
      ...order,
      courtPaper: { ...order.courtPaper, paper: 'complaint' },
    });
    expect(complaint.courtPaper).toEqual({ debt: 0, paper: 'complaint', receivedOn: null });
    expect(incompleteSteps(complaint).map((s) => s.id)).toEqual(['court_date']);
    const withDate = {
      ...complaint,
      courtPaper: { ...complaint.courtPaper, courtDate: '2026-12-10' },
    };
    const backToOrder = reconcileHidden(withDate, {
      ...withDate,
      courtPaper: { ...withDate.courtPaper, paper: 'payment_order' },
    });
    expect(backToOrder.courtPaper).toEqual({ debt: 0, paper: 'payment_order', receivedOn: null });
    expect(incompleteSteps(backToOrder).map((s) => s.id)).toEqual(['paper_dispute']);
  });

  it('an answered court paper is part of complete answers; a half-answered one is not', () => {
    const answered: Draft = {
      ...complete,
      legal: 'payment_order',
      courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-11-28', disputes: 'yes' },
    };
    expect(incompleteSteps(answered)).toEqual([]);
    const half: Draft = { ...answered, courtPaper: { debt: 1, paper: 'payment_order' } };
    expect(incompleteSteps(half).map((s) => s.id)).toEqual(['paper_received', 'paper_dispute']);
    // A paper naming a debt that is no longer there must be asked again.
    const gone: Draft = { ...answered, courtPaper: { ...answered.courtPaper, debt: 5 } };
    expect(incompleteSteps(gone).map((s) => s.id)).toEqual(['court_paper']);
  });
});

describe('reading a date', () => {
  it.each([
    ['2026-11-28', '2026-11-28'],
    ['2026/11/8', '2026-11-08'],
    ['2026.11.28', '2026-11-28'],
    ['2026年11月28日', '2026-11-28'],
    ['２０２６年１１月２８日', '2026-11-28'],
  ])('%s is %s', (text, iso) => {
    expect(parseDateInput(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['', 'errors.date_required'],
    ['昨天', 'errors.date_invalid'],
    ['2026-02-30', 'errors.date_invalid'],
    ['28/11/2026', 'errors.date_invalid'],
    ['invalid-date', 'errors.date_invalid'],
  ])('%j -> %s', (text, error) => {
    expect(parseDateInput(text)).toEqual({ ok: false, error });
  });

  it('checks the day of receipt against today, and the notice date against the day of receipt', () => {
    const received = step('paper_received').fields[0]!;
    const notice = step('court_date').fields[0]!;
    const read = (field: typeof received, text: string, receivedOn: string | null = null) =>
      readField(
        field,
        { ...initialForm([field], {}), text: { [field.name]: text } },
        {
          today: '2026-12-03',
          receivedOn,
        },
      );
    expect(read(received, '2026-12-03')).toEqual({ ok: true, value: '2026-12-03' });
    expect(read(received, '2026-12-04')).toEqual({ ok: false, error: 'errors.date_future' });
    expect(read(received, '2025-12-02')).toEqual({ ok: false, error: 'errors.date_too_old' });
    expect(read(notice, '2026-12-20', '2026-11-28')).toEqual({ ok: true, value: '2026-12-20' });
    expect(read(notice, '2026-11-20', '2026-11-28')).toEqual({
      ok: false,
      error: 'errors.court_date_before_received',
    });
    expect(read(notice, '2028-01-01')).toEqual({ ok: false, error: 'errors.date_too_far' });
  });
});

describe('saved drafts keep every readable part of the court paper', () => {
  it('drops only the part that cannot be read', () => {
    const parsed = DraftSchema.parse({
      legal: 'payment_order',
      courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-02-30', disputes: 'maybe' },
    });
    expect(parsed.courtPaper).toEqual({ debt: 1, paper: 'payment_order' });
    const merged = mergePersisted(
      { draft: { legal: 'payment_order', courtPaper: { debt: 0, paper: 'fax' } }, extras: {} },
      useAnswersStore.getState(),
    );
    expect(merged.draft.courtPaper).toEqual({ debt: 0 });
    expect(merged.storageNotice).toBe('recovered');
  });

  it('old saved answers without the field still load and still make complete answers', () => {
    const merged = mergePersisted(
      { draft: { ...complete, legal: 'sued' }, extras: {} },
      useAnswersStore.getState(),
    );
    expect(merged.storageNotice).toBe('none');
    expect(AnswersSchema.safeParse({ ...merged.draft, v: 1 }).success).toBe(true);
  });
});

describe('the court-paper pages', { timeout: 30_000 }, () => {
  beforeEach(() => {
    resetAnswers();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 3, 10, 0));
  });
  afterEach(() => vi.useRealTimers());

  const received = () => screen.getByLabelText<HTMLInputElement>('你是哪天收到这份文书的？');

  it('asks which lender and which paper, then the day, with clear messages, then the dispute', async () => {
    useAnswersStore.getState().replaceWith({ ...ANSWERS, legal: 'payment_order' });
    const { user, router } = renderRoute('/step/court_paper');
    await screen.findByRole('heading', { level: 1, name: '你收到的是哪份文书？' });
    const continueButton = () => screen.getByRole('button', { name: '继续' });

    await user.click(continueButton());
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['请选择这份文书是哪家贷款方的', '请选择收到的是哪一种文书']);
    expect(document.activeElement).toBe(summary);

    const lenders = screen.getByRole('group', { name: '这份文书是哪家贷款方的？' });
    await user.click(within(lenders).getByLabelText('某某银行信用卡'));
    await user.click(screen.getByLabelText('支付令'));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: '你是哪天收到这份文书的？' });
    expect(currentPath(router)).toBe('/step/paper_received');
    expect(received().type).toBe('date');
    expect(received().max).toBe('2026-12-03');
    expect(received().min).toBe('2025-12-03');

    for (const [date, message] of [
      ['2026-12-05', '收到日期：不能晚于今天，请选择你实际收到文书的那一天'],
      ['2024-06-01', '收到日期：早于一年以前，请检查年份有没有填错'],
    ]) {
      fireEvent.change(received(), { target: { value: date } });
      await user.click(continueButton());
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('link').textContent).toBe(message);
      expect(received().getAttribute('aria-invalid')).toBe('true');
      // Nothing else is lost: the earlier answers are still there.
      expect(useAnswersStore.getState().draft.courtPaper).toEqual({
        debt: 1,
        paper: 'payment_order',
      });
    }

    await user.click(continueButton());
    fireEvent.change(received(), { target: { value: '' } });
    await user.click(continueButton());
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toBe(
      '请选择收到文书的日期，例如 2026-11-28；记不清就勾选「不记得了」',
    );

    fireEvent.change(received(), { target: { value: '2026-11-28' } });
    await user.click(continueButton());
    await screen.findByRole('heading', {
      level: 1,
      name: '对支付令上的这笔欠款本身，你有异议吗？',
    });
    await user.click(screen.getByLabelText('有：我认为不欠这笔钱，或者金额、费用不对'));
    await user.click(continueButton());
    await screen.findByRole('heading', { level: 1, name: '催收时遇到过下面这些情况吗？' });
    expect(useAnswersStore.getState().draft.courtPaper).toEqual({
      debt: 1,
      paper: 'payment_order',
      receivedOn: '2026-11-28',
      disputes: 'yes',
    });
  });

  it('takes 不记得了, and with one debt does not ask which lender', async () => {
    useAnswersStore.getState().replaceWith({ ...ANSWERS, debts: [debt(1)], legal: 'sued' });
    const { user } = renderRoute('/step/court_paper');
    await screen.findByRole('heading', { level: 1, name: '你收到的是哪份文书？' });
    expect(screen.queryByRole('group', { name: '这份文书是哪家贷款方的？' })).toBeNull();
    await user.click(screen.getByLabelText('起诉状副本、应诉通知书或传票'));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await screen.findByRole('heading', { level: 1, name: '你是哪天收到这份文书的？' });
    await user.click(screen.getByLabelText('不记得了'));
    expect(received().disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: '继续' }));
    await screen.findByRole('heading', { level: 1, name: '文书上写明的最后期限是哪一天？' });
    await user.click(screen.getByLabelText('文书上没有写明日期 / 不确定'));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await screen.findByRole('heading', { level: 1, name: '催收时遇到过下面这些情况吗？' });
    expect(useAnswersStore.getState().draft.courtPaper).toEqual({
      debt: 0,
      paper: 'complaint',
      receivedOn: null,
      courtDate: null,
    });
  });

  it('shows the paper on the check page, each part with a change link', async () => {
    useAnswersStore.getState().replaceWith({
      ...ANSWERS,
      legal: 'payment_order',
      courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-11-28', disputes: 'no' },
    });
    const { user, router } = renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    const row = (name: string) =>
      within(document.querySelector('dl') as HTMLElement).getByText(name, { selector: 'dt' })
        .parentElement as HTMLElement;
    expect(row('文书来自').textContent).toContain('某某银行信用卡');
    expect(row('文书').textContent).toContain('支付令');
    expect(row('收到日期').textContent).toContain('2026年11月28日');
    expect(row('对欠款的异议').textContent).toContain('没有：钱是欠的');
    expect(screen.getByRole('link', { name: '生成我的计划' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: '更改收到日期' }));
    expect(currentPath(router)).toBe('/step/paper_received?return=check');
    expect(received().value).toBe('2026-11-28');
  });

  it('asks an old saved plan at a court stage for the paper, without losing anything', async () => {
    useAnswersStore.getState().replaceWith({ ...ANSWERS, legal: 'enforcement' });
    renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    const missing = screen.getByRole('heading', { name: '还有问题没有回答' }).parentElement!;
    expect(
      within(missing)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['文书来自', '收到日期']);
  });
});

describe('removing a debt keeps the court paper on its lender', { timeout: 30_000 }, () => {
  beforeEach(resetAnswers);

  it.each([
    ['a debt before it', 0, 0],
    ['its own debt', 1, undefined],
  ] as const)('removing %s', async (_name, removed, expected) => {
    useAnswersStore.getState().replaceWith({
      ...ANSWERS,
      debts: [debt(1), debt(2), debt(3)],
      legal: 'payment_order',
      courtPaper: { debt: 1, paper: 'payment_order', receivedOn: null, disputes: 'no' },
    });
    const { user } = renderRoute('/step/debts');
    await screen.findByRole('heading', { level: 1, name: '你的欠款' });
    await user.click(screen.getByRole('button', { name: `删除「平台${removed + 1}」` }));
    await user.click(screen.getByRole('button', { name: '确定删除' }));
    expect(useAnswersStore.getState().draft.courtPaper?.debt).toBe(expected);
  });
});
