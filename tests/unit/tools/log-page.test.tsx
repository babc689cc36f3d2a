import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { AnswersSchema } from '../../../src/rules/answers';
import { useAnswersStore } from '../../../src/store/answers-store';
import { LOG_STORAGE_KEY, useLogStore } from '../../../src/store/log-store';
import { renderRoute } from './render-tools';

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.getState().reset();
  useLogStore.getState().clear();
});
afterEach(cleanup);

async function fillContact(
  user: UserEvent,
  over: { time?: string; person?: string; family?: boolean } = {},
) {
  const date = screen.getByLabelText('联系日期');
  await user.clear(date);
  await user.type(date, '2026-11-20');
  if (over.time) await user.type(screen.getByLabelText('联系时间（可不填）'), over.time);
  await user.click(screen.getByLabelText('电话'));
  if (over.person) await user.type(screen.getByLabelText('对方姓名或工号（可不填）'), over.person);
  await user.type(screen.getByLabelText('谈到的方案（可不填）'), '我提出分 12 期');
  await user.click(
    within(screen.getByRole('group', { name: /有没有收到书面确认/ })).getByLabelText('没有'),
  );
  if (over.family)
    await user.click(screen.getByLabelText('对方联系了我的家人、朋友、同事或通讯录里的人'));
}

const table = () => screen.getByRole('table', { name: '协商记录' });

// Full user journeys with real content: slower than unit tests, especially in parallel.
describe('negotiation log page', { timeout: 30_000 }, () => {
  it('records a contact for a lender from the answers, flags night and family contact, and saves it on the device', async () => {
    useAnswersStore.getState().replaceWith(
      AnswersSchema.parse({
        v: 1,
        cause: 'income_drop',
        incomeExpectedInDays: null,
        monthlyIncome: 5_000,
        monthlyEssentials: 3_000,
        lumpSumAvailable: 0,
        debts: [
          {
            name: '花呗',
            kind: 'microloan',
            outstanding: 8_000,
            overdueDays: 40,
            apr: null,
            penalties: null,
          },
          {
            name: '借呗',
            kind: 'microloan',
            outstanding: 5_000,
            overdueDays: 10,
            apr: null,
            penalties: null,
          },
        ],
        evidence: [],
        collection: [],
        legal: 'none',
        negotiated: 'not_yet',
      }),
    );
    const user = userEvent.setup();
    renderRoute('/log');
    await user.selectOptions(screen.getByLabelText('贷款机构或App'), '借呗');
    await fillContact(user, { time: '23:15', family: true });
    await user.click(screen.getByRole('button', { name: '保存记录' }));

    const rows = within(table()).getAllByRole('row');
    expect(rows).toHaveLength(2);
    const row = rows[1]!;
    expect(row.textContent).toContain('借呗');
    expect(row.textContent).toContain('23:15');
    expect(row.textContent).toContain('晚上 10 点至早上 8 点之间联系');
    expect(row.textContent).toContain('联系了家人或朋友');
    expect(row.textContent).toContain('我提出分 12 期');
    expect(screen.getByText('已保存这条记录。')).toBeTruthy();
    expect(localStorage.getItem(LOG_STORAGE_KEY)).toContain('借呗');
  });

  it('a daytime contact is not flagged', async () => {
    const user = userEvent.setup();
    renderRoute('/log');
    await user.type(screen.getByLabelText('贷款机构或App'), '某某App');
    await fillContact(user, { time: '10:30' });
    await user.click(screen.getByRole('button', { name: '保存记录' }));
    const row = within(table()).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('某某App');
    expect(row.textContent).not.toContain('晚上 10 点至早上 8 点之间联系');
  });

  it('shows hostile text as plain text', async () => {
    const user = userEvent.setup();
    renderRoute('/log');
    await user.type(screen.getByLabelText('贷款机构或App'), '<b>bold</b>');
    await fillContact(user, { person: '<img src=x onerror=alert(1)>' });
    await user.click(screen.getByRole('button', { name: '保存记录' }));
    const row = within(table()).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(row.textContent).toContain('<b>bold</b>');
    expect(row.querySelector('img, b')).toBeNull();
  });

  it('changes and deletes an entry, and can undo the delete', async () => {
    const user = userEvent.setup();
    renderRoute('/log');
    await user.type(screen.getByLabelText('贷款机构或App'), '某某App');
    await fillContact(user);
    await user.click(screen.getByRole('button', { name: '保存记录' }));

    await user.click(within(table()).getByRole('button', { name: /^修改/ }));
    expect(screen.getByRole('heading', { name: '修改这条记录' })).toBeTruthy();
    await user.type(screen.getByLabelText('结果（可不填）'), '对方同意减免罚息');
    await user.click(screen.getByRole('button', { name: '保存修改' }));
    expect(within(table()).getAllByRole('row')).toHaveLength(2);
    expect(table().textContent).toContain('对方同意减免罚息');

    await user.click(within(table()).getByRole('button', { name: /^删除/ }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(useLogStore.getState().entries).toEqual([]);
    await user.click(screen.getByRole('button', { name: '撤销删除' }));
    expect(table().textContent).toContain('对方同意减免罚息');
  });

  it('says what is missing, at the top and at each field', async () => {
    const user = userEvent.setup();
    renderRoute('/log');
    await user.click(screen.getByRole('button', { name: '保存记录' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('请填写贷款机构或App的名称');
    expect(summary.textContent).toContain('请选择联系方式');
    expect(summary.textContent).toContain('请选择有没有收到书面确认');
    expect(document.activeElement).toBe(summary);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('storage full: says "not saved", keeps the entry in the form, and saves it once there is room', async () => {
    const user = userEvent.setup();
    renderRoute('/log');
    await user.type(screen.getByLabelText('贷款机构或App'), '某贷');
    await fillContact(user);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: '保存记录' }));
    setItem.mockRestore();

    const status = screen.getByTestId('log-not-saved');
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(status.textContent).toContain('没能保存：这台设备的存储空间已满。');
    expect(status.textContent).toContain('你填写的内容还在这里');
    expect(screen.queryByText('已保存这条记录。')).toBeNull();
    expect(screen.queryByRole('table', { name: '协商记录' })).toBeNull();
    expect(localStorage.getItem(LOG_STORAGE_KEY) ?? '').not.toContain('某贷');
    // What was typed is still there, ready to save again.
    expect(screen.getByLabelText<HTMLInputElement>('贷款机构或App').value).toBe('某贷');
    expect(screen.getByLabelText<HTMLTextAreaElement>('谈到的方案（可不填）').value).toBe(
      '我提出分 12 期',
    );

    await user.click(screen.getByRole('button', { name: '保存记录' }));
    expect(screen.queryByTestId('log-not-saved')).toBeNull();
    expect(screen.getByText('已保存这条记录。')).toBeTruthy();
    expect(within(table()).getAllByRole('row')).toHaveLength(2);
    expect(localStorage.getItem(LOG_STORAGE_KEY)).toContain('某贷');
  });

  it('offers printing, and buttons are marked not to print', async () => {
    const user = userEvent.setup();
    renderRoute('/log');
    await user.type(screen.getByLabelText('贷款机构或App'), '某某App');
    await fillContact(user);
    await user.click(screen.getByRole('button', { name: '保存记录' }));
    const print = screen.getByRole('button', { name: '打印记录' });
    expect(print.closest('.no-print')).not.toBeNull();
    for (const button of within(table()).getAllByRole('button')) {
      expect(button.closest('.no-print')).not.toBeNull();
    }
  });
});
