import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnswersSchema, type Answers } from '../../../src/rules/answers';
import { useAnswersStore } from '../../../src/store/answers-store';
import { useLogStore } from '../../../src/store/log-store';
import { renderRoute } from './render-tools';

const answers: Answers = AnswersSchema.parse({
  v: 1,
  cause: 'job_loss',
  incomeExpectedInDays: null,
  monthlyIncome: 5_000,
  monthlyEssentials: 3_500,
  lumpSumAvailable: 0,
  debts: [
    {
      name: '花呗',
      kind: 'microloan',
      outstanding: 8_000,
      overdueDays: 40,
      apr: null,
      penalties: 300,
    },
    {
      name: '<img src=x onerror=alert(1)>',
      kind: 'unknown',
      outstanding: 3_000,
      overdueDays: 100,
      apr: null,
      penalties: null,
    },
  ],
  evidence: ['job_loss_proof'],
  collection: ['night_calls'],
  legal: 'none',
  negotiated: 'not_yet',
});

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  useAnswersStore.getState().reset();
  useLogStore.getState().clear();
});
afterEach(cleanup);

const letterBox = () => screen.getByLabelText<HTMLTextAreaElement>('信件内容（可以直接修改）');

// Full user journeys with real content: slower than unit tests, especially in parallel.
describe('letter page', { timeout: 30_000 }, () => {
  it('fills the letter from the answers and copies it to the clipboard', async () => {
    useAnswersStore.getState().replaceWith(answers);
    const user = userEvent.setup();
    renderRoute('/letters/negotiation_request');

    expect(screen.getByRole('heading', { level: 1, name: '协商还款申请' })).toBeTruthy();
    const text = letterBox().value;
    expect(text).toContain('致：花呗');
    expect(text).toContain('¥8,000');
    expect(text).toContain('已逾期40天');
    expect(text).not.toContain('{{');

    await user.click(screen.getByRole('button', { name: '复制' }));
    expect(await navigator.clipboard.readText()).toBe(text);
    expect(screen.getByRole('status').textContent).toContain('已复制');
  });

  it('copies the edited text, and keeps the edit for the session', async () => {
    useAnswersStore.getState().replaceWith(answers);
    const user = userEvent.setup();
    const first = renderRoute('/letters/hardship_application');
    await user.clear(letterBox());
    await user.type(letterBox(), '我自己写的信');
    await user.click(screen.getByRole('button', { name: '复制' }));
    expect(await navigator.clipboard.readText()).toBe('我自己写的信');

    first.unmount();
    renderRoute('/letters/hardship_application');
    expect(letterBox().value).toBe('我自己写的信');
    await user.click(screen.getByRole('button', { name: '恢复原来的文字' }));
    expect(letterBox().value).toContain('解除或终止劳动合同的证明');
  });

  it('says so when this tab cannot keep an edit, and the text stays in the box', async () => {
    useAnswersStore.getState().replaceWith(answers);
    const user = userEvent.setup();
    renderRoute('/letters/hardship_application');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.type(letterBox(), '补一句');
    setItem.mockRestore();
    expect(letterBox().value).toContain('补一句');
    expect(screen.getByText(/^没能保存这次修改：这台设备的存储空间已满/)).toBeTruthy();
    // Once an edit is kept again, the message goes.
    await user.type(letterBox(), '。');
    expect(screen.queryByText(/^没能保存这次修改/)).toBeNull();
  });

  it('writes to the lender chosen in the picker, showing its name as plain text', async () => {
    useAnswersStore.getState().replaceWith(answers);
    const user = userEvent.setup();
    renderRoute('/letters/collection_complaint');
    const picker = screen.getByLabelText('这封信写给哪家机构？');
    await user.selectOptions(picker, '1');
    expect(letterBox().value).toContain('被投诉机构：<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    // Not sure it holds a licence: the complaint goes to the police and the local authority.
    expect(letterBox().value).toMatch(/^致：_+公安局_+派出所（报警电话 110）/);
    expect(letterBox().value).not.toContain('国家金融监督管理总局');
  });

  it('opens on the lender named in the link', () => {
    useAnswersStore.getState().replaceWith(answers);
    renderRoute('/letters/negotiation_request?debt=1');
    expect(letterBox().value).toContain('致：<img src=x onerror=alert(1)>');
  });

  it('in English too', () => {
    useAnswersStore.getState().replaceWith(answers);
    renderRoute('/letters/negotiation_request', 'en');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Request to agree a repayment plan' }),
    ).toBeTruthy();
    expect(
      screen.getByLabelText<HTMLTextAreaElement>('Letter text (you can edit it here)').value,
    ).toContain('To: 花呗');
  });

  it('asks for the answers first when there are none', () => {
    renderRoute('/letters/negotiation_request');
    expect(screen.queryByLabelText('信件内容（可以直接修改）')).toBeNull();
    expect(screen.getByRole('link', { name: '开始回答' }).getAttribute('href')).toBe('/');
  });

  it('an unknown letter id shows a friendly page with links to the letters', () => {
    renderRoute('/letters/nope');
    expect(screen.getByRole('heading', { level: 1, name: '找不到这封信' })).toBeTruthy();
    const nav = screen.getByRole('navigation');
    for (const name of ['协商还款申请', '特殊困难减免申请', '不当催收投诉', '回到首页']) {
      expect(within(nav).getByRole('link', { name })).toBeTruthy();
    }
  });
});
