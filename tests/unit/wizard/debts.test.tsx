import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { currentPath, renderRoute, resetAnswers } from '../test-utils';
import { useAnswersStore } from '../../../src/store/answers-store';
import { debt } from './answers-fixture';

beforeEach(resetAnswers);

type User = ReturnType<typeof renderRoute>['user'];

async function addDebt(user: User, name: string, outstanding = '3000') {
  await user.click(await screen.findByRole('link', { name: /添加一笔欠款/ }));
  await user.type(await screen.findByLabelText('平台或银行的名字'), name);
  await user.click(screen.getByLabelText('不确定'));
  await user.type(screen.getByLabelText('现在一共还欠多少钱？'), outstanding);
  await user.type(screen.getByLabelText('已经逾期多少天？'), '10');
  await user.type(screen.getByLabelText('年化利率是多少？（%）'), '36%');
  await user.click(screen.getByLabelText('不知道罚息和违约金'));
  await user.click(screen.getByRole('button', { name: '保存这笔欠款' }));
  await screen.findByRole('heading', { level: 1, name: '你的欠款' });
}

describe('the debts list', { timeout: 30_000 }, () => {
  it('adds, edits and removes debts', async () => {
    const { user, router } = renderRoute('/step/debts');
    await addDebt(user, '甲贷');
    await addDebt(user, '乙贷', '500');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '甲贷',
      '乙贷',
    ]);
    expect(screen.getByText('已添加 2 笔，最多 20 笔。')).toBeTruthy();

    // Edit the first: the form shows what was saved.
    await user.click(screen.getByRole('link', { name: '修改「甲贷」' }));
    expect(currentPath(router)).toBe('/step/debts?debt=0');
    const name = (await screen.findByLabelText('平台或银行的名字')) as HTMLInputElement;
    expect(name.value).toBe('甲贷');
    expect((screen.getByLabelText('年化利率是多少？（%）') as HTMLInputElement).value).toBe('36');
    expect(
      (screen.getByRole('checkbox', { name: '不知道罚息和违约金' }) as HTMLInputElement).checked,
    ).toBe(true);
    await user.clear(name);
    await user.type(name, '甲贷（已改）');
    await user.click(screen.getByRole('button', { name: '保存这笔欠款' }));
    expect(await screen.findByRole('heading', { level: 2, name: '甲贷（已改）' })).toBeTruthy();

    // Remove the second, after confirming on the page.
    await user.click(screen.getByRole('button', { name: '删除「乙贷」' }));
    expect(screen.getByText('确定要删除「乙贷」吗？')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '确定删除' }));
    expect(screen.getByRole('status').textContent).toBe('已删除「乙贷」。');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '甲贷（已改）',
    ]);
  });

  it('cancelling a removal keeps the debt', async () => {
    const { user } = renderRoute('/step/debts');
    await addDebt(user, '甲贷');
    await user.click(screen.getByRole('button', { name: '删除「甲贷」' }));
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByRole('heading', { level: 2, name: '甲贷' })).toBeTruthy();
  });

  it('needs at least one debt to continue', async () => {
    const { user } = renderRoute('/step/debts');
    await user.click(await screen.findByRole('button', { name: '继续' }));
    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    await user.click(within(summary).getByRole('link', { name: '请至少添加一笔欠款' }));
    expect(document.activeElement).toBe(screen.getByRole('link', { name: '添加一笔欠款' }));
  });

  it('checks each debt field and says what to do', async () => {
    const { user } = renderRoute('/step/debts?debt=new');
    await user.type(await screen.findByLabelText('平台或银行的名字'), 'x'.repeat(41));
    await user.type(screen.getByLabelText('现在一共还欠多少钱？'), '-1');
    await user.click(screen.getByRole('button', { name: '保存这笔欠款' }));
    const links = within(await screen.findByRole('alert'))
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual([
      '名字：最多 40 个字，请写短一点',
      '请选择机构类型；不确定就选「不确定」',
      '还欠金额：不能是负数，没有就填 0',
      '请输入逾期天数，例如 45；还没逾期请填 0',
      '请输入年化利率，例如 24；不知道就勾选「不知道年化利率」',
      '请输入罚息和违约金的金额，例如 600；不知道就勾选「不知道罚息和违约金」',
    ]);
  });

  it('shows a hostile name as plain text', async () => {
    const { user, container } = renderRoute('/step/debts');
    const hostile = '<img src=x onerror=alert(1)>';
    await addDebt(user, hostile);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
    expect(container.querySelector('img')).toBeNull();
  });

  it('allows 20 debts and not a 21st', async () => {
    useAnswersStore.getState().update({ debts: Array.from({ length: 19 }, (_, i) => debt(i + 1)) });
    const { user, router } = renderRoute('/step/debts');
    await addDebt(user, '第二十笔');
    expect(screen.getByText('已添加 20 笔，最多 20 笔。')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /添加一笔欠款/ })).toBeNull();
    expect(screen.getByText(/已经添加了 20 笔，这是上限/)).toBeTruthy();

    // Even by address, the form for a 21st does not open.
    router.navigate('/step/debts?debt=new');
    expect(await screen.findByText(/已经添加了 20 笔，这是上限/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存这笔欠款' })).toBeNull();
  });
});
