import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { currentPath, renderRoute, resetAnswers } from '../test-utils';
import { STORAGE_KEY, useAnswersStore } from '../../../src/store/answers-store';
import { ANSWERS } from './answers-fixture';

beforeEach(resetAnswers);

const row = (name: string) =>
  within(document.querySelector('dl') as HTMLElement).getByText(name, { selector: 'dt' })
    .parentElement as HTMLElement;

describe('check answers', { timeout: 30_000 }, () => {
  it('a change link goes to the question and comes back to the check page', async () => {
    useAnswersStore.getState().replaceWith(ANSWERS);
    const { user, router } = renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(row('每月收入').textContent).toContain('5,000 元');

    await user.click(screen.getByRole('link', { name: '更改每月收入' }));
    expect(currentPath(router)).toBe('/step/income?return=check');
    const input = (await screen.findByLabelText(
      '你现在每月到手的收入大约是多少？',
    )) as HTMLInputElement;
    expect(input.value).toBe('5000');
    expect(screen.getByRole('link', { name: '返回' }).getAttribute('href')).toBe('/check');
    await user.clear(input);
    await user.type(input, '6000');
    await user.click(screen.getByRole('button', { name: '继续' }));

    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(currentPath(router)).toBe('/check');
    expect(row('每月收入').textContent).toContain('6,000 元');
  });

  it('changing a debt from the check page comes back to it through the list', async () => {
    useAnswersStore.getState().replaceWith(ANSWERS);
    const { user, router } = renderRoute('/check');
    await user.click(await screen.findByRole('link', { name: '更改你的欠款' }));
    await user.click(await screen.findByRole('link', { name: '修改「平台1」' }));
    expect(currentPath(router)).toBe('/step/debts?debt=0&return=check');
    const name = await screen.findByLabelText('平台或银行的名字');
    await user.clear(name);
    await user.type(name, '改过名的平台');
    await user.click(screen.getByRole('button', { name: '保存这笔欠款' }));
    await user.click(await screen.findByRole('button', { name: '继续' }));
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(row('你的欠款').textContent).toContain('改过名的平台');
  });

  it('a change that brings back a hidden question asks it before returning', async () => {
    useAnswersStore.getState().replaceWith({ ...ANSWERS, cause: 'too_many_debts', evidence: [] });
    const { user, router } = renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(screen.queryByText('能证明困难的材料', { selector: 'dt' })).toBeNull();

    await user.click(screen.getByRole('link', { name: '更改还款困难的原因' }));
    await user.click(await screen.findByLabelText('生病或受伤'));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await screen.findByRole('heading', { name: '你手上有哪些能说明困难的材料？' });
    expect(currentPath(router)).toBe('/step/evidence?return=check');
    await user.click(screen.getByLabelText('病历、诊断证明或医疗费单据'));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(row('能证明困难的材料').textContent).toContain('病历、诊断证明或医疗费单据');
  });

  it('says what is missing, links to it, and offers no plan until it is answered', async () => {
    const { v: _v, lumpSumAvailable: _lump, ...rest } = ANSWERS;
    useAnswersStore.getState().update(rest);
    const { user, router } = renderRoute('/check');
    const notice = (await screen.findByRole('heading', { name: '还有问题没有回答' }))
      .parentElement as HTMLElement;
    expect(screen.queryByRole('link', { name: '生成我的计划' })).toBeNull();
    expect(row('现在能一次性拿出的钱').textContent).toContain('还没有回答');
    await user.click(within(notice).getByRole('link', { name: '现在能一次性拿出的钱' }));
    expect(currentPath(router)).toBe('/step/lump_sum?return=check');
    await user.type(
      await screen.findByLabelText('如果现在一次性拿出一笔钱来还款，你最多能拿出多少？'),
      '0',
    );
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByRole('link', { name: '生成我的计划' })).toBeTruthy();
  });

  it('a reload keeps every answer, including the essentials breakdown', async () => {
    const first = renderRoute('/step/essentials');
    await first.user.type(await screen.findByLabelText('房租或房贷'), '2000');
    await first.user.type(screen.getByLabelText('看病和买药'), '300.5');
    await first.user.click(screen.getByRole('button', { name: '继续' }));
    await screen.findByLabelText('如果现在一次性拿出一笔钱来还款，你最多能拿出多少？');
    first.unmount();

    // A reload: memory is emptied, then the store reads what this device saved.
    const saved = localStorage.getItem(STORAGE_KEY);
    useAnswersStore.setState({ draft: {}, extras: {} });
    localStorage.setItem(STORAGE_KEY, saved ?? '');
    await useAnswersStore.persist.rehydrate();

    renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(row('每月必要开支').textContent).toContain('2,300.5 元');
    expect(row('每月必要开支').textContent).toContain('房租或房贷：2,000 元');
    expect(row('每月必要开支').textContent).toContain('看病和买药：300.5 元');
  });

  it('start again clears the answers after confirming, and returns to the start page', async () => {
    useAnswersStore.getState().replaceWith(ANSWERS);
    const { user, router } = renderRoute('/check');
    await user.click(await screen.findByRole('button', { name: '重新开始' }));
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(row('每月收入').textContent).toContain('5,000 元');

    await user.click(screen.getByRole('button', { name: '重新开始' }));
    await user.click(screen.getByRole('button', { name: '清除并重新开始' }));
    expect(await screen.findByText('已清除之前的回答。')).toBeTruthy();
    expect(currentPath(router)).toBe('/');
    expect(screen.getByRole('link', { name: '开始' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '继续上次的回答' })).toBeNull();

    // Nothing comes back after a reload either.
    await useAnswersStore.persist.rehydrate();
    router.navigate('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(row('每月收入').textContent).toContain('还没有回答');
  });
});

describe('start page with saved answers', { timeout: 30_000 }, () => {
  it('continues at the first unanswered question', async () => {
    useAnswersStore.getState().update({ cause: 'job_loss', incomeExpectedInDays: null });
    const { user, router } = renderRoute('/');
    expect(await screen.findByText('这台设备上还保存着你上次的回答。')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: '继续上次的回答' }));
    expect(currentPath(router)).toBe('/step/income');
  });

  it('start again from the start page clears the answers', async () => {
    useAnswersStore.getState().update({ cause: 'job_loss' });
    const { user } = renderRoute('/');
    await user.click(await screen.findByRole('button', { name: '重新开始' }));
    await user.click(screen.getByRole('button', { name: '清除并重新开始' }));
    expect(screen.getByText('已清除之前的回答。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '开始' })).toBeTruthy();
  });
});
