import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { currentPath, renderRoute, resetAnswers } from '../test-utils';

beforeEach(resetAnswers);

const cont = () => screen.getByRole('button', { name: '继续' });

describe('the wizard, completed by label', { timeout: 30_000 }, () => {
  it('walks from the start page to a complete check-answers page', async () => {
    const { user, router } = renderRoute('/');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain('逾期了');
    expect(screen.getByText(/大约需要 10 分钟/)).toBeTruthy();
    expect(screen.getByText(/只保存在这台手机或电脑上/)).toBeTruthy();
    await user.click(screen.getByRole('link', { name: '开始' }));

    // cause
    expect(await screen.findByText('第 1 步，共 10 步')).toBeTruthy();
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toContain('你现在还款困难，主要是因为什么？');
    expect(document.activeElement).toBe(heading);
    await user.click(screen.getByRole('radio', { name: '失业了' }));
    await user.click(cont());

    // income_expected: "not sure" is a real answer
    expect(await screen.findByText('第 2 步，共 10 步')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: '没有确定的进账 / 不确定' }));
    await user.click(cont());

    // income
    await user.type(await screen.findByLabelText('你现在每月到手的收入大约是多少？'), '３０００');
    await user.click(cont());

    // essentials: a breakdown, summed
    expect(await screen.findByText(/贷款方接受/)).toBeTruthy();
    await user.type(screen.getByLabelText('房租或房贷'), '1,500');
    await user.type(screen.getByLabelText('吃饭和日用品'), '1千');
    expect(screen.getByText('每月合计：2,500 元')).toBeTruthy();
    await user.click(cont());

    // lump_sum
    await user.type(
      await screen.findByLabelText('如果现在一次性拿出一笔钱来还款，你最多能拿出多少？'),
      '0',
    );
    await user.click(cont());

    // debts
    expect(await screen.findByText('还没有添加欠款。')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: '添加一笔欠款' }));
    await user.type(await screen.findByLabelText('平台或银行的名字'), '某某银行信用卡');
    await user.click(screen.getByRole('radio', { name: '银行（包括信用卡）' }));
    await user.type(screen.getByLabelText('现在一共还欠多少钱？'), '1.2万');
    await user.type(screen.getByLabelText('已经逾期多少天？'), '45');
    await user.click(screen.getByRole('checkbox', { name: '不知道年化利率' }));
    await user.type(screen.getByLabelText('到现在一共产生了多少罚息和违约金？'), '600');
    await user.click(screen.getByRole('button', { name: '保存这笔欠款' }));
    expect(await screen.findByRole('heading', { level: 2, name: '某某银行信用卡' })).toBeTruthy();
    expect(screen.getByText('还欠 12,000 元，逾期 45 天')).toBeTruthy();
    await user.click(cont());

    // legal
    await user.click(await screen.findByRole('radio', { name: /对方说要起诉我/ }));
    await user.click(cont());

    // collection: several choices
    await user.click(await screen.findByRole('checkbox', { name: /联系我的家人/ }));
    await user.click(screen.getByRole('checkbox', { name: '深夜或清早打电话' }));
    await user.click(cont());

    // evidence (shown: the cause was losing a job)
    expect(await screen.findByText('第 9 步，共 10 步')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: '暂时都没有' }));
    await user.click(cont());

    // negotiated
    expect(await screen.findByText('第 10 步，共 10 步')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '协商过，但被拒绝了' }));
    await user.click(cont());

    // check answers
    expect(await screen.findByRole('heading', { level: 1, name: '检查你的回答' })).toBeTruthy();
    expect(currentPath(router)).toBe('/check');
    const list = document.querySelector('dl') as HTMLElement;
    const row = (name: string) =>
      within(list).getByText(name, { selector: 'dt' }).parentElement as HTMLElement;
    expect(row('还款困难的原因').textContent).toContain('失业了');
    expect(row('预计进账').textContent).toContain('没有确定的进账 / 不确定');
    expect(row('每月收入').textContent).toContain('3,000 元');
    expect(row('每月必要开支').textContent).toContain('2,500 元');
    expect(row('每月必要开支').textContent).toContain('房租或房贷：1,500 元');
    expect(row('每月必要开支').textContent).toContain('吃饭和日用品：1,000 元');
    expect(row('你的欠款').textContent).toContain(
      '某某银行信用卡（银行（包括信用卡））：还欠 12,000 元，逾期 45 天',
    );
    expect(row('你的欠款').textContent).toContain('年化利率不知道');
    expect(row('催收情况').textContent).toContain('深夜或清早打电话');
    expect(row('能证明困难的材料').textContent).toContain('暂时都没有');
    expect(row('之前的协商').textContent).toContain('协商过，但被拒绝了');
    expect(screen.queryByText('还有问题没有回答')).toBeNull();
    expect(screen.getByRole('link', { name: '生成我的计划' }).getAttribute('href')).toBe('/plan');
  });

  it('skips the evidence question for borrowing to repay, and counts 9 steps', async () => {
    const { user, router } = renderRoute('/step/cause');
    await user.click(await screen.findByRole('radio', { name: '借新还旧，越欠越多' }));
    await user.click(cont());
    expect(await screen.findByText('第 2 步，共 9 步')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: '返回' }));
    expect(
      ((await screen.findByRole('radio', { name: '借新还旧，越欠越多' })) as HTMLInputElement)
        .checked,
    ).toBe(true);

    router.navigate('/step/collection');
    await user.click(await screen.findByRole('checkbox', { name: '都没有遇到' }));
    await user.click(cont());
    expect(await screen.findByRole('heading', { name: '你之前和贷款方协商过吗？' })).toBeTruthy();
    expect(screen.getByText('第 9 步，共 9 步')).toBeTruthy();

    // A hidden step's address goes on to the next shown one.
    router.navigate('/step/evidence');
    expect(await screen.findByRole('heading', { name: '你之前和贷款方协商过吗？' })).toBeTruthy();
  });

  it('"none of these" and a choice exclude each other', async () => {
    const { user } = renderRoute('/step/collection');
    const none = await screen.findByRole('checkbox', { name: '都没有遇到' });
    const threats = screen.getByRole('checkbox', { name: '威胁、恐吓或辱骂我' });
    await user.click(threats);
    await user.click(none);
    expect((threats as HTMLInputElement).checked).toBe(false);
    await user.click(threats);
    expect((none as HTMLInputElement).checked).toBe(false);
  });
});
